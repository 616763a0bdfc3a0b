using FsCheck;
using MathPlc.Core;
using FsCheck.Fluent;
using MathPlc.Tests;
using NodaTime;

namespace MathPlc.Teams.Tests;

/// <summary>The before / during / after-unit team actions laid out on the school calendar (decision 0049).</summary>
public class UnitAgendaTests
{
    // The five-week calendar of the CLI tests, counted from a wall calendar: 2026-08-31 (Mon) to 2026-10-02 (Fri), Labor
    // Day Mon 09-07 and the fall break Thu 09-24 to Mon 09-28 closed.
    private static readonly SchoolCalendar FiveWeeks = new(new LocalDate(2026, 8, 31), new LocalDate(2026, 10, 2), nonInstructional:
    [
        new NonInstructionalPeriod("Labor Day", new LocalDate(2026, 9, 7), new LocalDate(2026, 9, 7), NonInstructionalKind.Holiday),
        new NonInstructionalPeriod("Fall break", new LocalDate(2026, 9, 24), new LocalDate(2026, 9, 28), NonInstructionalKind.Break),
    ]);

    // Kanold et al.'s framing, four before-unit, three during-unit and three after-unit actions (the shipped template's shape).
    private static readonly TeamAction[] Actions =
    [
        new("essential-standards", UnitPhase.Before, "Agree on the essential standards."),
        new("pacing", UnitPhase.Before, "Agree on the pacing."),
        new("common-assessment", UnitPhase.Before, "Write the common assessment."),
        new("rich-tasks", UnitPhase.Before, "Choose the tasks."),
        new("tasks-in-class", UnitPhase.During, "Share how the tasks went."),
        new("formative-checks", UnitPhase.During, "Bring the formative check."),
        new("independent-practice", UnitPhase.During, "Review the independent practice."),
        new("analyse-assessment", UnitPhase.After, "Analyse the common assessment."),
        new("respond", UnitPhase.After, "Plan the response."),
        new("reflect", UnitPhase.After, "Reflect and set goals."),
    ];

    private static readonly IsoDayOfWeek[] MondayThursday = [IsoDayOfWeek.Monday, IsoDayOfWeek.Thursday];

    // By hand: the team's Mondays and Thursdays that are school days are 08-31, 09-03, 09-10, 09-14, 09-17, 09-21, 10-01
    // (09-07 is Labor Day; 09-24 and 09-28 fall in the break). A unit from Mon 09-14 to Wed 09-23: the two meetings
    // before are 09-03 and 09-10 (two before-actions each), the unit's meetings 09-14, 09-17, 09-21 (the three during-actions
    // each), and after it only 10-01 is left in the year, which takes all three after-actions.
    [Fact]
    public void A_unit_on_the_five_week_calendar_gets_the_meetings_counted_by_hand()
    {
        var agenda = UnitAgendas.Plan(FiveWeeks, new LocalDate(2026, 9, 14), new LocalDate(2026, 9, 23), MondayThursday, Actions);
        Assert.Equal(["2026-09-03", "2026-09-10", "2026-09-14", "2026-09-17", "2026-09-21", "2026-10-01"],
            agenda.Meetings.Select(m => m.Date.ToString("uuuu-MM-dd", null)).ToArray());
        Assert.Equal(["essential-standards", "pacing"], agenda.Meetings[0].Actions.Select(a => a.Id).ToArray());
        Assert.Equal(["common-assessment", "rich-tasks"], agenda.Meetings[1].Actions.Select(a => a.Id).ToArray());
        Assert.All(agenda.Meetings.Skip(2).Take(3), m => Assert.Equal(UnitPhase.During, m.Phase));
        Assert.All(agenda.Meetings.Skip(2).Take(3), m => Assert.Equal(3, m.Actions.Length));
        Assert.Equal(["analyse-assessment", "respond", "reflect"], agenda.Meetings[5].Actions.Select(a => a.Id).ToArray());
        Assert.Contains(agenda.Reasons, r => r.Code == "after-meetings" && r.Data["meetings"] == "1");
    }

