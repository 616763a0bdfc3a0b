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

    // One week's entry error among shares near 30 % (AstronomicalPointTests): the only signal is the astronomical point.
    private static string Spike() =>
        "measure,date,value\n" + string.Join("\n", new double[] { 31, 28, 30, 33, 29, 32, 92, 30, 27, 31, 29, 32 }
            .Select((v, i) => $"on_track,{new DateOnly(2026, 9, 7).AddDays(7 * i):yyyy-MM-dd},{v}")) + "\n";

    [Fact]
    public void An_astronomical_point_has_its_own_row_and_json_band()
    {
        var csv = CliRun.Run("runchart", "--in", _folder.Write("spike.csv", Spike()));
        Assert.True(csv.ExitCode == 0, csv.Stderr);
        var lines = csv.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("on_track,astronomical_point,2026-10-19,2026-10-19,1,\"92 lies above 37.1717, more than 3σ̂ from the median 30.5.\"", lines[1], StringComparison.Ordinal);
        Assert.Equal(2, lines.Length);

        var json = CliRun.Run("runchart", "--in", _folder.Write("spike.csv", Spike()), "--format", "json", "--rules", "swed-eisenhart");
        using var doc = JsonDocument.Parse(json.Stdout);
        Assert.Equal("swed-eisenhart", doc.RootElement[0].GetProperty("rules").GetString());
        Assert.Equal(30.5 + 3 * 1.4826 * 1.5, doc.RootElement[0].GetProperty("astronomicalBand").GetProperty("high").GetDouble(), 9);

        var off = CliRun.Run("runchart", "--in", _folder.Write("spike.csv", Spike()), "--no-astronomical");
        Assert.StartsWith("on_track,none,", off.Stdout.Split("\r\n")[1], StringComparison.Ordinal);
        var anhoej = CliRun.Run("runchart", "--in", _folder.Write("spike.csv", Spike()), "--rules", "anhoej", "--astronomical", "3");
        Assert.Contains("on_track,astronomical_point,", anhoej.Stdout, StringComparison.Ordinal);
    }

    // Balestracci (2008, Quality Digest, Figure 2) prints 5-12 runs for 16 points; the exact limits are 5-13. Thirteen runs
    // among 16 useful points are too many by the printed table and not by the exact computation.
    [Fact]
    public void A_printed_runs_table_is_judged_against()
    {
        string series = "measure,date,value\n" + string.Join("\n", new double[] { 1, 1, 3, 1, 3, 3, 1, 3, 1, 3, 3, 1, 3, 1, 3, 1 }
            .Select((v, i) => $"m,{new DateOnly(2026, 9, 7).AddDays(7 * i):yyyy-MM-dd},{v}")) + "\n";
        string table = _folder.Write("table.csv", "useful,fewest,most\n16,5,12\n");
        var withTable = CliRun.Run("runchart", "--in", _folder.Write("s.csv", series), "--runs-table", table);
        Assert.True(withTable.ExitCode == 0, withTable.Stderr);
        Assert.Contains("m,too_many_runs,", withTable.Stdout, StringComparison.Ordinal);
        Assert.Contains("table.csv", withTable.Stdout, StringComparison.Ordinal);
        var exact = CliRun.Run("runchart", "--in", _folder.Write("s.csv", series), "--rules", "swed-eisenhart");
        Assert.DoesNotContain("too_many_runs", exact.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("useful,fewest,most\n16,13,12\n", "impossible-row", ":2:3")]
    [InlineData("useful,fewest,most\n16,5,12\n16,5,13\n", "duplicate-useful", ":3:1")]
    [InlineData("useful,fewest,most\n16,five,12\n", "bad-count", ":2:2")]
    [InlineData("useful,fewest,most\n", "no-rows", ":1")]
    public void A_bad_runs_table_is_exit_code_three(string table, string code, string where)
    {
        var result = CliRun.Run("runchart", "--in", _folder.Write("spike.csv", Spike()), "--runs-table", _folder.Write("table.csv", table));
        Assert.Equal(3, result.ExitCode);
        Assert.Contains(code, result.Stderr, StringComparison.Ordinal);
        Assert.Contains("table.csv" + where, result.Stderr.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--astronomical", "3", "--no-astronomical")]
    [InlineData("--astronomical", "0")]
    [InlineData("--astronomical", "-1")]
    [InlineData("--rules", "swed-eisenhart", "--runs-table", "table.csv")]
    [InlineData("--rules", "anhoej", "--runs-table", "table.csv")]
    public void Contradictory_run_chart_options_are_usage_errors(params string[] options)
    {
        _folder.Write("table.csv", "useful,fewest,most\n16,5,12\n");
        var args = new[] { "runchart", "--in", _folder.Write("spike.csv", Spike()) }.Concat(options.Select(o => o == "table.csv" ? _folder.PathOf("table.csv") : o)).ToArray();
        var result = CliRun.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("Exception", result.Stderr, StringComparison.Ordinal);
    }
}
