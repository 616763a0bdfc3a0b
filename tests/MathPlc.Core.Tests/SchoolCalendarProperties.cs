using FsCheck.Fluent;
using MathPlc.Core;
using MathPlc.Tests;
using NodaTime;

namespace MathPlc.Core.Tests;

/// <summary>The fast calendar arithmetic agrees with a day-by-day walk, and adding then counting back is the identity.</summary>
public class SchoolCalendarProperties
{
    [Fact]
    public void Counting_agrees_with_walking_day_by_day() =>
        Prop.ForAll(CalendarGenerators.CalendarAndDate, Gen.Choose(0, 120).ToArbitrary(), (cd, span) =>
        {
            var (calendar, from) = cd;
            var to = from.PlusDays(span);
            Assert.Equal(Oracle.CountBetween(calendar, from, to), calendar.InstructionalDaysBetween(from, to));
        }).Check();

    [Fact]
    public void The_year_total_agrees_with_walking_day_by_day() =>
        Prop.ForAll(CalendarGenerators.Calendars.ToArbitrary(), calendar =>
            calendar.InstructionalDays == Oracle.CountBetween(calendar, calendar.FirstDay, calendar.LastDay)).Check(100);

    [Fact]
    public void Each_day_is_instructional_exactly_when_the_raw_rules_say_so() =>
        Prop.ForAll(CalendarGenerators.CalendarAndDate, cd =>
            cd.Calendar.IsInstructionalDay(cd.Date) == Oracle.IsInstructional(cd.Calendar, cd.Date)).Check();

    [Fact]
    public void Adding_n_instructional_days_then_counting_back_gives_n() =>
        Prop.ForAll(CalendarGenerators.CalendarAndDate, Gen.Choose(1, 200).ToArbitrary(), (cd, n) =>
        {
            var (calendar, date) = cd;
            if (!calendar.TryPlusInstructionalDays(date, n, out var later)) return;
            Assert.True(calendar.IsInstructionalDay(later));
            Assert.Equal(n, calendar.InstructionalDaysBetween(date.PlusDays(1), later));
        }).Check();

    [Fact]
    public void Subtracting_n_instructional_days_then_counting_forward_gives_n() =>
        Prop.ForAll(CalendarGenerators.CalendarAndDate, Gen.Choose(1, 200).ToArbitrary(), (cd, n) =>
        {
            var (calendar, date) = cd;
            if (!calendar.TryPlusInstructionalDays(date, -n, out var earlier)) return;
            Assert.True(calendar.IsInstructionalDay(earlier));
            Assert.Equal(n, calendar.InstructionalDaysBetween(earlier, date.PlusDays(-1)));
        }).Check();

    [Fact]
    public void Adding_fails_exactly_when_too_few_days_remain() =>
        Prop.ForAll(CalendarGenerators.CalendarAndDate, Gen.Choose(1, 400).ToArbitrary(), (cd, n) =>
        {
            var (calendar, date) = cd;
            int remaining = date >= calendar.LastDay ? 0 : Oracle.CountBetween(calendar, date.PlusDays(1), calendar.LastDay);
            return calendar.TryPlusInstructionalDays(date, n, out _) == (n <= remaining);
        }).Check();

    [Fact]
    public void The_nth_day_is_the_nth_instructional_day_of_the_year() =>
        Prop.ForAll(CalendarGenerators.Calendars.Where(c => c.InstructionalDays > 0).ToArbitrary(), Gen.Choose(1, 1000).ToArbitrary(), (calendar, k) =>
        {
            int n = 1 + (k - 1) % calendar.InstructionalDays;
            var date = calendar.NthInstructionalDay(n);
            Assert.True(calendar.IsInstructionalDay(date));
            Assert.Equal(n, Oracle.CountBetween(calendar, calendar.FirstDay, date));
        }).Check();

    [Fact]
    public void Weeks_partition_the_instructional_days_and_start_on_mondays() =>
        Prop.ForAll(CalendarGenerators.CalendarAndDate, Gen.Choose(0, 90).ToArbitrary(), (cd, span) =>
        {
            var (calendar, from) = cd;
            var to = from.PlusDays(span);
            var weeks = calendar.InstructionalWeeks(from, to);
            Assert.All(weeks, w => Assert.Equal(IsoDayOfWeek.Monday, w.Monday.DayOfWeek));
            Assert.All(weeks, w => Assert.InRange(w.InstructionalDays, 1, 7));
            Assert.Equal(weeks.Select(w => w.Monday).Order(), weeks.Select(w => w.Monday));
            Assert.Equal(calendar.InstructionalDaysBetween(from, to), weeks.Sum(w => w.InstructionalDays));
        }).Check();

    [Fact]
    public void Counting_is_additive_over_adjacent_ranges() =>
        Prop.ForAll(CalendarGenerators.CalendarAndDate, Gen.Choose(0, 60).ToArbitrary(), Gen.Choose(1, 60).ToArbitrary(), (cd, a, b) =>
        {
            var (calendar, from) = cd;
            var middle = from.PlusDays(a);
            var to = middle.PlusDays(b);
            return calendar.InstructionalDaysBetween(from, to)
                == calendar.InstructionalDaysBetween(from, middle) + calendar.InstructionalDaysBetween(middle.PlusDays(1), to);
        }).Check();

    [Fact]
    public void The_non_instructional_dates_are_exactly_the_closed_teaching_weekdays() =>
        Prop.ForAll(CalendarGenerators.Calendars.ToArbitrary(), calendar =>
        {
            var expected = new List<LocalDate>();
            for (var d = calendar.FirstDay; d <= calendar.LastDay; d = d.PlusDays(1))
                if (calendar.InstructionalWeekdays.Contains(d.DayOfWeek) && !calendar.IsInstructionalDay(d)) expected.Add(d);
            Assert.Equal(expected, calendar.NonInstructionalDates(calendar.FirstDay, calendar.LastDay).Select(n => n.Date));
        }).Check(100);
}
