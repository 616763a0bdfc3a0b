using System.Text.Json;
using MathPlc.Tests;

namespace MathPlc.Cli.Tests.Standards;

/// <summary><c>mathplc standards</c> on the real OpenSALT CCSS 6.RP/7.RP export (counts by a separate Python script).</summary>
public sealed class StandardsCommandTests : IDisposable
{
    private static readonly string Ccss = SharedData.CaseFile("ccss-math-6rp-7rp-opensalt.json");
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static CliResult Succeeds(CliResult result)
    {
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal("", result.Stderr);
        return result;
    }

    [Fact]
    public void Items_are_listed_with_the_documented_columns()
    {
        var lines = Succeeds(CliRun.Run("standards", "--case", Ccss)).Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal("identifier,code,type,grades,parent_code,statement", lines[0].TrimEnd('\r'));
        Assert.Equal(17, lines.Length); // header + 16 items
        Assert.StartsWith("edfce0e7-dbbf-40d5-af1a-baccabef85e9,CCSS.Math.Content.6.RP.A,Cluster,06,,Understand ratio concepts", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_grade_filters_the_items()
    {
        var lines = Succeeds(CliRun.Run("standards", "--case", Ccss, "--grade", "7")).Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(9, lines.Length); // header + 8 grade-7 items
        Assert.All(lines.Skip(1), line => Assert.Contains(",07,", line, StringComparison.Ordinal));
    }

    [Fact]
    public void Progressions_list_the_precedes_pairs()
    {
        string text = Succeeds(CliRun.Run("standards", "--case", Ccss, "--progressions", "--grade", "07")).Stdout;
        Assert.Equal("from_code,to_code\nCCSS.Math.Content.6.RP.A.2,CCSS.Math.Content.7.RP.A.1\nCCSS.Math.Content.6.RP.A.3,CCSS.Math.Content.7.RP.A.3\n", text.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_has_camel_case_items()
    {
        using var json = JsonDocument.Parse(Succeeds(CliRun.Run("standards", "--case", Ccss, "--format", "json")).Stdout);
        var items = json.RootElement.GetProperty("items");
        Assert.Equal(16, items.GetArrayLength());
        Assert.Equal("CCSS.Math.Content.6.RP.A", items[2].GetProperty("parentCode").GetString());
        Assert.Equal("06", items[2].GetProperty("grades")[0].GetString());
    }

    [Fact]
    public void Strict_mode_refuses_the_2017_export_with_exit_code_3_and_paths()
    {
        var result = CliRun.Run("standards", "--case", Ccss, "--strict");
        Assert.Equal(3, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains("legacy-property: $.CFItems[0].educationalLevel", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_CASE_is_exit_code_3_and_no_output_file()
    {
        string bad = _folder.Write("bad.json", """{ "CFItems": [] }""");
        string output = Path.Combine(_folder.Path, "out.csv");
        var result = CliRun.Run("standards", "--case", bad, "--out", output);
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("missing-property", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
        Assert.Equal(3, CliRun.Run("standards", "--case", _folder.Write("not.json", "not json")).ExitCode);
    }

    [Fact]
    public void A_blank_grade_is_a_usage_error() => Assert.Equal(2, CliRun.Run("standards", "--case", Ccss, "--grade", " ").ExitCode);
}
