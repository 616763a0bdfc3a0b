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

    [Theory] // The tolerant OpenSALT exports in tests/data/case, and a strict package (what --to-case wrote), each round trip.
    [InlineData("ccss-math-6rp-7rp-opensalt.json", 16, 39)]
    [InlineData("opensalt-SequenceNumberFramework.json", 2, 2)]
    [InlineData("opensalt-SmartLevelFramework.json", 14, 14)]
    [InlineData("opensalt-Utf8TestFramework.json", 1, 1)]
    public void To_case_writes_strict_CASE_that_strict_reading_accepts_with_every_item_and_association(string file, int items, int associations)
    {
        string strict = _folder.PathOf("strict.json"), again = _folder.PathOf("again.json");
        var written = CliRun.Run("standards", "--case", SharedData.CaseFile(file), "--to-case", strict);
        Assert.True(written.ExitCode == 0, written.Stderr);
        Assert.Equal("", written.Stdout);
        Assert.Contains($"Wrote {items} items and {associations} associations to {strict} as strict CASE 1.0", written.Stderr, StringComparison.Ordinal);
        var listed = Succeeds(CliRun.Run("standards", "--case", strict, "--strict")).Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(items + 1, listed.Length);
        var second = CliRun.Run("standards", "--case", strict, "--strict", "--to-case", again);
        Assert.Equal(0, second.ExitCode);
        Assert.DoesNotContain("note:", second.Stderr, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(strict), File.ReadAllText(again));
    }

    [Fact] // Python: 56 date-times without a zone in the nodes and 3 in CFDefinitions, 3 null descriptions.
    public void To_case_notes_each_normalisation_with_its_path_on_standard_error()
    {
        var result = CliRun.Run("standards", "--case", Ccss, "--to-case", _folder.PathOf("ccss.json"));
        Assert.Equal(0, result.ExitCode);
        string[] notes = [.. result.Stderr.Split('\n').Where(l => l.StartsWith("note: ", StringComparison.Ordinal))];
        Assert.Equal(59, notes.Count(n => n.Contains(": no-time-zone: $.", StringComparison.Ordinal) && n.Contains("written as", StringComparison.Ordinal)));
        Assert.Contains(notes, n => n.Contains("null-value: $.CFDefinitions.CFItemTypes[0].description", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Contains("legacy-property: $.CFItems[0].educationalLevel", StringComparison.Ordinal)); // the tolerant reader's own
    }

    [Theory]
    [InlineData("--grade", "6")]
    [InlineData("--progressions", null)]
    [InlineData("--format", "json")]
    [InlineData("--out", "listing.csv")]
    public void To_case_with_a_listing_option_is_a_usage_error(string option, string? value)
    {
        string[] args = ["standards", "--case", Ccss, "--to-case", _folder.PathOf("x.json"), option];
        if (value is not null) args = [.. args, option == "--out" ? _folder.PathOf(value) : value];
        var result = CliRun.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{option} is not used with --to-case", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.PathOf("x.json")));
    }

    [Fact]
    public void To_case_onto_its_input_or_into_a_missing_folder_is_a_usage_error()
    {
        string copy = _folder.Write("copy.json", File.ReadAllText(Ccss));
        var same = CliRun.Run("standards", "--case", copy, "--to-case", copy);
        Assert.Equal(2, same.ExitCode);
        Assert.Contains("also given to --case", same.Stderr, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(Ccss), File.ReadAllText(copy));
        Assert.Equal(2, CliRun.Run("standards", "--case", Ccss, "--to-case", _folder.PathOf("no/such/folder.json")).ExitCode);
    }

    [Fact]
    public void To_case_of_bad_data_is_exit_code_3_with_the_path_and_no_file()
    {
        string bare = _folder.Write("bare.json", """{"CFDocument": {"identifier": "d6b2c3a4-1111-4222-8333-944445555666", "title": "T", "creator": "C", "uri": "u"}}""");
        var result = CliRun.Run("standards", "--case", bare, "--to-case", _folder.PathOf("out.json"));
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("bare.json: missing-property: $.CFDocument.lastChangeDateTime", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.PathOf("out.json")));
        var strict = CliRun.Run("standards", "--case", Ccss, "--strict", "--to-case", _folder.PathOf("out.json"));
        Assert.Equal(3, strict.ExitCode);
        Assert.False(File.Exists(_folder.PathOf("out.json")));
    }
}
