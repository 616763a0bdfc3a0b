using System.Text.Json;
using MathPlc.Tests;

namespace MathPlc.Cli.Tests.Teams;

/// <summary><c>mathplc runchart</c> end to end: the documented columns, one row per signal, bad rows exit code 3.</summary>
public sealed class RunChartCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    // Measure "proficient": six 1s, a 5 on the median, six 9s, weekly from 2026-09-07 (the median point is 2026-09-28, the 1s end 2026-10-19; two shifts, too few runs; see
    // RunChartTests). Measure "absences": three points, too few for the rules.
    private static string Series()
    {
        double[] values = [1, 1, 1, 5, 1, 1, 1, 9, 9, 9, 9, 9, 9];
        var start = new DateOnly(2026, 9, 7);
        var rows = values.Select((v, i) => $"proficient,{start.AddDays(7 * i):yyyy-MM-dd},{v}");
        return "measure,date,value\n" + string.Join("\n", rows) + "\nabsences,2026-09-07,4\nabsences,2026-09-14,3\nabsences,2026-09-21,5\n";
    }

    [Fact]
    public void Csv_has_one_row_per_signal_with_its_dates_and_points()
    {
        var result = CliRun.Run("runchart", "--in", _folder.Write("series.csv", Series()));
        Assert.True(result.ExitCode == 0, result.Stderr);
        var lines = result.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("measure,signal,from_date,to_date,points,detail", lines[0]);
        Assert.StartsWith("proficient,shift,2026-09-07,2026-10-19,6,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("proficient,too_few_runs,2026-09-07,2026-11-30,12,", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("proficient,shift,2026-10-26,2026-11-30,6,", lines[3], StringComparison.Ordinal);
        Assert.StartsWith("absences,too_few_points,2026-09-07,2026-09-21,3,", lines[4], StringComparison.Ordinal);
        Assert.Equal(5, lines.Length);
    }

    [Fact]
    public void The_anhoej_rules_read_crossings()
    {
        var result = CliRun.Run("runchart", "--in", _folder.Write("series.csv", Series()), "--rules", "anhoej", "--format", "json");
        Assert.True(result.ExitCode == 0, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var proficient = json.RootElement[0];
        Assert.Equal(5, proficient.GetProperty("median").GetDouble());
        Assert.Equal(1, proficient.GetProperty("crossings").GetInt32());
        Assert.Equal("too_few_crossings", Assert.Single(proficient.GetProperty("signals").EnumerateArray().ToArray()).GetProperty("signal").GetString());
        Assert.Equal("too_few_points", json.RootElement[1].GetProperty("status").GetString());
    }

    [Fact]
    public void A_bad_row_is_exit_code_three_naming_line_and_column()
    {
        string output = _folder.PathOf("signals.csv");
        var result = CliRun.Run("runchart", "--in", _folder.Write("series.csv", "measure,date,value\nproficient,2026-09-07,abc\n"), "--out", output);
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("not-a-number", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(":2:3", result.Stderr.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void An_unknown_rule_set_is_a_usage_error() =>
        Assert.Equal(2, CliRun.Run("runchart", "--in", _folder.Write("series.csv", Series()), "--rules", "shewhart").ExitCode);
}
