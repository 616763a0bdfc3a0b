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
        Assert.Equal("student_id,points,ols_slope_per_week,tukey_slope_per_week,goal_slope_per_week,roi_per_week,gap_ratio,decision,reasons,level,projected_at_goal_date,needed_roi_per_week,misses_goal,dual_discrepancy", lines[0]);
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

    private static string Data(string name) => Path.Combine(SharedData.RepositoryRoot, "tests", "data", "progress", name);

    private static Dictionary<string, JsonElement> ByStudent(string stdout)
    {
        using var json = JsonDocument.Parse(stdout);
        return json.RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("studentId").GetString()!, e => e.Clone());
    }

    // tests/data/progress: goal line 10 + t (baseline 10 on 2026-09-07, goal 20 on 2026-11-16, ten weeks).
    // parallel-below: 9..16 weekly, slope 1 = the goal slope, projected 18 at the goal date (by hand) → change-instruction,
    // where the trend rule alone said continue (issue 16; docsbay handout: parallel is fine "unless the trendline is
    // significantly below the goal line"). twice-weekly: 6 points in 3 weeks → insufficient-data under the 6-week minimum.
    [Fact]
    public void Level_and_trend_and_the_six_week_minimum_change_the_decisions()
    {
        var result = CliRun.Run("progress", "--in", Data("probes.csv"), "--goals", Data("goals.csv"), "--format", "json");
        Assert.True(result.ExitCode == 0, result.Stderr);
        var rows = ByStudent(result.Stdout);
        Assert.Equal("change-instruction", rows["parallel-below"].GetProperty("decision").GetString());
        Assert.Equal(18, rows["parallel-below"].GetProperty("projectedAtGoalDate").GetDouble(), 9);
        Assert.True(rows["parallel-below"].GetProperty("missesGoal").GetBoolean());
        Assert.Equal("continue", rows["on-track"].GetProperty("decision").GetString());
        Assert.Equal("insufficient-data", rows["twice-weekly"].GetProperty("decision").GetString());
        Assert.Equal(JsonValueKind.Null, rows["on-track"].GetProperty("dualDiscrepancy").ValueKind);
    }

    // Dual discrepancy against the fixed cuts level 14 and growth 0.8 per week: early has level 12 (median of 12, 12, 11)
    // and slope 0.4 → both below → yes; parallel-below has level 15 → no; on-track level 17 → no.
    [Fact]
    public void Dual_discrepancy_flags_students_below_both_cuts()
    {
        var result = CliRun.Run("progress", "--in", Data("probes.csv"), "--goals", Data("goals.csv"), "--dd-level-cut", "14", "--dd-slope-cut", "0.8", "--format", "json");
        Assert.True(result.ExitCode == 0, result.Stderr);
        var rows = ByStudent(result.Stdout);
        Assert.True(rows["early"].GetProperty("dualDiscrepancy").GetBoolean());
        Assert.False(rows["parallel-below"].GetProperty("dualDiscrepancy").GetBoolean());
        Assert.False(rows["on-track"].GetProperty("dualDiscrepancy").GetBoolean());
        Assert.Contains(rows["early"].GetProperty("reasons").EnumerateArray(), r => r.GetProperty("code").GetString() == "dual-discrepancy");
    }

    // With the calendar the Thanksgiving break (Nov 23–27) falls after the goal date, so the ten weeks stay ten: the goal
    // slope is 1 either way; the reason says the weeks are instructional weeks.
    [Fact]
    public void With_a_calendar_the_weeks_are_instructional_weeks()
    {
        var result = CliRun.Run("progress", "--in", Data("probes.csv"), "--goals", Data("goals.csv"), "--calendar", Data("calendar.json"), "--format", "json");
        Assert.True(result.ExitCode == 0, result.Stderr);
        var rows = ByStudent(result.Stdout);
        Assert.Equal(1, rows["on-track"].GetProperty("goalSlopePerWeek").GetDouble(), 12);
        Assert.Contains(rows["on-track"].GetProperty("reasons").EnumerateArray(), r => r.GetProperty("code").GetString() == "instructional-weeks");
    }

    [Fact]
    public void One_dual_discrepancy_cut_without_the_other_is_a_usage_error() =>
        Assert.Equal(2, CliRun.Run("progress", "--in", Data("probes.csv"), "--goals", Data("goals.csv"), "--dd-level-cut", "14").ExitCode);

    [Fact]
    public void A_percentile_outside_zero_to_one_hundred_is_a_usage_error() =>
        Assert.Equal(2, CliRun.Run("progress", "--in", Data("probes.csv"), "--goals", Data("goals.csv"), "--dd-percentile", "101").ExitCode);

    [Fact]
    public void A_bad_calendar_is_bad_data_and_writes_nothing()
    {
        string output = _folder.PathOf("out.csv");
        var result = CliRun.Run("progress", "--in", Data("probes.csv"), "--goals", Data("goals.csv"), "--calendar", _folder.Write("calendar.json", "{ \"firstDay\": \"2026-13-01\" }"), "--out", output);
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("calendar.json", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }
}
