using FsCheck;
using FsCheck.Fluent;
using MathPlc.Core;
using MathPlc.Interventions;
using MathPlc.Tests;
using NodaTime;

namespace MathPlc.Interventions.Tests;

/// <summary>Progress monitoring: worked examples per rule and formula, properties, guards.</summary>
public sealed class ProgressMonitoringTests
{
    private static readonly LocalDate Monday = new(2026, 9, 7);

    /// <summary>Weekly probes after <see cref="Monday"/>: week 1, 2, …</summary>
    private static Probe[] Weekly(params double[] scores) => [.. scores.Select((s, i) => new Probe(Monday.PlusWeeks(i + 1), s))];

    /// <summary>Baseline 10 on Monday, goal 20 ten weeks later: the goal line rises 1 per week (10 + t).</summary>
    private static readonly ProgressGoal TenToTwenty = new(20, Monday.PlusWeeks(10), 10, Monday);

    [Fact] // IRIS Center, progress-monitoring module (pmm q2 p05): probes 7, 5, 8 give the baseline 7 (their median).
    public void The_baseline_is_the_median_of_the_first_three_probes()
    {
        var report = ProgressMonitoring.Decide(Weekly(7, 5, 8, 9), new ProgressGoal(20, Monday.PlusWeeks(20)));
        Assert.Equal(7, report.Baseline);
        Assert.Equal(Monday.PlusWeeks(3), report.BaselineDate);
        Assert.Equal(1, report.Points);
        Assert.Equal((20 - 7) / 17.0, report.GoalSlopePerWeek!.Value, 12);
    }

    [Fact] // A textbook least-squares example: x = 1..5, y = 2, 4, 5, 4, 5 has slope 6 / 10 = 0.6.
    public void The_least_squares_slope_matches_the_textbook_example() =>
        Assert.Equal(0.6, Slopes.LeastSquares([1, 2, 3, 4, 5], [2, 4, 5, 4, 5])!.Value, 12);

    [Fact] // Tukey tri-split (North Clackamas handout after Hutton, Dubes & Muir 1992), computed by hand:
    // nine weekly points split 3/3/3; first third median week 2, median score 11; last third week 8, score 18; slope 7/6.
    public void The_Tukey_slope_joins_the_medians_of_the_first_and_last_thirds() =>
        Assert.Equal(7.0 / 6, Slopes.TukeyTriSplit([1, 2, 3, 4, 5, 6, 7, 8, 9], [10, 12, 11, 15, 14, 16, 18, 17, 20])!.Value, 12);

    [Fact] // Uneven split n = 3k + 1 → k, k + 1, k: seven points, thirds of 2, 3, 2. By hand: (1.5, 2.5) and (6.5, 9) → 6.5 / 5 = 1.3.
    public void An_uneven_count_keeps_the_outer_thirds_equal() =>
        Assert.Equal(1.3, Slopes.TukeyTriSplit([1, 2, 3, 4, 5, 6, 7], [2, 3, 99, -50, 4, 8, 10])!.Value, 12);

    [Fact] // Four-point rule (NCRTI Brief #3; docsbay decision-making rules): four consecutive points below the goal line → change.
    public void Four_points_below_the_goal_line_mean_change_the_intervention()
    {
        var report = ProgressMonitoring.Decide(Weekly(11.5, 12.5, 12, 13, 14, 15), TenToTwenty, new ProgressRules(ProgressRule.FourPoint));
        Assert.Equal(ProgressDecisionKind.ChangeInstruction, report.Decision);
        Assert.Equal(ProgressRule.FourPoint, report.DecidedBy);
        Assert.Equal(1.0, report.GoalSlopePerWeek);
    }

    [Fact]
    public void Four_points_above_the_goal_line_mean_raise_the_goal() =>
        Assert.Equal(ProgressDecisionKind.RaiseGoal,
            ProgressMonitoring.Decide(Weekly(11, 12, 14, 15, 16, 17), TenToTwenty, new ProgressRules(ProgressRule.FourPoint)).Decision);

    [Fact] // A point exactly on the line is neither above nor below it, so it breaks the run (reference §3): continue.
    public void A_point_on_the_goal_line_breaks_the_run() =>
        Assert.Equal(ProgressDecisionKind.Continue,
            ProgressMonitoring.Decide(Weekly(11, 12, 14, 15, 15, 17), TenToTwenty, new ProgressRules(ProgressRule.FourPoint)).Decision);

