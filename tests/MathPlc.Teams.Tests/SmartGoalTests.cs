using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace MathPlc.Teams.Tests;

/// <summary>
/// SMART checks on good and flawed goals and attainment (O'Neill 2000; Conzemius &amp; O'Neill 2006). Expected numbers
/// were computed independently in Python (dates with <c>datetime</c>, least squares by hand formulas).
/// </summary>
public class SmartGoalTests
{
    private static readonly LocalDate Baseline = new(2026, 9, 25);
    private static readonly LocalDate Deadline = new(2027, 5, 28); // 245 days later

    private static readonly ActionStep[] Steps =
    [
        new("Give a common formative check every week on the unit's essential targets", "grade 6 team", new LocalDate(2026, 10, 2)),
        new("Regroup students by target for Friday re-teaching", "Ms Ortiz", new LocalDate(2026, 10, 9)),
    ];

    // The one-sentence template: "By [date], [target group] will [achieve outcome], as measured by [indicators]".
    private static SmartGoal Goal(double? target = 65, double? history = 10, GoalType type = GoalType.Results, string? indicator = "percent proficient on the common unit assessments",
        LocalDate? deadline = null, IEnumerable<ActionStep>? steps = null) =>
        new("raise the share of students proficient on essential standards", "grade 6 students", type, indicator, 52, Baseline, target, deadline ?? Deadline, history, steps ?? Steps);

    [Fact]
    public void A_good_goal_is_smart()
    {
        var check = SmartGoals.Check(Goal());
        Assert.True(check.IsSmart);
        Assert.Empty(check.Findings);
        Assert.Equal(19.380612244897957, check.RequiredChangePerYear!.Value, 9); // 13 points over 245/365.25 years
    }

    [Fact]
    public void A_goal_asking_for_more_than_twice_the_historical_rate_is_unrealistic()
    {
        var check = SmartGoals.Check(Goal(target: 80)); // 41.74 per year against 2 × 10
        Assert.False(check.IsSmart);
        Assert.Equal([SmartCriterion.Attainable], check.Failed.ToArray());
        Assert.Equal("unrealistic", check.Findings.Single().Why.Code);
    }

    [Fact]
    public void A_goal_against_the_historical_direction_is_flagged() =>
        Assert.Equal("against-history", SmartGoals.Check(Goal(history: -2)).Findings.Single().Why.Code);

    [Fact]
    public void A_goal_without_history_gets_advice_not_a_failure()
    {
        var check = SmartGoals.Check(Goal(history: null));
        Assert.True(check.IsSmart);
        Assert.Equal("no-history", check.Findings.Single().Why.Code);
    }

    [Fact] // NCTM's toolkit asks for implementation goals beside results goals: a process goal is advice, not a failure.
    public void A_process_goal_is_first_class_beside_a_results_goal()
    {
        var check = SmartGoals.Check(Goal(type: GoalType.Process));
        Assert.True(check.IsSmart);
        Assert.Contains(check.Findings, f => f.Why.Code == "implementation-goal" && !f.IsProblem);
        Assert.Empty(SmartGoals.CheckPlan([Goal(), Goal(type: GoalType.Process)]).Problems);
    }

    [Fact] // Conzemius & O'Neill: process goals are not enough on their own.
    public void A_plan_of_process_goals_alone_needs_a_results_goal() =>
        Assert.Equal("no-results-goal", Assert.Single(SmartGoals.CheckPlan([Goal(type: GoalType.Process)]).Problems).Code);

    // Issue 16: a unit goal, 22 % → 60 % proficient in 12 weeks. Annualised (38 points in 84 days ≈ 165 per year) it was
    // "unrealistic" against a yearly history of +8. Judged on its own horizon against last year's same unit (+25 from
    // start to end), it asks 38 ≤ 2 × 25: attainable.
    private static SmartGoal UnitGoal(double? perUnit, double? perYear = null) =>
        new("raise proficiency on the unit 3 essential targets", "grade 7 students", GoalType.Results, "percent proficient on the unit 3 common assessment",
            22, new LocalDate(2027, 1, 4), 60, new LocalDate(2027, 3, 29), perYear, Steps.Select(s => new ActionStep(s.Description, s.Owner, new LocalDate(2027, 1, 15))),
            GoalHorizon.Unit, perUnit, (0, 100));