    [Fact]
    public void A_phase_without_a_meeting_is_named_not_dropped()
    {
        var agenda = UnitAgendas.Plan(FiveWeeks, new LocalDate(2026, 8, 31), new LocalDate(2026, 10, 2), MondayThursday, Actions);
        Assert.Contains(agenda.Reasons, r => r.Code == "no-meeting-before" && r.Message.Contains("essential-standards", StringComparison.Ordinal));
        Assert.Contains(agenda.Reasons, r => r.Code == "no-meeting-after");
        Assert.All(agenda.Meetings, m => Assert.Equal(UnitPhase.During, m.Phase));
    }

    private static readonly Arbitrary<(int Start, int Length, IsoDayOfWeek[] Days, int Before, int After)> Cases =
        (from start in Gen.Choose(0, 32)
         from length in Gen.Choose(0, 12)
         from days in Gen.SubListOf([IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday])
         where days.Count > 0
         from before in Gen.Choose(1, 4)
         from after in Gen.Choose(1, 4)
         select (start, length, days.ToArray(), before, after)).ToArbitrary();

    // Every meeting is a school day on a meeting weekday; each before- and after-unit action is on exactly one meeting
    // unless its phase has none (then a reason names it); during-unit meetings all fall inside the unit.
    [Fact]
    public void Every_action_is_placed_once_or_named_and_every_meeting_is_a_school_day_the_team_meets() =>
        Prop.ForAll(Cases, c =>
        {
            var start = FiveWeeks.FirstDay.PlusDays(c.Start);
            var end = LocalDate.Min(start.PlusDays(c.Length), FiveWeeks.LastDay);
            var agenda = UnitAgendas.Plan(FiveWeeks, start, end, c.Days, Actions, c.Before, c.After);
            Assert.All(agenda.Meetings, m => Assert.True(FiveWeeks.IsInstructionalDay(m.Date) && c.Days.Contains(m.Date.DayOfWeek)));
            Assert.All(agenda.Meetings.Where(m => m.Phase == UnitPhase.During), m => Assert.InRange(m.Date, start, end));
            foreach (var phase in new[] { UnitPhase.Before, UnitPhase.After })
            {
                var placed = agenda.Meetings.Where(m => m.Phase == phase).SelectMany(m => m.Actions).Select(a => a.Id).ToArray();
                bool named = agenda.Reasons.Any(r => r.Code == $"no-meeting-{phase.ToString().ToLowerInvariant()}");
                Assert.True(named ? placed.Length == 0 : placed.SequenceEqual(Actions.Where(a => a.Phase == phase).Select(a => a.Id)));
                Assert.True(agenda.Meetings.Count(m => m.Phase == phase) <= (phase == UnitPhase.Before ? c.Before : c.After));
            }
        }).Check();

    // By hand on the five-week calendar: an assessment on Wed 09-23 after 5 teaching days starts the unit on Wed 09-16
    // (09-22, 09-21, 09-18, 09-17, 09-16); after 12 on Fri 09-04 (… 09-14, then 09-11 to 09-08, Labor Day 09-07 skipped,
    // then 09-04). The year has 16 instructional days before 09-23 (08-31 to 09-22 without 09-07), so 16 fit and 17 do not.
    [Theory]
    [InlineData(5, "2026-09-16")]
    [InlineData(12, "2026-09-04")]
    [InlineData(16, "2026-08-31")]
    public void A_unit_ends_on_its_assessment_and_starts_its_teaching_days_before(int teachingDays, string start)
    {
        var assessedOn = new LocalDate(2026, 9, 23);
        Assert.Equal((NodaTime.Text.LocalDatePattern.Iso.Parse(start).Value, assessedOn), UnitAgendas.UnitDays(FiveWeeks, assessedOn, teachingDays));
    }

