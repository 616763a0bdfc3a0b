using System.Globalization;
using System.Text.Json;
using MathPlc.Tests;

namespace MathPlc.Cli.Tests.Assessments;

public sealed class ItemsCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    // The ten-student 0/1 test of the Assessments tests (values computed independently): α = KR-20 = 0.3225806.
    private static readonly int[][] Rows =
    [
        [1, 1, 1, 0], [1, 1, 0, 1], [1, 0, 1, 1], [1, 1, 1, 1], [0, 0, 1, 0],
        [1, 1, 0, 0], [0, 1, 0, 0], [1, 1, 1, 1], [0, 0, 0, 1], [1, 0, 1, 0],
    ];

    private string Responses()
    {
        var lines = new List<string> { "student_id,item_id,score,max_score,target_id" };
        for (int s = 0; s < Rows.Length; s++)
            for (int i = 0; i < 4; i++)
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"s{s + 1:00},q{i + 1},{Rows[s][i]},1,{(i < 2 ? "6.RP.1" : "6.RP.3")}"));
        return _folder.Write("responses.csv", string.Join("\n", lines) + "\n");
    }

    [Fact]
    public void Json_has_items_test_and_targets()
    {
        var result = CliRun.Run("items", "--in", Responses());
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var root = doc.RootElement;
        Assert.Equal(4, root.GetProperty("items").GetArrayLength());
        var first = root.GetProperty("items")[0];
        Assert.Equal("q1", first.GetProperty("itemId").GetString());
        Assert.Equal(10, first.GetProperty("n").GetInt32());
        Assert.Equal(0.7, first.GetProperty("difficulty").GetDouble(), 12);
        Assert.Equal(1.0, first.GetProperty("discriminationUpperLower").GetDouble(), 12);
        Assert.Equal(0.5867387, first.GetProperty("pointBiserialCorrected").GetDouble(), 6);
        var test = root.GetProperty("test");
        Assert.Equal(10, test.GetProperty("students").GetInt32());
        Assert.Equal(0.3225806, test.GetProperty("cronbachAlpha").GetDouble(), 6);
        Assert.Equal(0.3225806, test.GetProperty("kr20").GetDouble(), 6);
        Assert.Equal(2, root.GetProperty("targets").GetArrayLength());
    }

    [Fact]
    public void Csv_has_one_row_per_item()
    {
        var result = CliRun.Run("items", "--in", Responses(), "--format", "csv");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("item_id,n,difficulty,discrimination_upper_lower,point_biserial_corrected,flags", lines[0].TrimEnd('\r'));
        Assert.Equal(5, lines.Length);
    }

    [Fact]
    public void An_item_score_above_its_maximum_exits_3_naming_the_line()
    {
        string file = _folder.Write("bad.csv", "student_id,item_id,score,max_score\ns1,q1,1,1\ns2,q1,2,1\n");
        var result = CliRun.Run("items", "--in", file);
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("above-maximum", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public void A_group_fraction_out_of_range_is_a_usage_error() =>
        Assert.Equal(2, CliRun.Run("items", "--in", Responses(), "--group-fraction", "0.7").ExitCode);
}
