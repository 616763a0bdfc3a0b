using MathPlc.Core;
using NodaTime;

namespace MathPlc.Core.Tests;

/// <summary>Worked examples on the hand-counted 2026–27 year (see <see cref="SampleYear"/>) and one test per guard.</summary>
public class SchoolCalendarTests
{
    private static readonly SchoolCalendar Year = SampleYear.Calendar;

    [Fact]
    public void The_year_has_the_hand_counted_187_instructional_days() => Assert.Equal(187, Year.InstructionalDays);

    [Fact]
    public void Counting_the_whole_year_between_its_ends_agrees() =>
        Assert.Equal(187, Year.InstructionalDaysBetween(Year.FirstDay, Year.LastDay));

    [Theory]
    [InlineData("2026-08-17", "2026-08-31", 11)]   // Aug 17–21, 24–28, 31
    [InlineData("2026-09-01", "2026-09-30", 21)]   // 22 weekdays less Labor Day
    [InlineData("2026-08-17", "2026-10-16", 43)]   // Quarter 1: 11 + 21 + 11 (October 1–16 less the PD day)
    [InlineData("2026-12-21", "2027-01-01", 0)]    // winter break
    [InlineData("2026-11-23", "2026-11-29", 2)]    // Thanksgiving week: Monday and Tuesday
    [InlineData("2026-01-01", "2026-08-17", 1)]    // a range reaching before the year counts from its first day
    [InlineData("2027-06-04", "2027-12-31", 1)]    // and one reaching after it stops at the last day
    [InlineData("2027-06-05", "2027-12-31", 0)]
    public void Instructional_days_between_two_dates_match_the_printed_calendar(string from, string to, int expected) =>
        Assert.Equal(expected, Year.InstructionalDaysBetween(Date(from), Date(to)));

    [Theory]
    [InlineData("2026-08-17", true)]
    [InlineData("2026-08-22", false)]   // Saturday
    [InlineData("2026-09-07", false)]   // Labor Day
    [InlineData("2027-03-24", false)]   // inside spring break and a testing day
    [InlineData("2026-08-14", false)]   // before the year
    [InlineData("2027-06-07", false)]   // after it
    [InlineData("2027-06-04", true)]
    public void A_day_is_instructional_when_taught_inside_the_year_and_not_closed(string date, bool expected) =>
        Assert.Equal(expected, Year.IsInstructionalDay(Date(date)));

    [Theory]
    [InlineData(1, "2026-08-17")]
    [InlineData(11, "2026-08-31")]
    [InlineData(15, "2026-09-04")]
    [InlineData(16, "2026-09-08")]      // Labor Day skipped
    [InlineData(187, "2027-06-04")]
    public void The_nth_instructional_day_is_found(int n, string expected) =>
        Assert.Equal(Date(expected), Year.NthInstructionalDay(n));

    [Theory]
    [InlineData("2026-09-04", 1, "2026-09-08")]    // Friday before Labor Day → Tuesday
    [InlineData("2026-12-18", 1, "2027-01-04")]    // across winter break
    [InlineData("2027-01-04", -1, "2026-12-18")]
    [InlineData("2026-09-05", 0, "2026-09-05")]    // zero days is the date itself, even a Saturday
    [InlineData("2026-08-01", 1, "2026-08-17")]    // from before the year
    [InlineData("2027-07-01", -1, "2027-06-04")]   // from after the year, backwards
    public void Adding_instructional_days_skips_weekends_and_closures(string date, int days, string expected) =>
        Assert.Equal(Date(expected), Year.PlusInstructionalDays(Date(date), days));

    [Fact]
    public void The_year_has_39_instructional_weeks_and_none_in_winter_break()
    {
        var weeks = Year.InstructionalWeeks();
        Assert.Equal(39, weeks.Length);
        Assert.DoesNotContain(weeks, w => w.Monday == new LocalDate(2026, 12, 21) || w.Monday == new LocalDate(2026, 12, 28));
        Assert.Equal(new InstructionalWeek(new(2026, 11, 23), 2), weeks.Single(w => w.Monday == new LocalDate(2026, 11, 23)));
        Assert.Equal(187, weeks.Sum(w => w.InstructionalDays));
    }