    [Fact] // A falling goal line (fewer errors is better): the rule is mirrored.
    public void A_falling_goal_line_mirrors_the_rule()
    {
        var goal = new ProgressGoal(0, Monday.PlusWeeks(10), 10, Monday); // 10 − t
        Assert.Equal(ProgressDecisionKind.RaiseGoal,
            ProgressMonitoring.Decide(Weekly(9, 8, 6, 5, 4, 3), goal, new ProgressRules(ProgressRule.FourPoint)).Decision);
    }

    [Fact] // Trend-line rule (docsbay): a trend steeper than the goal line → raise the goal. By hand: Σ(t − t̄)(y − ȳ) = 67.5, Σ(t − t̄)² = 42, slope ≈ 1.61 > 1.
    public void A_trend_steeper_than_the_goal_line_raises_the_goal()
    {
        var report = ProgressMonitoring.Decide(Weekly(10, 13, 12, 16, 16, 19, 19, 22), TenToTwenty);
        Assert.Equal(ProgressRule.Trend, report.DecidedBy);
        Assert.Equal(ProgressDecisionKind.RaiseGoal, report.Decision);
    }

    [Fact] // Parallel within 5 %: slope exactly 1.05 against a goal slope of 1 sits on the tolerance and is "parallel" → continue.
    public void A_trend_on_the_tolerance_is_parallel() =>
        Assert.Equal(ProgressDecisionKind.Continue,
            ProgressMonitoring.Decide(Weekly([.. Enumerable.Range(1, 8).Select(i => 10 + 1.05 * i)]), TenToTwenty, new ProgressRules(ProgressRule.Trend)).Decision);

    // Issue 16 / docsbay "Decision making rules" handout (trend-line analysis: parallel to the goal line means no change
    // "unless the trendline is significantly below the goal line"): points 8 + t for weeks 1–8 run parallel to the goal
    // line 10 + t, two below it. By hand the least-squares line is 8 + t, which reaches 18 at week 10, short of the goal 20.
    // Before issue 16 the trend rule said continue; read with the level it says change the instruction.
    [Fact]
    public void A_trend_parallel_to_the_goal_line_but_below_it_is_not_continue()
    {
        var report = ProgressMonitoring.Decide(Weekly([.. Enumerable.Range(1, 8).Select(i => 8.0 + i)]), TenToTwenty);
        Assert.Equal(ProgressRule.Trend, report.DecidedBy);
        Assert.Equal(ProgressDecisionKind.ChangeInstruction, report.Decision);
        Assert.Equal(18, report.ProjectedAtGoalDate!.Value, 9);
        Assert.Equal("continue", report.Reasons.Single(r => r.Code == "trend-rule").Data["verdict"]);
        Assert.Equal("18", report.Reasons.Single(r => r.Code == "trend-misses-goal").Data["projected"]);
        // Gap analysis: the points are 9..16; the level is the median of the last three (14, 15, 16) = 15 at week 8;
        // 5 more in 2 weeks → 2.5 per week.
        Assert.Equal(15, report.Level);
        Assert.Equal(2.5, report.NeededRoiPerWeek!.Value, 9);
    }

    [Fact]
    public void A_trend_line_that_misses_the_goal_is_never_continue() =>
        Prop.ForAll(Gen.Choose(0, 40).Select(v => v / 2.0).ArrayOf().Where(a => a.Length is >= 8 and <= 16).ToArbitrary(),
            Gen.Elements(ProgressRule.Trend, ProgressRule.All).ToArbitrary(), (scores, rule) =>
            {
                var goal = new ProgressGoal(20, Monday.PlusWeeks(scores.Length + 2), 10, Monday);
                var report = ProgressMonitoring.Decide(Weekly(scores), goal, new ProgressRules(rule));
                // "Misses" = short of the goal by more than the tolerance band: 5 % of the 10 points asked, 0.5.
                if (report.ProjectedAtGoalDate is { } projected && projected < 19.5 - 1e-9)
                {
                    Assert.True(report.MissesGoal);
                    Assert.NotEqual(ProgressDecisionKind.Continue, report.Decision);
                }
            }).Check(400);

