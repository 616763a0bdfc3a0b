using FsCheck;
using FsCheck.Fluent;
using MathPlc.Core;
using MathPlc.Interventions;
using MathPlc.Tests;
using NodaTime;

namespace MathPlc.Interventions.Tests;

/// <summary>
/// The batch form of progress monitoring (<see cref="ProgressMonitoring.DecideAll"/>, issue 18; decision 0155) against
/// the object form, which stays the reference: every number (to the bit, so −0 stays −0), decision, rule and reason.
/// </summary>
public sealed class ProgressDecisionsTests
{
    private static readonly LocalDate Monday = new(2026, 9, 7);

    /// <summary>A student: probes on days after Monday (any order, distinct days), scores in halves with ties and −0, a goal with or without its baseline.</summary>
    private static readonly Gen<(Probe[] Probes, ProgressGoal Goal)> Student =
        from days in Gen.Choose(0, 20).Select(w => w * 7).ArrayOf().Where(a => a.Length <= 16)
        from scores in Gen.Frequency((8, Gen.Choose(0, 60).Select(h => h / 2.0)), (1, Gen.Constant(-0.0)), (1, Gen.Constant(30.0))).ArrayOf(16)
        from shuffle in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from goal in Gen.Choose(0, 80)
        from goalWeeks in Gen.Choose(6, 30)
        from given in Gen.Frequency((3, Gen.Constant(-1)), (1, Gen.Choose(0, 40)))
        let distinct = days.Distinct().ToArray()
        let ordered = shuffle ? distinct.Reverse().ToArray() : distinct.Order().ToArray()
        select (ordered.Select((d, i) => new Probe(Monday.PlusDays(d), scores[i])).ToArray(),
            given < 0 ? new ProgressGoal(goal, Monday.PlusWeeks(goalWeeks + 21)) : new ProgressGoal(goal, Monday.PlusWeeks(goalWeeks), given, Monday));

    private static readonly Gen<ProgressRules> Rules =
        from rule in Gen.Elements(ProgressRule.FourPoint, ProgressRule.Trend, ProgressRule.MedianOfThree, ProgressRule.All)
        from points in Gen.Choose(2, 5)
        from minPoints in Gen.Choose(1, 8)
        from minWeeks in Gen.Choose(0, 6)
        from trendMinPoints in Gen.Choose(2, 9)
        from tolerance in Gen.Elements(0.0, 0.05, 0.5)
        select new ProgressRules(rule, points, minPoints, minWeeks, trendMinPoints: trendMinPoints, parallelTolerance: tolerance);

    private static ProgressDecisions Batch((Probe[] Probes, ProgressGoal Goal)[] students, ProgressRules rules)
    {
        var starts = new int[students.Length + 1];
        for (int i = 0; i < students.Length; i++) starts[i + 1] = starts[i] + students[i].Probes.Length;
        return ProgressMonitoring.DecideAll(students.SelectMany(s => s.Probes).ToArray(), starts, students.Select(s => s.Goal).ToArray(), rules);
    }

    private static readonly Func<ProgressReport, double?>[] Numbers =
    [
        r => r.Baseline, r => r.GoalSlopePerWeek, r => r.OlsSlopePerWeek, r => r.TukeySlopePerWeek, r => r.RoiPerWeek, r => r.GapRatio,
        r => r.Level, r => r.ProjectedAtGoalDate, r => r.NeededRoiPerWeek,
    ];

    [Fact]
    public void The_batch_form_gives_each_student_the_object_forms_report() =>
        Prop.ForAll(Student.ArrayOf().Where(a => a.Length <= 12).ToArbitrary(), Rules.ToArbitrary(), (students, rules) =>
        {
            var batch = Batch(students, rules);
            Assert.Equal(students.Length, batch.Count);
            for (int s = 0; s < students.Length; s++)
            {
                var expected = ProgressMonitoring.Decide(students[s].Probes, students[s].Goal, rules);
                var report = batch.Report(s);
                Assert.Equal(expected, report);   // every number, the decision, the rule, the reasons with their data
                foreach (var number in Numbers)   // record equality takes 0 and −0 as equal; the files do not
                    Assert.Equal(Bits(number(expected)), Bits(number(report)));
                Assert.Equal(expected with { Reasons = [] }, batch.WithoutReasons(s));
                Assert.Equal(expected.Reasons.Count, batch.ReasonCount(s));
                for (int k = 0; k < expected.Reasons.Count; k++)
                {
                    Assert.Equal(expected.Reasons[k].Code, batch.ReasonCode(s, k));
                    Assert.Equal(expected.Reasons[k].Message, batch.ReasonMessage(s, k));
                    if (batch.SharedReason(s, k) is { } shared) Assert.Equal(expected.Reasons[k], shared);
                }
            }
        }).Check(500);

    private static long? Bits(double? value) => value is { } v ? BitConverter.DoubleToInt64Bits(v) : null;

    [Fact]
    public void Only_the_reasons_that_state_a_students_own_numbers_are_kept_unshared() =>
        Prop.ForAll(Student.ArrayOf().Where(a => a.Length <= 12).ToArbitrary(), Rules.ToArbitrary(), (students, rules) =>
        {
            var batch = Batch(students, rules);
            for (int s = 0; s < batch.Count; s++)
                for (int k = 0; k < batch.ReasonCount(s); k++)
                    Assert.Equal(batch.ReasonCode(s, k) is "trend-rule" or "trend-misses-goal" or "median-of-three-rule", batch.SharedReason(s, k) is null);
        }).Check(200);