    [Fact]
    public void A_week_cut_by_the_range_counts_only_the_days_inside_it()
    {
        // Wednesday 9 September to Tuesday 15 September 2026: Wed–Fri of one week, Mon–Tue of the next.
        var weeks = Year.InstructionalWeeks(new(2026, 9, 9), new(2026, 9, 15));
        Assert.Equal([new InstructionalWeek(new(2026, 9, 7), 3), new InstructionalWeek(new(2026, 9, 14), 2)], weeks.ToArray());
    }

    [Fact]
    public void Non_instructional_dates_are_listed_with_their_names_and_overlaps_joined()
    {
        var dates = Year.NonInstructionalDates(new(2027, 3, 20), new(2027, 3, 31));
        Assert.Equal(5, dates.Length);
        Assert.Equal(new NonInstructionalDate(new(2027, 3, 24), "Spring break; State testing make-up"), dates[2]);
        Assert.All(dates.Where(d => d.Date != new LocalDate(2027, 3, 24)), d => Assert.Equal("Spring break", d.Name));
    }

    [Fact]
    public void The_year_lists_23_closed_teaching_days() =>
        Assert.Equal(23, Year.NonInstructionalDates(Year.FirstDay, Year.LastDay).Length);

    [Fact]
    public void Grading_periods_are_kept_in_date_order_and_found_by_date()
    {
        Assert.Equal(["Quarter 1", "Quarter 2", "Quarter 3", "Quarter 4"], Year.GradingPeriods.Select(p => p.Name));
        Assert.Equal("Quarter 2", Year.GradingPeriodOn(new(2026, 12, 1))?.Name);
        Assert.Null(Year.GradingPeriodOn(new(2027, 3, 24)));   // spring break falls between quarters
    }

    [Fact]
    public void A_four_day_week_school_counts_only_its_weekdays()
    {
        var calendar = new SchoolCalendar(new(2026, 9, 1), new(2026, 9, 30),
            [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday]);
        Assert.Equal(18, calendar.InstructionalDays);   // September 2026: 4 Mondays … Thursdays each, plus Tue 1, Wed 2, Thu 3 → 5+5+4+4
    }

    [Fact]
    public void Calendars_with_the_same_content_are_equal()
    {
        var copy = new SchoolCalendar(Year.FirstDay, Year.LastDay, Year.InstructionalWeekdays.Reverse(), Year.NonInstructional, Year.GradingPeriods.Reverse());
        Assert.Equal(Year, copy);
        Assert.True(Year == copy);
        Assert.Equal(Year.GetHashCode(), copy.GetHashCode());
        Assert.NotEqual(Year, new SchoolCalendar(Year.FirstDay, Year.LastDay));
    }

    // Guards: one test each.