    [Fact]
    public void A_unit_goal_is_judged_on_its_unit_not_annualised()
    {
        Assert.Contains(SmartGoals.Check(new SmartGoal("s", "g", GoalType.Results, "i", 22, new LocalDate(2027, 1, 4), 60, new LocalDate(2027, 3, 29), 8, Steps.Select(s => new ActionStep(s.Description, s.Owner, new LocalDate(2027, 1, 15))))).Findings,
            f => f.Why.Code == "unrealistic");
        var check = SmartGoals.Check(UnitGoal(perUnit: 25));
        Assert.True(check.IsSmart);
        Assert.DoesNotContain(check.Findings, f => f.Criterion == SmartCriterion.Attainable);
        Assert.Equal("unrealistic", SmartGoals.Check(UnitGoal(perUnit: 15)).Findings.Single(f => f.IsProblem).Why.Code); // 38 > 2 × 15
        var yearly = SmartGoals.Check(UnitGoal(perUnit: null, perYear: 8));
        Assert.True(yearly.IsSmart);
        Assert.Contains("never an annualised rate", yearly.Findings.Single(f => f.Why.Code == "no-history").Why.Message, StringComparison.Ordinal);
    }

    [Fact] // Issue 16: one measurement projected 114 % and "on track"; the default now waits for three.
    public void One_measurement_is_not_enough_to_project()
    {
        var result = SmartGoals.Attainment(UnitGoal(25), [new(new LocalDate(2027, 1, 18), 40)], new LocalDate(2027, 1, 19));
        Assert.Equal(AttainmentStatus.InsufficientData, result.Status);
        Assert.Null(result.ProjectedAtDeadline);
    }

    // Weekly checks 30, 45, 58 after 22 on Jan 4: the line through (0, 22), (7, 30), (14, 45), (21, 58) rises about 1.8
    // a day, so at day 84 it would pass 150 %; a percentage stops at 100.
    [Fact]
    public void A_projection_stays_inside_the_measure_range()
    {
        var rising = SmartGoals.Attainment(UnitGoal(25), [new(new LocalDate(2027, 1, 11), 30), new(new LocalDate(2027, 1, 18), 45), new(new LocalDate(2027, 1, 25), 58)], new LocalDate(2027, 1, 26));
        Assert.Equal(AttainmentStatus.OnTrack, rising.Status);
        Assert.Equal(100, rising.ProjectedAtDeadline);
    }

    [Fact]
    public void A_projection_never_leaves_the_measure_range() =>
        MathPlc.Tests.PropertyCheck.Check(FsCheck.Fluent.Prop.ForAll(
            FsCheck.Fluent.Gen.Choose(0, 100).ArrayOf(3).ToArbitrary(),
            values =>
            {
                var measurements = values.Select((v, i) => new GoalMeasurement(new LocalDate(2027, 1, 11).PlusWeeks(i), Math.Min(v, 59)));
                var result = SmartGoals.Attainment(UnitGoal(25), measurements, new LocalDate(2027, 2, 1));
                if (result.ProjectedAtDeadline is { } p) Assert.InRange(p, 0, 100);
            }), 500);

    [Fact]
    public void A_target_outside_the_measure_range_is_refused() =>
        Assert.Throws<ArgumentException>("target", () => new SmartGoal("s", "g", GoalType.Results, "i", 22, Baseline, 120, Deadline, measureRange: (0, 100)));

    [Fact]
    public void An_undefined_horizon_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>("horizon", () => new SmartGoal("s", "g", GoalType.Results, "i", 22, Baseline, 60, Deadline, horizon: (GoalHorizon)9));

    [Fact]
    public void A_vague_draft_says_everything_that_is_missing()
    {
        var draft = new SmartGoal("do better in math", null, GoalType.Results, null, null, null, null, null);
        var check = SmartGoals.Check(draft);
        Assert.Equal(["no-target-group", "no-indicator", "no-baseline", "no-target", "no-deadline", "no-action-steps"], check.Findings.Select(f => f.Why.Code).ToArray());
        Assert.Equal([SmartCriterion.StrategicAndSpecific, SmartCriterion.Measurable, SmartCriterion.TimeBound, SmartCriterion.ActionSteps], check.Failed.ToArray());
    }

    [Fact]
    public void A_target_equal_to_the_baseline_asks_for_no_change() =>
        Assert.Contains(SmartGoals.Check(Goal(target: 52)).Findings, f => f.Why.Code == "no-change");