    // A two-week winter break (2026-12-21 to 2027-01-01) between weekly probes: on the calendar the break adds no weeks.
    // Baseline Monday 2026-12-07, goal Monday 2027-02-01: 56 calendar days = 8 weeks; school days after the baseline:
    // Dec 8–11 (4) + Dec 14–18 (5) + Jan 4–29 (20) + Feb 1 (1) = 30 = 6 instructional weeks.
    [Fact]
    public void With_a_calendar_weeks_are_instructional_weeks()
    {
        var calendar = new SchoolCalendar(new LocalDate(2026, 8, 31), new LocalDate(2027, 6, 11),
            nonInstructional: [new NonInstructionalPeriod("Winter break", new LocalDate(2026, 12, 21), new LocalDate(2027, 1, 1), NonInstructionalKind.Break)]);
        var baseline = new LocalDate(2026, 12, 7);
        var goal = new ProgressGoal(22, new LocalDate(2027, 2, 1), 10, baseline);
        Assert.Equal(6, ProgressMonitoring.Weeks(baseline, goal.GoalDate, calendar));
        Assert.Equal(8, ProgressMonitoring.Weeks(baseline, goal.GoalDate));
        var probes = new[] { 12.0, 14, 16, 18, 20, 22 }.Select((s, i) => new Probe(i == 0 ? new LocalDate(2026, 12, 14) : new LocalDate(2027, 1, 4).PlusWeeks(i - 1), s)).ToArray();
        var onCalendar = ProgressMonitoring.Decide(probes, goal, calendar: calendar);
        Assert.Equal(2, onCalendar.GoalSlopePerWeek!.Value, 12);
        Assert.Equal(1.5, ProgressMonitoring.Decide(probes, goal).GoalSlopePerWeek!.Value, 12);
        Assert.Contains(onCalendar.Reasons, r => r.Code == "instructional-weeks");
    }

    [Fact]
    public void A_goal_with_no_instructional_day_after_the_baseline_is_refused()
    {
        var calendar = new SchoolCalendar(new LocalDate(2026, 8, 31), new LocalDate(2026, 12, 18));
        var goal = new ProgressGoal(20, new LocalDate(2027, 1, 15), 10, new LocalDate(2026, 12, 18));
        Assert.Throws<ArgumentException>("goal", () => { ProgressMonitoring.Decide([], goal, calendar: calendar); });
    }

    [Fact] // Median of the last three (NCII): median of 15, 11, 12 is 12; the goal line at the middle point (week 5) is 15 → change.
    public void The_median_of_the_last_three_below_the_line_means_change()
    {
        var report = ProgressMonitoring.Decide(Weekly(14, 15, 15, 11, 12, 16), TenToTwenty, new ProgressRules(ProgressRule.MedianOfThree));
        Assert.Equal(ProgressDecisionKind.ChangeInstruction, report.Decision);
        var reason = report.Reasons.Single(r => r.Code == "median-of-three-rule");
        Assert.Equal("12", reason.Data["median"]);
        Assert.Equal("15", reason.Data["goalLine"]);
    }

    [Fact] // docsbay four-point rule: at least 6 points over 6 weeks, not counting the baseline (the default since issue 16).
    public void Too_few_points_is_insufficient_data_with_the_counts()
    {
        var report = ProgressMonitoring.Decide(Weekly(11, 12, 13, 14, 15), TenToTwenty);
        Assert.Equal(ProgressDecisionKind.InsufficientData, report.Decision);
        Assert.Null(report.DecidedBy);
        Assert.Equal("5", report.Reasons.Single(r => r.Code == "too-little-data").Data["points"]);
        Assert.Equal(ProgressDecisionKind.InsufficientData,
            ProgressMonitoring.Decide(Weekly(7, 8), new ProgressGoal(20, Monday.PlusWeeks(20))).Decision);
    }

    [Fact] // With all rules the trend waits for 8 points, so 6 points are decided by the four-point rule.
    public void With_all_rules_the_four_point_rule_decides_until_the_trend_has_its_points()
    {
        var report = ProgressMonitoring.Decide(Weekly(11.5, 12.5, 12, 13, 14, 15), TenToTwenty);
        Assert.Equal(ProgressRule.FourPoint, report.DecidedBy);
        Assert.Contains(report.Reasons, r => r.Code == "trend-rule-waits");
    }