    [Fact]
    public void A_last_day_before_the_first_day_is_refused()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>("lastDay", () => new SchoolCalendar(new(2026, 9, 1), new(2026, 8, 31)));
        Assert.Contains("2026-08-31", e.Message);
        Assert.Contains("2026-09-01", e.Message);
    }

    [Fact]
    public void An_undefined_weekday_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>("instructionalWeekdays",
            () => new SchoolCalendar(SampleYear.FirstDay, SampleYear.LastDay, [IsoDayOfWeek.Monday, (IsoDayOfWeek)9]));

    [Fact]
    public void The_none_weekday_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>("instructionalWeekdays",
            () => new SchoolCalendar(SampleYear.FirstDay, SampleYear.LastDay, [IsoDayOfWeek.None]));

    [Fact]
    public void A_repeated_weekday_is_refused() =>
        Assert.Throws<ArgumentException>("instructionalWeekdays",
            () => new SchoolCalendar(SampleYear.FirstDay, SampleYear.LastDay, [IsoDayOfWeek.Monday, IsoDayOfWeek.Monday]));

    [Fact]
    public void No_weekdays_at_all_is_refused() =>
        Assert.Throws<ArgumentException>("instructionalWeekdays", () => new SchoolCalendar(SampleYear.FirstDay, SampleYear.LastDay, []));

    [Fact]
    public void A_non_instructional_range_outside_the_year_is_refused_with_its_index_and_name()
    {
        var e = Assert.Throws<ArgumentException>("nonInstructional[1]", () => new SchoolCalendar(SampleYear.FirstDay, SampleYear.LastDay,
            nonInstructional: [NonInstructionalPeriod.OnDate("Labor Day", new(2026, 9, 7)), new("Summer", new(2027, 6, 1), new(2027, 8, 1))]));
        Assert.Contains("\"Summer\"", e.Message);
        Assert.Contains("outside the school year", e.Message);
    }

    [Fact]
    public void A_null_non_instructional_period_is_refused() =>
        Assert.Throws<ArgumentException>("nonInstructional", () => new SchoolCalendar(SampleYear.FirstDay, SampleYear.LastDay, nonInstructional: [null!]));

    [Fact]
    public void A_grading_period_outside_the_year_is_refused_with_its_index_as_given() =>
        Assert.Throws<ArgumentException>("gradingPeriods[1]", () => new SchoolCalendar(SampleYear.FirstDay, SampleYear.LastDay,
            gradingPeriods: [new("Quarter 4", new(2027, 3, 29), new(2027, 6, 4)), new("Summer school", new(2027, 6, 7), new(2027, 7, 1))]));

    [Fact]
    public void A_week_must_start_on_a_monday() =>
        Assert.Throws<ArgumentException>("monday", () => new InstructionalWeek(new(2026, 9, 8), 3));

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    public void A_week_has_one_to_seven_instructional_days(int days) =>
        Assert.Throws<ArgumentOutOfRangeException>("instructionalDays", () => new InstructionalWeek(new(2026, 9, 7), days));

    [Fact]
    public void A_non_instructional_date_needs_a_name() =>
        Assert.Throws<ArgumentException>("name", () => new NonInstructionalDate(new(2026, 9, 7), "  "));

    [Fact]
    public void Overlapping_grading_periods_are_refused()
    {
        var e = Assert.Throws<ArgumentException>("gradingPeriods", () => new SchoolCalendar(SampleYear.FirstDay, SampleYear.LastDay,
            gradingPeriods: [new("Q1", new(2026, 8, 17), new(2026, 10, 16)), new("Q2", new(2026, 10, 16), new(2027, 1, 15))]));
        Assert.Contains("overlap", e.Message);
    }

    [Fact]
    public void A_date_in_another_calendar_system_is_refused() =>
        Assert.Throws<ArgumentException>("firstDay", () => new SchoolCalendar(new LocalDate(2026, 8, 17, CalendarSystem.Julian), SampleYear.LastDay));

    [Fact]
    public void A_range_that_ends_before_it_starts_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>("to", () => Year.InstructionalDaysBetween(new(2026, 9, 2), new(2026, 9, 1)));

    [Fact]
    public void Weeks_of_a_reversed_range_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>("to", () => Year.InstructionalWeeks(new(2026, 9, 2), new(2026, 9, 1)));

    [Fact]
    public void Running_past_the_end_of_the_year_is_refused_with_what_is_left()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>("days", () => Year.PlusInstructionalDays(new(2027, 6, 1), 4));
        Assert.Contains("only 3 instructional days after 2027-06-01", e.Message);
        Assert.False(Year.TryPlusInstructionalDays(new(2027, 6, 1), 4, out _));
    }

    [Fact]
    public void Running_before_the_start_of_the_year_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>("days", () => Year.PlusInstructionalDays(new(2026, 8, 19), -3));

    [Theory]
    [InlineData(0)]
    [InlineData(188)]
    public void An_nth_day_outside_the_year_is_refused(int n) =>
        Assert.Throws<ArgumentOutOfRangeException>("n", () => Year.NthInstructionalDay(n));

    [Fact]
    public void A_period_ending_before_it_starts_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>("end", () => new NonInstructionalPeriod("Break", new(2026, 12, 31), new(2026, 12, 21)));

    [Fact]
    public void A_period_needs_a_name() =>
        Assert.Throws<ArgumentException>("name", () => new GradingPeriod(" ", new(2026, 8, 17), new(2026, 10, 16)));

    [Fact]
    public void A_period_of_undefined_kind_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>("kind", () => NonInstructionalPeriod.OnDate("Day", new(2026, 9, 1), (NonInstructionalKind)42));

    private static LocalDate Date(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).GetValueOrThrow();
}
