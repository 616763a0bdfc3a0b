using FsCheck;
using FsCheck.Fluent;
using MathPlc.Core;
using MathPlc.Interventions;
using MathPlc.Tests;
using NodaTime;

namespace MathPlc.Interventions.Tests;

/// <summary>Intervention plans on the school calendar, reviews with entry and exit criteria, and guards.</summary>
public sealed class PlanTests
{
    private static readonly TargetId A = new("6.RP.A.1");

    // 2026-08-31 is a Monday. Closed: Labor Day Mon 2026-09-07, Thanksgiving break Wed–Fri 2026-11-25..27 (counted on a wall calendar).
    private static readonly SchoolCalendar Fall = new(new LocalDate(2026, 8, 31), new LocalDate(2026, 12, 18), nonInstructional:
    [
        new NonInstructionalPeriod("Labor Day", new LocalDate(2026, 9, 7), new LocalDate(2026, 9, 7)),
        new NonInstructionalPeriod("Thanksgiving", new LocalDate(2026, 11, 25), new LocalDate(2026, 11, 27)),
    ]);

    [Fact] // Tier 2 four times a week for six weeks from Mon 2026-08-31; Labor Day week has Tue–Fri only.
    public void Sessions_fall_on_instructional_days_and_monitoring_every_two_weeks()
    {
        var plan = new InterventionPlan(Tier.Tier2, [A], "tier2-6.RP.A.1-1", sessionsPerWeek: 4, minutesPerSession: 30, cycleWeeks: 6, start: new LocalDate(2026, 8, 31));
        var scheduled = PlanScheduling.Schedule(plan, Fall);
        Assert.Equal(24, scheduled.Sessions.Length);
        Assert.Equal(new LocalDate(2026, 9, 8), scheduled.Sessions[4]); // week 2 starts on the Tuesday
        Assert.Equal(new LocalDate(2026, 9, 11), scheduled.Sessions[7]);
        // Monitoring at the last session of weeks 2, 4 and 6: Fri 09-11, Thu 09-24, Thu 10-08.
        Assert.Equal([new LocalDate(2026, 9, 11), new LocalDate(2026, 9, 24), new LocalDate(2026, 10, 8)], scheduled.MonitoringDates.ToArray());
        Assert.Equal([new LocalDate(2026, 10, 8)], scheduled.ReviewDates.ToArray());
        Assert.Equal(720, scheduled.TotalMinutes);
        Assert.Empty(scheduled.Reasons);
    }

    [Fact] // Six weeks from Mon 11-09; the Thanksgiving week (from Mon 11-23) has only Mon and Tue: five daily sessions become two, noted.
    public void A_short_week_loses_sessions_and_says_so()
    {
        var plan = new InterventionPlan(Tier.Tier3, [A], null, 5, 45, 6, new LocalDate(2026, 11, 9), reviewEveryWeeks: 3);
        var scheduled = PlanScheduling.Schedule(plan, Fall);
        Assert.Equal(5 * 5 + 2, scheduled.Sessions.Length);
        Assert.Equal("3", scheduled.Reasons.Single(r => r.Code == "sessions-lost").Data["lost"]);
        Assert.Equal(6, scheduled.MonitoringDates.Length); // Tier 3: weekly
        // Reviews at the end of week 3 (the Thanksgiving week: Tue 11-24) and of the cycle (Fri 12-18).
        Assert.Equal([new LocalDate(2026, 11, 24), new LocalDate(2026, 12, 18)], scheduled.ReviewDates.ToArray());
    }

    [Fact]
    public void A_cycle_past_the_calendar_is_cut_and_noted()
    {
        var scheduled = PlanScheduling.Schedule(new InterventionPlan(Tier.Tier2, [A], null, 3, 30, 8, new LocalDate(2026, 12, 7)), Fall);
        Assert.Equal(new LocalDate(2026, 12, 16), scheduled.Sessions[^1]);
        Assert.Contains(scheduled.Reasons, r => r.Code == "calendar-ends");
    }

    [Fact]
    public void Session_dates_are_all_instructional_days() =>
        Prop.ForAll(Gen.Choose(0, 100).ToArbitrary(), Gen.Choose(1, 7).ToArbitrary(), Gen.Choose(6, 12).ToArbitrary(), (offset, perWeek, weeks) =>
        {
            var plan = new InterventionPlan(Tier.Tier2, [A], null, perWeek, 30, weeks, Fall.FirstDay.PlusDays(offset));
            var scheduled = PlanScheduling.Schedule(plan, Fall);
            Assert.All(scheduled.Sessions, d => Assert.True(Fall.IsInstructionalDay(d)));
            Assert.All(scheduled.MonitoringDates.Concat(scheduled.ReviewDates), d => Assert.Contains(d, scheduled.Sessions));
            Assert.Equal(scheduled.Sessions.Length, scheduled.Sessions.Distinct().Count());
        }).Check();

