using System.Globalization;
using MathPlc.Tests;

namespace MathPlc.Cli.Tests.Assessments;

public sealed class AgreementCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    // Wikipedia "Cohen's kappa": 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no → κ = 0.4, p_o = 0.7.
    private string TwoRaters()
    {
        var lines = new List<string> { "subject_id,rater_id,score" };
        int subject = 0;
        void Add(int count, int a, int b)
        {
            for (int i = 0; i < count; i++, subject++)
            {
                lines.Add($"p{subject},ann,{a}");
                lines.Add($"p{subject},ben,{b}");
            }
        }
        Add(20, 1, 1);
        Add(5, 1, 2);
        Add(10, 2, 1);
        Add(15, 2, 2);
        return _folder.Write("ratings.csv", string.Join("\n", lines) + "\n");
    }

    private static Dictionary<string, string> Table(string csv) =>
        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(line => line.TrimEnd('\r').Split(',')).ToDictionary(f => f[0], f => f[1]);

    [Fact]
    public void Every_statistic_of_the_contract_is_one_row()
    {
        var result = CliRun.Run("agreement", "--in", TwoRaters());
        Assert.Equal(0, result.ExitCode);
        var table = Table(result.Stdout);
        Assert.Equal(["subjects", "raters", "exact_agreement", "adjacent_agreement", "pairwise_exact_agreement", "cohen_kappa",
            "weighted_kappa_linear", "weighted_kappa_quadratic", "fleiss_kappa", "krippendorff_alpha", "icc_1_1", "icc_2_1", "icc_3_1",
            "icc_1_k", "icc_2_k", "icc_3_k"], table.Keys.ToArray());
        Assert.Equal("50", table["subjects"]);
        Assert.Equal(0.4, double.Parse(table["cohen_kappa"], CultureInfo.InvariantCulture), 12);
        Assert.Equal("0.7", table["exact_agreement"]);
    }

    [Fact]
    public void A_statistic_that_does_not_apply_is_empty_with_a_note()
    {
        string file = _folder.Write("three.csv", "subject_id,rater_id,score\np1,a,1\np1,b,2\np1,c,2\np2,a,3\np2,b,3\np2,c,3\np3,a,2\np3,b,1\np3,c,2\n");
        var result = CliRun.Run("agreement", "--in", file);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", Table(result.Stdout)["cohen_kappa"]);
        Assert.Contains("note: cohen_kappa: Cohen's kappa compares exactly two raters", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rating_for_an_unknown_category_exits_3_naming_the_line()
    {
        string file = _folder.Write("bad.csv", "subject_id,rater_id,score\np1,a,1\np1,b,9\n");
        string output = _folder.PathOf("out.csv");
        var result = CliRun.Run("agreement", "--in", file, "--categories", "1,2,3,4", "--out", output);
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("3", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("unknown-category", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Json_gives_status_and_reason()
    {
        var result = CliRun.Run("agreement", "--in", TwoRaters(), "--format", "json", "--level", "nominal");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"statistic\": \"krippendorff_alpha\"", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"status\": \"defined\"", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--categories", "1")]
    [InlineData("--categories", "1,x")]
    [InlineData("--level", "fuzzy")]
    public void A_bad_option_is_a_usage_error(string option, string value) =>
        Assert.Equal(2, CliRun.Run("agreement", "--in", TwoRaters(), option, value).ExitCode);
}