    [Fact]
    public void Action_steps_need_owners_and_dates_by_the_deadline()
    {
        var check = SmartGoals.Check(Goal(steps: [new ActionStep("Plan unit 4 together"), new ActionStep("Share results with families", "Mr Lee", new LocalDate(2027, 6, 10))]));
        Assert.Equal(["step-without-owner", "step-without-date", "step-after-deadline"], check.Findings.Select(f => f.Why.Code).ToArray());
    }

    [Fact]
    public void A_deadline_before_the_baseline_is_refused() =>
        Assert.Throws<ArgumentException>("deadline", () => Goal(deadline: new LocalDate(2026, 9, 1)));

    [Fact]
    public void A_deadline_on_the_baseline_date_is_refused() =>
        Assert.Throws<ArgumentException>("deadline", () => Goal(deadline: Baseline));

    [Fact]
    public void A_baseline_that_is_not_finite_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>("baseline", () => new SmartGoal("s", "g", GoalType.Results, "i", double.NaN, Baseline, 60, Deadline));

    [Fact]
    public void Stretch_factor_must_exceed_one() =>
        Assert.Throws<ArgumentOutOfRangeException>("stretchFactor", () => new SmartRules(stretchFactor: 1));

    [Fact]
    public void A_measurement_reaching_the_target_by_the_deadline_is_achieved()
    {
        var result = SmartGoals.Attainment(Goal(), [new(new LocalDate(2026, 11, 20), 58), new(new LocalDate(2027, 4, 30), 66)], new LocalDate(2027, 5, 1));
        Assert.Equal(AttainmentStatus.Achieved, result.Status);
        Assert.Equal(66, result.Latest!.Value.Value);
    }

    [Fact]
    public void A_trend_that_reaches_the_target_is_on_track()
    {
        // Least squares through (0, 52), (56, 56), (126, 60): 67.6557 at day 245.
        var result = SmartGoals.Attainment(Goal(), [new(new LocalDate(2026, 11, 20), 56), new(new LocalDate(2027, 1, 29), 60)], new LocalDate(2027, 2, 1), new SmartRules(minimumMeasurements: 2));
        Assert.Equal(AttainmentStatus.OnTrack, result.Status);
        Assert.Equal(67.65573770491804, result.ProjectedAtDeadline!.Value, 9);
    }

    [Fact]
    public void A_trend_that_falls_short_is_at_risk()
    {
        // Through (0, 52), (56, 55), (126, 58): 63.7418 at day 245, short of 65.
        var result = SmartGoals.Attainment(Goal(), [new(new LocalDate(2026, 11, 20), 55), new(new LocalDate(2027, 1, 29), 58)], new LocalDate(2027, 2, 1), new SmartRules(minimumMeasurements: 2));
        Assert.Equal(AttainmentStatus.AtRisk, result.Status);
        Assert.Equal(63.74180327868852, result.ProjectedAtDeadline!.Value, 9);
    }

    [Fact]
    public void A_passed_deadline_without_the_target_is_missed() =>
        Assert.Equal(AttainmentStatus.Missed,
            SmartGoals.Attainment(Goal(), [new(new LocalDate(2027, 5, 20), 60)], new LocalDate(2027, 6, 15)).Status);

    [Fact]
    public void The_target_reached_after_the_deadline_is_still_missed() =>
        Assert.Equal(AttainmentStatus.Missed,
            SmartGoals.Attainment(Goal(), [new(new LocalDate(2027, 6, 10), 70)], new LocalDate(2027, 6, 15)).Status);

    [Fact]
    public void No_measurements_is_not_enough_data() =>
        Assert.Equal(AttainmentStatus.InsufficientData, SmartGoals.Attainment(Goal(), [], new LocalDate(2027, 1, 1)).Status);

    [Fact]
    public void A_goal_without_a_target_is_not_enough_data() =>
        Assert.Equal("not-measurable", SmartGoals.Attainment(Goal(target: null), [new(new LocalDate(2026, 11, 20), 55)], new LocalDate(2027, 1, 1)).Why.Code);

    [Fact]
    public void A_falling_goal_is_achieved_when_the_value_drops_to_the_target()
    {
        var goal = new SmartGoal("cut the failure rate", "algebra 1 students", GoalType.Results, "percent failing", 30, Baseline, 20, Deadline, -8, Steps);
        Assert.True(SmartGoals.Check(goal).IsSmart); // 14.9 per year within 2 × 8
        Assert.Equal(AttainmentStatus.Achieved, SmartGoals.Attainment(goal, [new(new LocalDate(2027, 3, 1), 19)], new LocalDate(2027, 3, 2)).Status);
    }
}