    [Theory] // Reference §11: exit on reassessed proficiency, or raise-goal with screening ≥ 25; non-response at the end of Tier 2 → Tier 3.
    [InlineData(Tier.Tier2, null, true, null, false, ReviewOutcomeKind.Exit, "targets-proficient")]
    [InlineData(Tier.Tier2, ProgressDecisionKind.RaiseGoal, false, 25.0, false, ReviewOutcomeKind.Exit, "responding")]
    [InlineData(Tier.Tier2, ProgressDecisionKind.RaiseGoal, false, 24.0, false, ReviewOutcomeKind.Continue, "continue")]
    [InlineData(Tier.Tier2, ProgressDecisionKind.ChangeInstruction, false, null, true, ReviewOutcomeKind.MoveToTier3, "tier2-non-response")]
    [InlineData(Tier.Tier2, ProgressDecisionKind.ChangeInstruction, false, null, false, ReviewOutcomeKind.ChangeIntervention, "change-intervention")]
    [InlineData(Tier.Tier3, ProgressDecisionKind.ChangeInstruction, false, null, true, ReviewOutcomeKind.ChangeIntervention, "change-intervention")]
    [InlineData(Tier.Tier3, ProgressDecisionKind.InsufficientData, false, null, true, ReviewOutcomeKind.Continue, "continue")]
    public void Reviews_apply_the_entry_and_exit_criteria(Tier tier, ProgressDecisionKind? progress, bool proficient, double? percentile, bool end, ReviewOutcomeKind outcome, string code)
    {
        var plan = new InterventionPlan(tier, [A], null, 4, 30, 6, new LocalDate(2026, 9, 14));
        var (kind, reasons) = PlanReview.Evaluate(plan, progress, proficient, percentile, end);
        Assert.Equal(outcome, kind);
        Assert.Equal(code, Assert.Single(reasons).Code);
    }

    [Fact]
    public void Guards_name_their_parameter()
    {
        var start = new LocalDate(2026, 9, 14);
        Assert.Throws<ArgumentException>("tier", () => new InterventionPlan(Tier.Core, [A], null, 4, 30, 6, start));
        Assert.Throws<ArgumentException>("targets", () => new InterventionPlan(Tier.Tier2, [A, A], null, 4, 30, 6, start));
        Assert.Throws<ArgumentOutOfRangeException>("sessionsPerWeek", () => new InterventionPlan(Tier.Tier2, [A], null, 0, 30, 6, start));
        Assert.Throws<ArgumentOutOfRangeException>("sessionsPerWeek", () => new InterventionPlan(Tier.Tier2, [A], null, 8, 30, 6, start));
        Assert.Throws<ArgumentOutOfRangeException>("minutesPerSession", () => new InterventionPlan(Tier.Tier2, [A], null, 4, 0, 6, start));
        Assert.Throws<ArgumentOutOfRangeException>("cycleWeeks", () => new InterventionPlan(Tier.Tier2, [A], null, 4, 30, 5, start));
        Assert.Throws<ArgumentOutOfRangeException>("cycleWeeks", () => new InterventionPlan(Tier.Tier2, [A], null, 4, 30, 13, start));
        Assert.Throws<ArgumentOutOfRangeException>("monitorEveryWeeks", () => new InterventionPlan(Tier.Tier2, [A], null, 4, 30, 6, start, monitorEveryWeeks: 3));
        Assert.Throws<ArgumentOutOfRangeException>("monitorEveryWeeks", () => new InterventionPlan(Tier.Tier3, [A], null, 4, 30, 6, start, monitorEveryWeeks: 2));
        Assert.Throws<ArgumentOutOfRangeException>("reviewEveryWeeks", () => new InterventionPlan(Tier.Tier2, [A], null, 4, 30, 6, start, reviewEveryWeeks: 7));
        Assert.Throws<ArgumentException>("plan", () => PlanScheduling.Schedule(new InterventionPlan(Tier.Tier2, [A], null, 4, 30, 6, new LocalDate(2027, 1, 4)), Fall));
        Assert.Throws<ArgumentNullException>("calendar", () => PlanScheduling.Schedule(new InterventionPlan(Tier.Tier2, [A], null, 4, 30, 6, start), null!));
        Assert.Throws<ArgumentOutOfRangeException>("screeningPercentile", () => PlanReview.Evaluate(new InterventionPlan(Tier.Tier2, [A], null, 4, 30, 6, start), null, false, 120, false));
    }
}
