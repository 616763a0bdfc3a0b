namespace MathPlc.Cli.Tests.Cycle;

/// <summary>
/// Decision 0230: <c>mathplc cycle</c> reads the roster on another thread while it reads the item scores; what it
/// reports is what reading them one after the other reports — a missing item-score file before the roster's problems,
/// the roster's problems before the item-score rows'.
/// </summary>
public sealed class CycleReadOrderTests
{
    [Fact]
    public void A_missing_item_score_file_is_reported_before_the_rosters_problems()
    {
        using var files = CycleFiles.Sample();
        File.AppendAllText(files.Roster, File.ReadAllLines(files.Roster)[1] + "\n");   // a student's second row
        var result = CliRun.Run("cycle", "--unit", files.Unit, "--evidence", files.PathOf("none.csv"), "--roster", files.Roster, "--out", files.Out);
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("file-not-found", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("duplicate-student", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(files.Out));
    }

    [Fact]
    public void The_rosters_problems_are_reported_before_the_item_score_rows()
    {
        using var files = CycleFiles.Sample();
        File.AppendAllText(files.Scores, "S0001,Q01,x\n");
        File.AppendAllText(files.Roster, File.ReadAllLines(files.Roster)[1] + "\n");
        var result = CliRun.Run("cycle", "--unit", files.Unit, "--evidence", files.Scores, "--roster", files.Roster, "--out", files.Out);
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("duplicate-student", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("not-a-number", result.Stderr, StringComparison.Ordinal);
        File.WriteAllLines(files.Roster, File.ReadAllLines(files.Roster)[..^1]);
        result = CliRun.Run("cycle", "--unit", files.Unit, "--evidence", files.Scores, "--roster", files.Roster, "--out", files.Out);
        Assert.Equal(3, result.ExitCode);
        Assert.Contains($"scores.csv:{File.ReadAllLines(files.Scores).Length}", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("not-a-number", result.Stderr, StringComparison.Ordinal);
    }
}
