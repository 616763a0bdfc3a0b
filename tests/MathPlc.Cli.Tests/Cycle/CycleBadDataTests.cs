namespace MathPlc.Cli.Tests.Cycle;

/// <summary>
/// Bad input to <c>mathplc cycle</c> (issue 8): a diagnostic naming the file and line on standard error, exit code 3,
/// nothing on standard output and no output files.
/// </summary>
public sealed class CycleBadDataTests
{
    [Fact]
    public void A_OneRoster_folder_without_a_required_file_is_bad_data_naming_the_file()
    {
        using var files = CycleFiles.Sample();
        File.Delete(Path.Combine(files.OneRoster, "users.csv"));
        var result = CliRun.Run("cycle", "--oneroster", files.OneRoster, "--out", files.Out);
        AssertBadData(result, files, "users.csv");
        Assert.Contains("missing-file", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("studentSourcedId", "S9999", "unknown-student")]
    [InlineData("lineItemSourcedId", "no-such-item", "unknown-line-item")]
    public void A_result_naming_an_unknown_student_or_line_item_is_bad_data_naming_the_results_file_and_line(string column, string value, string code)
    {
        using var files = CycleFiles.Sample();
        string results = Path.Combine(files.OneRoster, "results.csv");
        var lines = File.ReadAllLines(results).ToList();
        string[] fields = lines[1].Split(',');
        fields[0] = "r-extra";
        fields[Array.IndexOf(lines[0].Split(','), column)] = value;
        lines.Add(string.Join(',', fields));
        File.WriteAllLines(results, lines);
        var result = CliRun.Run("cycle", "--oneroster", files.OneRoster, "--out", files.Out);
        AssertBadData(result, files, $"results.csv:{lines.Count}");
        Assert.Contains(code, result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_whose_targets_the_assessment_does_not_cover_is_bad_data_naming_the_unit_file_and_line()
    {
        using var files = CycleFiles.Sample();
        CycleFiles.Edit(files.Unit, "\"targets\": [\n", "\"targets\": [\n      { \"id\": \"6.RP.A.4\", \"statement\": \"Not on the test\" },\n");
        int line = CycleFiles.LineOf(files.Unit, "6.RP.A.4");
        var result = CliRun.Run("cycle", "--unit", files.Unit, "--evidence", files.Scores, "--roster", files.Roster, "--out", files.Out);
        AssertBadData(result, files, $"unit.json:{line}");
        Assert.Contains("uncovered-target", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Item_scores_for_a_student_not_on_the_roster_are_bad_data_naming_the_line()
    {
        using var files = CycleFiles.Sample();
        File.AppendAllText(files.Scores, "S9999,Q01,1\n");
        int line = File.ReadAllLines(files.Scores).Length;
        var result = CliRun.Run("cycle", "--unit", files.Unit, "--evidence", files.Scores, "--roster", files.Roster, "--out", files.Out);
        AssertBadData(result, files, $"scores.csv:{line}");
        Assert.Contains("unknown-student", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_score_above_the_items_points_is_bad_data_and_nothing_is_printed()
    {
        using var files = CycleFiles.Sample();
        File.AppendAllText(files.Scores, "S0001,Q01,99\n");
        var result = CliRun.Run("cycle", "--unit", files.Unit, "--evidence", files.Scores, "--roster", files.Roster);
        Assert.Equal(3, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains("off-scale", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_file_that_is_not_json_names_its_line()
    {
        using var files = CycleFiles.Sample();
        CycleFiles.Edit(files.Unit, "\"team\"", "team");
        var result = CliRun.Run("cycle", "--unit", files.Unit, "--evidence", files.Scores, "--out", files.Out);
        AssertBadData(result, files, "unit.json:2");
    }

    [Theory]
    [InlineData("--seed", "3", "--unit", "u.json", "--evidence", "e.csv")]
    [InlineData("--evidence", "e.csv")]
    [InlineData("--unit", "u.json")]
    [InlineData("--roster", "r.csv")]
    [InlineData("--oneroster", "dir", "--evidence", "e.csv")]
    [InlineData("--format", "pdf")]
    public void Options_that_do_not_go_together_are_usage_errors(params string[] options)
    {
        var result = CliRun.Run(["cycle", .. options]);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains("mathplc cycle", result.Stderr, StringComparison.Ordinal);
    }

    private static void AssertBadData(CliResult result, CycleFiles files, string where)
    {
        Assert.Equal(3, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains(where, result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(files.Out), "no output folder is written when the input is bad");
    }
}
