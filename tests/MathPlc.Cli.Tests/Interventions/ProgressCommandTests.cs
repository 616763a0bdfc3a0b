using System.Text.Json;
using MathPlc.Tests;

namespace MathPlc.Cli.Tests.Interventions;

/// <summary><c>mathplc progress</c> end to end: the contract's columns, decisions, and bad data exit 3.</summary>
public sealed class ProgressCommandTests : IDisposable
{
    // Baseline 10 on Mon 2026-09-07, goal 20 ten weeks later: the goal line is 10 + t. Weekly points 11.5, 12.5, 12, 13, 14, 15:
    // the last four (12, 13, 14, 15 at weeks 3–6) are all below 13, 14, 15, 16 → change-instruction by the four-point rule (NCRTI Brief #3).
    private const string Probes =
        "student_id,measured_on,score\n" +
        "s1,2026-09-14,11.5\ns1,2026-09-21,12.5\ns1,2026-09-28,12\ns1,2026-10-05,13\ns1,2026-10-12,14\ns1,2026-10-19,15\n" +
        "s2,2026-09-14,7\ns2,2026-09-21,5\n";

    private const string Goals = "student_id,goal,goal_date,baseline,baseline_date\ns1,20,2026-11-16,10,2026-09-07\ns2,20,2027-01-25,,\n";

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Writes_the_contract_columns_and_decisions()
    {
        var result = CliRun.Run("progress", "--in", _folder.Write("probes.csv", Probes), "--goals", _folder.Write("goals.csv", Goals));
        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("student_id,points,ols_slope_per_week,tukey_slope_per_week,goal_slope_per_week,roi_per_week,gap_ratio,decision,reasons", lines[0]);
        var s1 = lines[1].Split(',');
        Assert.Equal(["s1", "6"], s1[..2]);
        Assert.Equal("1", s1[4]);
        Assert.Equal("change-instruction", s1[7]);
        Assert.StartsWith("s2,0,,,,,,insufficient-data,no-baseline: ", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Json_carries_the_reasons_as_data()
    {
        var result = CliRun.Run("progress", "--in", _folder.Write("probes.csv", Probes), "--goals", _folder.Write("goals.csv", Goals), "--rule", "four-point", "--format", "json");
        using var json = JsonDocument.Parse(result.Stdout);
        var s1 = json.RootElement[0];
        Assert.Equal("change-instruction", s1.GetProperty("decision").GetString());
        Assert.Equal("four-point", s1.GetProperty("decidedBy").GetString());
        Assert.Contains(s1.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("code").GetString() == "k-point-rule");
    }

    [Fact]
    public void Fewer_points_than_the_minimum_is_insufficient_data()
    {
        var result = CliRun.Run("progress", "--in", _folder.Write("probes.csv", Probes), "--goals", _folder.Write("goals.csv", Goals), "--min-points", "7");
        var s1 = result.Stdout.Split("\r\n").Single(l => l.StartsWith("s1,", StringComparison.Ordinal)).Split(',');
        Assert.Equal("insufficient-data", s1[7]);
    }

    private void AssertBadData(string probes, string goals, params string[] reasons)
    {
        string output = _folder.PathOf("out.csv");
        var result = CliRun.Run("progress", "--in", _folder.Write("probes.csv", probes), "--goals", _folder.Write("goals.csv", goals), "--out", output);
        Assert.Equal(3, result.ExitCode);
        Assert.Equal("", result.Stdout);
        foreach (string reason in reasons) Assert.Contains(reason, result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Two_probes_on_one_date_exit_3() =>
        AssertBadData(Probes + "s1,2026-09-14,9\n", Goals, "probes.csv:10:2: duplicate-date");

    [Fact]
    public void A_goal_date_before_the_baseline_exits_3() =>
        AssertBadData(Probes, "student_id,goal,goal_date,baseline,baseline_date\ns1,20,2026-09-01,10,2026-09-07\n", "goals.csv:2:3: goal-before-baseline");

    [Fact]
    public void A_goal_date_before_the_baseline_from_the_probes_exits_3() =>
        AssertBadData("student_id,measured_on,score\ns1,2026-09-14,7\ns1,2026-09-21,5\ns1,2026-09-28,8\n", "student_id,goal,goal_date\ns1,20,2026-09-21\n", "goals.csv:2", "goal-before-baseline");

    [Fact]
    public void Probes_without_a_goal_exit_3() =>
        AssertBadData(Probes + "s9,2026-09-14,9\n", Goals, "probes.csv:10", "no-goal", "s9");

    [Fact]
    public void An_unknown_rule_is_a_usage_error() =>
        Assert.Equal(2, CliRun.Run("progress", "--in", _folder.Write("probes.csv", Probes), "--goals", _folder.Write("goals.csv", Goals), "--rule", "five-point").ExitCode);
}
