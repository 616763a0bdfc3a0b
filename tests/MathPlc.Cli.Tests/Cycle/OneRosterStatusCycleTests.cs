namespace MathPlc.Cli.Tests.Cycle;

/// <summary>
/// OneRoster 1.2 result flags in the unit cycle (issue 17): a result marked missing (or exempt) is no item score at all —
/// the report is the one without that row, not one with a zero.
/// </summary>
public sealed class OneRosterStatusCycleTests
{
    [Theory]
    [InlineData("missing")]
    [InlineData("incomplete")]
    [InlineData("exempt")]
    public void A_result_marked_missing_incomplete_or_exempt_counts_as_no_score_not_as_zero(string mark)
    {
        using var files = CycleFiles.Sample();
        string results = Path.Combine(files.OneRoster, "results.csv");
        var lines = File.ReadAllLines(results);
        string[] header = lines[0].Split(',');
        int row = Array.FindIndex(lines, l => l.Split(',')[Array.IndexOf(header, "score")] is "1" or "2");
        Assert.True(row > 0);

        // The folder without that result …
        File.WriteAllLines(results, lines.Where((_, i) => i != row));
        var without = CliRun.Run("cycle", "--oneroster", files.OneRoster, "--format", "json");
        // … and the folder with it marked, its score replaced by the 0 a gradebook fills in.
        string[] fields = lines[row].Split(',');
        fields[Array.IndexOf(header, "score")] = "0";
        if (mark == "exempt") fields[Array.IndexOf(header, "scoreStatus")] = "exempt";
        else fields[Array.IndexOf(header, mark)] = "true";
        File.WriteAllLines(results, lines.Select((l, i) => i == row ? string.Join(',', fields) : l));
        var marked = CliRun.Run("cycle", "--oneroster", files.OneRoster, "--format", "json");
        // … and with a plain zero, which does count.
        fields = lines[row].Split(',');
        fields[Array.IndexOf(header, "score")] = "0";
        File.WriteAllLines(results, lines.Select((l, i) => i == row ? string.Join(',', fields) : l));
        var zero = CliRun.Run("cycle", "--oneroster", files.OneRoster, "--format", "json");

        Assert.Equal(0, marked.ExitCode);
        Assert.Equal(without.Stdout, marked.Stdout);
        Assert.NotEqual(zero.Stdout, marked.Stdout);
    }
}