    [Fact] // NCII's trend rule with the level read at the goal date (decision 0046): a trend as steep as the goal line but too low to reach the goal is change-instruction; both reasons state the student's numbers.
    public void A_trend_that_misses_the_goal_states_the_projection_in_its_own_reason()
    {
        // Baseline 10 on Monday, goal 40 ten weeks later (3 a week); eight weekly points 3w: slope 3, the line through
        // them (means 4.5 and 13.5) reaches 13.5 + 3 × 5.5 = 30 at week 10, short of 40 by more than 5 % of 30 = 1.5. By hand.
        var probes = Enumerable.Range(1, 8).Select(w => new Probe(Monday.PlusWeeks(w), 3 * w)).ToArray();
        var batch = ProgressMonitoring.DecideAll(probes, [0, 8], [new ProgressGoal(40, Monday.PlusWeeks(10), 10, Monday)]);
        var report = batch.Report(0);
        Assert.Equal(ProgressDecisionKind.ChangeInstruction, report.Decision);
        Assert.Equal(ProgressRule.Trend, report.DecidedBy);
        int trend = Enumerable.Range(0, batch.ReasonCount(0)).Single(k => batch.ReasonCode(0, k) == "trend-rule");
        Assert.Equal("Trend 3 per week against the goal line's 3: continue.", batch.ReasonMessage(0, trend));
        Assert.Equal("trend-misses-goal", batch.ReasonCode(0, trend + 1));
        Assert.Equal("The trend line reaches 30 by the goal date, short of the goal 40 by more than 1.5: the student will miss the goal at this level and rate, so change-instruction, whatever the slope.",
            batch.ReasonMessage(0, trend + 1));
    }

    [Fact]
    public void No_students_give_no_decisions() =>
        Assert.Equal(0, ProgressMonitoring.DecideAll([], [0], []).Count);

    // ---- guards ----

    [Fact]
    public void Offsets_that_do_not_fit_are_refused()
    {
        var goal = new ProgressGoal(20, Monday.PlusWeeks(10), 10, Monday);
        Probe[] probes = [new(Monday.PlusWeeks(1), 3), new(Monday.PlusWeeks(2), 4)];
        Assert.Throws<ArgumentException>("starts", () => ProgressMonitoring.DecideAll(probes, [0, 1], [goal]));
        Assert.Throws<ArgumentException>("starts", () => ProgressMonitoring.DecideAll(probes, [0, 2], [goal, goal]));
        Assert.Throws<ArgumentException>("starts", () => ProgressMonitoring.DecideAll(probes, [1, 2], [goal]));
        Assert.Throws<ArgumentException>("starts", () => ProgressMonitoring.DecideAll(probes, [0, 2, 1, 2], [goal, goal, goal]));
        Assert.Throws<ArgumentNullException>("goals", () => ProgressMonitoring.DecideAll(probes, [0, 2], null!));
        Assert.Throws<ArgumentException>("goals", () => ProgressMonitoring.DecideAll(probes, [0, 2], [null!]));
    }

    [Fact]
    public void A_students_bad_data_is_refused_as_the_object_form_refuses_it()
    {
        var goal = new ProgressGoal(20, Monday.PlusWeeks(10), 10, Monday);
        Probe[] twice = [new(Monday.PlusWeeks(1), 3), new(Monday.PlusWeeks(1), 4)];
        var e = Assert.Throws<ArgumentException>("probes", () => ProgressMonitoring.DecideAll(twice, [0, 0, 2], [goal, goal]));
        Assert.StartsWith("Two probes are dated 2026-09-14; keep one per date.", e.Message);
        Assert.Throws<ArgumentOutOfRangeException>("probes", () => ProgressMonitoring.DecideAll([new(Monday, double.NaN)], [0, 1], [goal]));
        Probe[] three = [new(Monday.PlusWeeks(1), 3), new(Monday.PlusWeeks(2), 4), new(Monday.PlusWeeks(3), 5)];
        var early = new ProgressGoal(20, Monday.PlusWeeks(2));   // before the baseline the probes give (week 3)
        var g = Assert.Throws<ArgumentException>("goal", () => ProgressMonitoring.DecideAll(three, [0, 3], [early]));
        Assert.StartsWith("The goal date 2026-09-21 is not after the baseline date 2026-09-28.", g.Message);
    }

    [Fact]
    public void Students_and_reasons_outside_the_decisions_are_refused()
    {
        var batch = ProgressMonitoring.DecideAll([new(Monday.PlusWeeks(1), 3)], [0, 1], [new ProgressGoal(20, Monday.PlusWeeks(10), 10, Monday)]);
        Assert.Throws<ArgumentOutOfRangeException>("student", () => batch.Report(1));
        Assert.Throws<ArgumentOutOfRangeException>("student", () => batch.WithoutReasons(-1));
        Assert.Throws<ArgumentOutOfRangeException>("student", () => batch.ReasonCount(1));
        Assert.Throws<ArgumentOutOfRangeException>("index", () => batch.ReasonCode(0, batch.ReasonCount(0)));
        Assert.Throws<ArgumentOutOfRangeException>("index", () => batch.ReasonMessage(0, -1));
        Assert.Throws<ArgumentOutOfRangeException>("index", () => batch.SharedReason(0, 99));
    }
}