    [Fact] // Out-of-order probes are sorted, and said so.
    public void Probes_out_of_order_are_sorted()
    {
        var probes = Weekly(11.5, 12.5, 12, 13, 14, 15).Reverse();
        var sorted = ProgressMonitoring.Decide(Weekly(11.5, 12.5, 12, 13, 14, 15), TenToTwenty);
        var report = ProgressMonitoring.Decide(probes, TenToTwenty);
        Assert.Equal(sorted.Decision, report.Decision);
        Assert.Contains(report.Reasons, r => r.Code == "probes-sorted");
    }

    [Fact] // Rate of improvement: current = median of the last three (13, 14, 15) = 14, over 6 weeks from a baseline of 10 → 4/6.
    public void The_rate_of_improvement_and_gap_ratio_use_the_median_of_the_last_three()
    {
        var report = ProgressMonitoring.Decide(Weekly(11.5, 12.5, 12, 13, 14, 15), TenToTwenty);
        Assert.Equal(4 / 6.0, report.RoiPerWeek!.Value, 12);
        Assert.Equal(16 / 14.0, report.GapRatio!.Value, 12);
    }

    // ---- gap analysis and dual discrepancy ----

    [Fact] // fastactionedu.com: needed ROI = (90 − 35) / 20 = 2.75 per week.
    public void The_needed_growth_follows_the_published_example()
    {
        var result = GapAnalysis.Analyze(currentBenchmark: 70, currentPerformance: 35, endOfYearBenchmark: 90, weeksLeft: 20, typicalRoiPerWeek: 1.5);
        Assert.Equal(2.75, result.NeededRoiPerWeek, 12);
        Assert.True(result.Reasonable); // 2.75 ≤ 2 × 1.5
        Assert.Equal(2.0, result.GapRatio);
        Assert.False(result.Significant); // Colorado 2008 worksheet: significant only above 2.0
    }

    [Fact] // Exactly twice typical is reasonable, even when the arithmetic lands a rounding error above it.
    public void Exactly_twice_typical_growth_is_reasonable_on_every_machine()
    {
        var result = GapAnalysis.Analyze(1, 0.1, 0.3, 1, 0.1); // (0.3 − 0.1) / 1 = 0.19999999999999998 against 0.2
        Assert.True(result.Reasonable);
        var harder = GapAnalysis.Analyze(1, 0.1, 0.31, 1, 0.1);
        Assert.False(harder.Reasonable);
        Assert.Equal(0.1 + 0.2 * 1, harder.InterimGoal!.Value, 12);
        Assert.Contains(harder.Reasons, r => r.Code == "interim-goal");
    }

    [Fact]
    public void Weeks_to_close_use_the_current_rate() =>
        Assert.Equal(20.0, GapAnalysis.Analyze(70, 35, 90, 20, 1.5, currentRoiPerWeek: 2.75).WeeksToClose!.Value, 12);

    [Fact] // Dual discrepancy (Fuchs & Fuchs): non-responsive only when both level and slope are below criterion.
    public void Dual_discrepancy_needs_both_level_and_slope_below()
    {
        Assert.True(DualDiscrepancy.Evaluate(20, 0.3, 25, 0.5).NonResponsive);
        Assert.False(DualDiscrepancy.Evaluate(20, 0.5, 25, 0.5).NonResponsive); // slope on the cut
        Assert.False(DualDiscrepancy.Evaluate(30, 0.1, 25, 0.5).NonResponsive);
    }

    [Fact] // R's default quantile (type 7): quantile(c(1, 2, 3, 4), 0.25) = 1.75.
    public void The_peer_cut_is_the_type_7_percentile() =>
        Assert.Equal(1.75, DualDiscrepancy.PeerCut([4, 1, 3, 2], 25), 12);

    // ---- properties ----

    private static readonly Gen<double[]> Scores = Gen.Choose(0, 40).Select(i => i / 2.0).ArrayOf().Where(a => a.Length >= 1 && a.Length <= 14);

    [Fact]
    public void The_k_point_decision_does_not_change_when_points_before_the_last_k_change() =>
        Prop.ForAll(Scores.Where(a => a.Length >= 6).ToArbitrary(), Gen.Choose(0, 40).ArrayOf(14).ToArbitrary(), (scores, noise) =>
        {
            var changed = scores.Select((s, i) => i < scores.Length - 4 ? noise[i] / 2.0 : s).ToArray();
            var rules = new ProgressRules(ProgressRule.FourPoint);
            Assert.Equal(ProgressMonitoring.Decide(Weekly(scores), TenToTwenty, rules).Decision,
                ProgressMonitoring.Decide(Weekly(changed), TenToTwenty, rules).Decision);
        }).Check();