    [Fact]
    public void A_unit_longer_than_the_days_before_its_assessment_has_no_dates() =>
        Assert.Null(UnitAgendas.UnitDays(FiveWeeks, new LocalDate(2026, 9, 23), 17));

    // Whatever the assessment date and length: the unit starts on a school day, holds exactly its teaching days before the
    // assessment, and has no dates only when the year has fewer school days before the assessment.
    [Fact]
    public void The_unit_holds_exactly_its_teaching_days_before_the_assessment() =>
        Prop.ForAll(Gen.Choose(0, 32).ToArbitrary(), Gen.Choose(1, 25).ToArbitrary(), (offset, teachingDays) =>
        {
            var assessedOn = FiveWeeks.FirstDay.PlusDays(offset);
            int available = offset == 0 ? 0 : FiveWeeks.InstructionalDaysBetween(FiveWeeks.FirstDay, assessedOn.PlusDays(-1));
            var days = UnitAgendas.UnitDays(FiveWeeks, assessedOn, teachingDays);
            Assert.Equal(teachingDays <= available, days is not null);
            if (days is { } d)
            {
                Assert.True(FiveWeeks.IsInstructionalDay(d.Start));
                Assert.Equal(teachingDays, FiveWeeks.InstructionalDaysBetween(d.Start, assessedOn.PlusDays(-1)));
                Assert.Equal(assessedOn, d.End);
            }
        }).Check();

    [Fact]
    public void Bad_unit_days_arguments_are_refused()
    {
        var day = new LocalDate(2026, 9, 23);
        Assert.Throws<ArgumentNullException>("calendar", () => UnitAgendas.UnitDays(null!, day, 5));
        Assert.Throws<ArgumentException>("assessedOn", () => UnitAgendas.UnitDays(FiveWeeks, new LocalDate(2026, 10, 5), 5));
        Assert.Throws<ArgumentException>("assessedOn", () => UnitAgendas.UnitDays(FiveWeeks, new LocalDate(2026, 8, 30), 5));
        Assert.Throws<ArgumentOutOfRangeException>("teachingDays", () => UnitAgendas.UnitDays(FiveWeeks, day, 0));
    }

    [Fact]
    public void Bad_arguments_are_refused()
    {
        var start = new LocalDate(2026, 9, 14);
        Assert.Throws<ArgumentNullException>("calendar", () => UnitAgendas.Plan(null!, start, start, MondayThursday, Actions));
        Assert.Throws<ArgumentException>("meetingDays", () => UnitAgendas.Plan(FiveWeeks, start, start, [], Actions));
        Assert.Throws<ArgumentException>("actions", () => UnitAgendas.Plan(FiveWeeks, start, start, MondayThursday, []));
        Assert.Throws<ArgumentException>("actions", () => UnitAgendas.Plan(FiveWeeks, start, start, MondayThursday, [Actions[0], Actions[0]]));
        Assert.Throws<ArgumentException>("unitEnd", () => UnitAgendas.Plan(FiveWeeks, start, start.PlusDays(-1), MondayThursday, Actions));
        Assert.Throws<ArgumentException>("unitStart", () => UnitAgendas.Plan(FiveWeeks, start, new LocalDate(2026, 10, 9), MondayThursday, Actions));
        Assert.Throws<ArgumentOutOfRangeException>("meetingsBefore", () => UnitAgendas.Plan(FiveWeeks, start, start, MondayThursday, Actions, 0));
        Assert.Throws<ArgumentOutOfRangeException>("meetingsAfter", () => UnitAgendas.Plan(FiveWeeks, start, start, MondayThursday, Actions, 1, 0));
        Assert.Throws<ArgumentException>("id", () => new TeamAction(" ", UnitPhase.Before, "x"));
        Assert.Throws<ArgumentException>("action", () => new TeamAction("x", UnitPhase.Before, ""));
        Assert.Throws<ArgumentOutOfRangeException>("phase", () => new TeamAction("x", (UnitPhase)9, "x"));
    }
}
