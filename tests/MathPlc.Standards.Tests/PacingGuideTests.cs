using MathPlc.Core;
using MathPlc.Standards;
using NodaTime;

namespace MathPlc.Standards.Tests;

// Dates worked by hand on a printed 2026–27 calendar: school starts Monday 24 August 2026, Labor Day Monday 7 September.
public class PacingGuideTests
{
    private static readonly GradingPeriod Q1 = new("Quarter 1", new LocalDate(2026, 8, 24), new LocalDate(2026, 10, 23));
    private static readonly GradingPeriod Q2 = new("Quarter 2", new LocalDate(2026, 10, 26), new LocalDate(2027, 1, 22));

    private static SchoolCalendar Year(params NonInstructionalPeriod[] extra) => new(new LocalDate(2026, 8, 24), new LocalDate(2027, 6, 4), null,
        [NonInstructionalPeriod.OnDate("Labor Day", new LocalDate(2026, 9, 7), NonInstructionalKind.Holiday),
         new NonInstructionalPeriod("Winter break", new LocalDate(2026, 12, 21), new LocalDate(2027, 1, 1), NonInstructionalKind.Break), .. extra],
        [Q1, Q2]);

    private static readonly UnitPlan[] Units =
    [
        new("Unit 1: Ratios", 10, assessmentDays: 1, flexDays: 2),
        new("Unit 2: Rates", 8, assessmentDays: 1, flexDays: 1),
        new("Unit 3: Percent", 21, assessmentDays: 1, flexDays: 0),
    ];

    private static LocalDate D(int month, int day) => new(month >= 8 ? 2026 : 2027, month, day);

    [Fact]
    public void Units_are_scheduled_in_order_on_instructional_days_only()
    {
        var guide = PacingGuide.Schedule(Year(), Units);
        var (u1, u2, u3) = (guide.Units[0], guide.Units[1], guide.Units[2]);
        // Unit 1: Aug 24–28, Aug 31–Sep 4 (10 teaching), Labor Day off, assessment Tue Sep 8, flex Sep 9–10.
        Assert.Equal((D(8, 24), D(9, 10)), (u1.StartsOn, u1.EndsOn));
        Assert.Equal([D(9, 8)], u1.AssessmentOn.ToArray());
        Assert.Equal([D(9, 9), D(9, 10)], u1.FlexOn.ToArray());
        // Unit 2: Fri Sep 11, Sep 14–18, Sep 21–22 (8 teaching), assessment Sep 23, flex Sep 24.
        Assert.Equal((D(9, 11), D(9, 24), D(9, 23)), (u2.StartsOn, u2.EndsOn, u2.AssessmentOn[0]));
        // Unit 3: Fri Sep 25 … Fri Oct 23 is 21 teaching days; the assessment falls on Mon Oct 26, in Quarter 2.
        Assert.Equal((D(9, 25), D(10, 26)), (u3.StartsOn, u3.EndsOn));
        Assert.Empty(u1.Warnings);
        Assert.Equal("crosses-grading-period", Assert.Single(u3.Warnings).Code);
        Assert.Equal(22, u3.InstructionalDays);
    }

    [Fact]
    public void A_unit_across_winter_break_and_new_year_is_flagged()
    {
        var guide = PacingGuide.Schedule(Year(), [new UnitPlan("Winter unit", 10)], new LocalDate(2026, 12, 14));
        Assert.Equal((D(12, 14), D(1, 11)), (guide.Units[0].StartsOn, guide.Units[0].EndsOn)); // Dec 14–18, break, Jan 4–8 teach, assessment Mon Jan 11
        Assert.Contains(guide.Units[0].Warnings, w => w.Code == "crosses-new-year");
    }

    [Fact] // Closure Tue Sep 15 and Wed Sep 16 (2 days lost), re-paced from Mon Sep 14 while Unit 2 is in progress.
    public void Re_pacing_with_flex_days_absorbs_lost_days_first()
    {
        var guide = PacingGuide.Schedule(Year(), Units);
        var closed = Year(new NonInstructionalPeriod("Water main break", D(9, 15), D(9, 16), NonInstructionalKind.Closure));
        var result = guide.Repace(closed, D(9, 14));
        Assert.Equal(2, result.DaysLost);
        Assert.Equal(1, result.AbsorbedByFlex); // Unit 2's one unused flex day; Unit 3 has none
        Assert.False(result.Shifts[0].Moved);
        // Unit 2 (now 8 + 1 + 0): Sep 11 taught, then Sep 14, 17, 18, 21, 22, 23, 24 → assessment Fri Sep 25.
        Assert.Equal((D(9, 11), D(9, 25), 1, 1), (result.Shifts[1].NewStart, result.Shifts[1].NewEnd, result.Shifts[1].EndShift, result.Shifts[1].FlexDaysUsed));
        // Unit 3 starts Mon Sep 28 and its 22 days end Tue Oct 27, one instructional day later than Oct 26.
        Assert.Equal((D(9, 28), D(10, 27), 1), (result.Shifts[2].NewStart, result.Shifts[2].NewEnd, result.Shifts[2].EndShift));
        Assert.Equal(["Unit 2: Rates", "Unit 3: Percent"], result.Moved.Select(s => s.Unit));
    }