    [Fact]
    public void Slopes_are_unchanged_by_shifting_every_score() =>
        Prop.ForAll(Scores.Where(a => a.Length >= 3).ToArbitrary(), Gen.Choose(-100, 100).ToArbitrary(), (scores, shift) =>
        {
            double[] weeks = [.. scores.Select((_, i) => i + 1.0)];
            double[] shifted = [.. scores.Select(s => s + shift)];
            Assert.Equal(Slopes.LeastSquares(weeks, scores)!.Value, Slopes.LeastSquares(weeks, shifted)!.Value, 9);
            Assert.Equal(Slopes.TukeyTriSplit(weeks, scores)!.Value, Slopes.TukeyTriSplit(weeks, shifted)!.Value, 9);
        }).Check();

    [Fact] // Issue 18: the reasons that repeat across students are built once and shared; each report's reasons must still state its own numbers.
    public void Shared_reasons_state_each_reports_own_baseline_goal_line_points_and_verdict() =>
        Prop.ForAll(Scores.ArrayOf().Where(a => a.Length is >= 1 and <= 12).ToArbitrary(), Gen.Choose(8, 40).ArrayOf(12).ToArbitrary(),
            (from rule in Gen.Elements(ProgressRule.FourPoint, ProgressRule.Trend, ProgressRule.All) from min in Gen.Choose(3, 6) select (rule, min)).ToArbitrary(),
            (series, goalWeeks, settings) =>
            {
                var (rule, minPoints) = settings;
                var rules = new ProgressRules(rule, minPoints: minPoints, minWeeks: minPoints);
                for (int i = 0; i < series.Length; i++)
                {
                    var goal = new ProgressGoal(20 + (i % 3) / 2.0, Monday.PlusWeeks(goalWeeks[i]));
                    var report = ProgressMonitoring.Decide(Weekly(series[i]), goal, rules);
                    foreach (var r in report.Reasons)
                    {
                        if (r.Code == "baseline-median")
                        {
                            Assert.Equal(R(report.Baseline), r.Data["baseline"]);
                            Assert.EndsWith($"dated {report.BaselineDate:uuuu-MM-dd}.", r.Message);
                        }
                        if (r.Code == "goal-line")
                        {
                            Assert.Equal(R(report.GoalSlopePerWeek), r.Data["goalSlopePerWeek"]);
                            Assert.Equal(R(goal.Goal), r.Data["goal"]);
                            Assert.StartsWith($"Goal line from {R(report.Baseline)} to {R(goal.Goal)} by {goal.GoalDate:uuuu-MM-dd}:", r.Message);
                        }
                        if (r.Code is "too-little-data" or "trend-rule-waits") Assert.Equal(R(report.Points), r.Data["points"]);
                        if (r.Code == "decided-by") Assert.EndsWith($": {ProgressMonitoring.Text(report.Decision)}.", r.Message);
                    }
                }
            }).Check(200);

    private static string? R(double? value) => value?.ToString("R", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void The_batch_form_gives_the_same_decisions_and_slopes() =>
        Prop.ForAll(Scores.ArrayOf().Where(a => a.Length <= 20).ToArbitrary(), Gen.Elements(ProgressRule.FourPoint, ProgressRule.Trend, ProgressRule.MedianOfThree, ProgressRule.All).ToArbitrary(),
            (series, rule) =>
            {
                var rules = new ProgressRules(rule);
                var starts = new int[series.Length + 1];
                for (int i = 0; i < series.Length; i++) starts[i + 1] = starts[i] + series[i].Length;
                double[] weeks = [.. series.SelectMany(s => s.Select((_, i) => i + 1.0))];
                double[] scores = [.. series.SelectMany(s => s)];
                var decisions = new ProgressDecisionKind[series.Length];
                var slopes = new double[series.Length];
                ProgressBatch.Decide(weeks, scores, starts, [.. series.Select(_ => 10.0)], [.. series.Select(_ => 1.0)], [.. series.Select(_ => 10.0)], rules, decisions, slopes);
                for (int i = 0; i < series.Length; i++)
                {
                    var report = ProgressMonitoring.Decide(Weekly(series[i]), TenToTwenty, rules);
                    Assert.Equal(report.Decision, decisions[i]);
                    Assert.Equal(report.OlsSlopePerWeek ?? double.NaN, slopes[i]);
                }
            }).Check(200);

    // ---- guards ----

    [Fact]
    public void Two_probes_on_one_date_are_refused() =>
        Assert.Throws<ArgumentException>("probes", () => ProgressMonitoring.Decide([new Probe(Monday.PlusDays(1), 3), new Probe(Monday.PlusDays(1), 4)], TenToTwenty));

    [Fact]
    public void A_goal_date_before_the_baseline_is_refused()
    {
        Assert.Throws<ArgumentException>("goalDate", () => new ProgressGoal(20, Monday.PlusDays(-1), 10, Monday));
        Assert.Throws<ArgumentException>("goal", () => ProgressMonitoring.Decide(Weekly(7, 5, 8), new ProgressGoal(20, Monday.PlusWeeks(2))));
    }

    [Fact]
    public void Guards_name_their_parameter()
    {
        Assert.Throws<ArgumentException>("baseline", () => new ProgressGoal(20, Monday, 10, null));
        Assert.Throws<ArgumentOutOfRangeException>("goal", () => new ProgressGoal(double.NaN, Monday));
        Assert.Throws<ArgumentOutOfRangeException>("probes", () => ProgressMonitoring.Decide([new Probe(Monday, double.PositiveInfinity)], TenToTwenty));
        Assert.Throws<ArgumentNullException>("probes", () => ProgressMonitoring.Decide(null!, TenToTwenty));
        Assert.Throws<ArgumentNullException>("goal", () => ProgressMonitoring.Decide([], null!));
        Assert.Throws<ArgumentOutOfRangeException>("points", () => new ProgressRules(points: 0));
        Assert.Throws<ArgumentOutOfRangeException>("minPoints", () => new ProgressRules(minPoints: 0));
        Assert.Throws<ArgumentOutOfRangeException>("minWeeks", () => new ProgressRules(minWeeks: -1));
        Assert.Throws<ArgumentOutOfRangeException>("trendMinPoints", () => new ProgressRules(trendMinPoints: 1));
        Assert.Throws<ArgumentOutOfRangeException>("baselineProbes", () => new ProgressRules(baselineProbes: 0));
        Assert.Throws<ArgumentOutOfRangeException>("parallelTolerance", () => new ProgressRules(parallelTolerance: -0.1));
        Assert.Throws<ArgumentOutOfRangeException>("rule", () => new ProgressRules((ProgressRule)9));
        Assert.Throws<ArgumentException>("scores", () => Slopes.LeastSquares([1, 2], [1]));
        Assert.Throws<ArgumentException>("scores", () => Slopes.TukeyTriSplit([1, 2], [1]));
        Assert.Throws<ArgumentException>("values", () => Slopes.Median([]));
        Assert.Throws<ArgumentOutOfRangeException>("currentPerformance", () => GapAnalysis.Analyze(70, 0, 90, 20, 1.5));
        Assert.Throws<ArgumentOutOfRangeException>("weeksLeft", () => GapAnalysis.Analyze(70, 35, 90, 0, 1.5));
        Assert.Throws<ArgumentOutOfRangeException>("typicalRoiPerWeek", () => GapAnalysis.Analyze(70, 35, 90, 20, 0));
        Assert.Throws<ArgumentOutOfRangeException>("significantGap", () => new GapAnalysisRules(significantGap: 0));
        Assert.Throws<ArgumentOutOfRangeException>("level", () => DualDiscrepancy.Evaluate(double.NaN, 1, 1, 1));
        Assert.Throws<ArgumentException>("peers", () => DualDiscrepancy.PeerCut([], 25));
        Assert.Throws<ArgumentOutOfRangeException>("percentile", () => DualDiscrepancy.PeerCut([1], 101));
        Assert.Throws<ArgumentException>("starts", () => ProgressBatch.Decide([1], [1], [0, 2], [1], [1], ProgressRules.Default, new ProgressDecisionKind[1], new double[1]));
        Assert.Throws<ArgumentException>("baselines", () => ProgressBatch.Decide([1], [1], [0, 1], [], [1], ProgressRules.Default, new ProgressDecisionKind[1], new double[1]));
    }
}