    [Fact]
    public void Re_pacing_without_flex_days_moves_the_last_unit_by_the_days_lost()
    {
        var guide = PacingGuide.Schedule(Year(), Units);
        var closed = Year(new NonInstructionalPeriod("Water main break", D(9, 15), D(9, 16), NonInstructionalKind.Closure));
        var result = guide.Repace(closed, D(9, 14), useFlexDays: false);
        // Unit 2: Sep 11, 14, 17, 18, 21, 22, 23, 24 teach, Sep 25 assess, Sep 28 flex; Unit 3: Sep 29 … Oct 28.
        Assert.Equal((D(9, 28), D(10, 28)), (result.Guide.Units[1].EndsOn, result.Guide.Units[2].EndsOn));
        Assert.Equal(2, result.Shifts[2].EndShift);
        Assert.Equal(0, result.AbsorbedByFlex);
    }

    [Fact]
    public void A_section_behind_the_guide_is_counted_in_instructional_days()
    {
        var guide = PacingGuide.Schedule(Year(), Units);
        // Unit 2 planned Fri Sep 11 – Thu Sep 24; the section started Tue Sep 15 (2 days late) and finished Mon Sep 28 (2 days late).
        var deviation = PacingDeviation.Of(guide, new SectionId("p3"), "unit 2: rates", D(9, 15), D(9, 28));
        Assert.Equal((2, (int?)2), (deviation.StartDeviation, deviation.EndDeviation));
        Assert.Equal("behind-start", deviation.Reasons[0].Code);
        Assert.Equal(-1, PacingDeviation.Of(guide, new SectionId("p4"), "Unit 2: Rates", D(9, 10)).StartDeviation);
    }

    [Fact]
    public void Units_longer_than_the_remaining_year_are_refused_naming_the_unit()
    {
        var e = Assert.Throws<ArgumentException>(() => PacingGuide.Schedule(Year(), [new UnitPlan("Too long", 200)]));
        Assert.Equal("units", e.ParamName);
        Assert.Contains("\"Too long\"", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_calendar_without_instructional_days_is_refused()
    {
        var weekend = new SchoolCalendar(new LocalDate(2026, 8, 29), new LocalDate(2026, 8, 30));
        Assert.Equal("calendar", Assert.Throws<ArgumentException>(() => PacingGuide.Schedule(weekend, Units)).ParamName);
    }

    [Fact]
    public void Guards_name_their_parameter()
    {
        Assert.Equal("teachingDays", Assert.Throws<ArgumentOutOfRangeException>(() => new UnitPlan("U", 0)).ParamName);
        Assert.Equal("flexDays", Assert.Throws<ArgumentOutOfRangeException>(() => new UnitPlan("U", 1, flexDays: -1)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => new UnitPlan(" ", 1)).ParamName);
        Assert.Equal("units", Assert.Throws<ArgumentException>(() => PacingGuide.Schedule(Year(), [new UnitPlan("A", 1), new UnitPlan("a", 1)])).ParamName);
        Assert.Equal("startOn", Assert.Throws<ArgumentOutOfRangeException>(() => PacingGuide.Schedule(Year(), Units, new LocalDate(2027, 7, 1))).ParamName);
        Assert.Equal("units", Assert.Throws<ArgumentNullException>(() => PacingGuide.Schedule(Year(), null!)).ParamName);
        var guide = PacingGuide.Schedule(Year(), Units);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => guide.Unit("Unit 9")).ParamName);
        Assert.Equal("finishedOn", Assert.Throws<ArgumentOutOfRangeException>(() => PacingDeviation.Of(guide, new SectionId("p"), "Unit 1: Ratios", D(9, 10), D(9, 1))).ParamName);
        Assert.Equal("newCalendar", Assert.Throws<ArgumentNullException>(() => guide.Repace(null!, D(9, 1))).ParamName);
        Assert.Equal("Id", Assert.Throws<ArgumentException>(() => new EssentialTarget(default, null, "s", RigorTags.None)).ParamName);
    }
}
