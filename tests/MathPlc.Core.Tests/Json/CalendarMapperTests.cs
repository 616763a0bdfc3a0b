using System.Text.Json;
using MathPlc.Tests;
using NodaTime;

namespace MathPlc.Core.Tests.Json;

/// <summary>The calendar's contracts and mappers (decisions 0093, 0140): round trips, defaults, and every problem of a file listed.</summary>
public class CalendarMapperTests
{
    [Fact] public void Grading_periods_round_trip() => MapperChecks.RoundTrips<GradingPeriod, GradingPeriodContract, GradingPeriodJsonMapper>(CoreGenerators.GradingPeriod);

    [Fact] public void Non_instructional_periods_round_trip() =>
        MapperChecks.RoundTrips<NonInstructionalPeriod, NonInstructionalPeriodContract, NonInstructionalPeriodJsonMapper>(CoreGenerators.NonInstructionalPeriod);

    [Fact] public void Calendars_round_trip() => MapperChecks.RoundTrips<SchoolCalendar, SchoolCalendarContract, SchoolCalendarJsonMapper>(CoreGenerators.Calendar, 100);

    [Fact]
    public void An_absent_week_is_Monday_to_Friday_and_one_day_is_written_as_date()
    {
        var (calendar, problems) = MapperChecks.Map<SchoolCalendar, SchoolCalendarContract, SchoolCalendarJsonMapper>(
            """{"firstDay":"2026-08-24","lastDay":"2027-06-04","nonInstructional":[{"name":"Labor Day","start":"2026-09-07","end":"2026-09-07","kind":"HOLIDAY"}]}""");
        Assert.False(problems.Any);
        Assert.Equal([IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday], calendar!.InstructionalWeekdays.AsEnumerable());
        Assert.Equal(
            """{"firstDay":"2026-08-24","lastDay":"2027-06-04","instructionalWeekdays":["monday","tuesday","wednesday","thursday","friday"],"nonInstructional":[{"name":"Labor Day","date":"2026-09-07","kind":"holiday"}],"gradingPeriods":[]}""",
            JsonSerializer.Serialize(SchoolCalendarJsonMapper.ToContract(calendar), SchoolCalendarJsonMapper.Contract));
    }

    [Fact]
    public void Every_problem_of_a_calendar_is_listed_with_its_line()
    {
        var (calendar, problems) = MapperChecks.Map<SchoolCalendar, SchoolCalendarContract, SchoolCalendarJsonMapper>("""
            {
              "firstDay": "2026-08-24",
              "lastDay": "2027-06-04",
              "instructionalWeekdays": ["monday", "funday", null],
              "nonInstructional": [
                { "name": "Labor Day", "date": "2026-09-07", "start": "2026-09-07" },
                { "name": "Leap day", "date": "2027-02-29" },
                { "date": "2026-10-12", "kind": "feast" }
              ],
              "gradingPeriods": [ { "name": "Q1", "start": "2026-08-24" } ],
              "holidays": []
            }
            """);
        Assert.Null(calendar);
        Assert.Equal(
        [
            ("unknown-property", "$.holidays", 11),
            ("unknown-weekday", "$.instructionalWeekdays[1]", 4),
            ("wrong-type", "$.instructionalWeekdays[2]", 4),
            ("invalid-calendar", "$.nonInstructional[0]", 6),
            ("bad-date", "$.nonInstructional[1].date", 7),
            ("unknown-kind", "$.nonInstructional[2].kind", 8),
            ("missing-property", "$.nonInstructional[2]", 8),
            ("missing-property", "$.gradingPeriods[0]", 10),
        ], problems.Found.Select(d => (d.Code, d.Field!, d.Line!.Value)));
        Assert.Equal("the required property \"end\" is missing.", problems.Found[^1].Message);
    }

    [Fact]
    public void A_period_without_dates_asks_for_date()
    {
        var (period, problems) = MapperChecks.Map<NonInstructionalPeriod, NonInstructionalPeriodContract, NonInstructionalPeriodJsonMapper>("""{"name":"Closure"}""");
        Assert.Null(period);
        Assert.Equal("the required property \"date\" is missing.", problems.Found.Single().Message);
    }

    [Fact] // Every period outside the year is listed, each at its own index, even when the year is written last.
    public void Each_period_outside_the_year_is_a_problem_at_the_period()
    {
        var (calendar, problems) = MapperChecks.Map<SchoolCalendar, SchoolCalendarContract, SchoolCalendarJsonMapper>(
            """{"nonInstructional":[{"name":"Summer","start":"2027-06-01","end":"2027-08-20"}],"gradingPeriods":[{"name":"Q0","start":"2026-08-01","end":"2026-08-30"}],"firstDay":"2026-08-24","lastDay":"2027-06-04"}""");
        Assert.Null(calendar);
        Assert.Equal([("invalid-calendar", "$.nonInstructional[0]"), ("invalid-calendar", "$.gradingPeriods[0]")], problems.Found.Select(d => (d.Code, d.Field!)));
        Assert.Contains("\"Summer\" (2027-06-01 to 2027-08-20) is outside the school year", problems.Found[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"firstDay":"2026-08-24","lastDay":"2026-06-04"}""", "$.lastDay", "2026-06-04")]
    [InlineData("""{"firstDay":"2026-08-24","lastDay":"2027-06-04","instructionalWeekdays":["monday","Monday"]}""", "$.instructionalWeekdays", null)]
    [InlineData("""{"firstDay":"2026-08-24","lastDay":"2027-06-04","gradingPeriods":[{"name":"Q1","start":"2026-08-24","end":"2026-10-23"},{"name":"Q2","start":"2026-10-23","end":"2027-01-15"}]}""", "$.gradingPeriods", null)]
    public void A_broken_rule_of_the_year_is_one_invalid_calendar_problem(string json, string path, string? value)
    {
        var (calendar, problems) = MapperChecks.Map<SchoolCalendar, SchoolCalendarContract, SchoolCalendarJsonMapper>(json);
        Assert.Null(calendar);
        var only = Assert.Single(problems.Found);
        Assert.Equal(("invalid-calendar", path, value), (only.Code, only.Field, only.Value));
    }

    [Fact]
    public void The_mappers_guard_their_arguments()
    {
        MapperChecks.Guards<GradingPeriod, GradingPeriodContract, GradingPeriodJsonMapper>(new());
        MapperChecks.Guards<NonInstructionalPeriod, NonInstructionalPeriodContract, NonInstructionalPeriodJsonMapper>(new());
        MapperChecks.Guards<SchoolCalendar, SchoolCalendarContract, SchoolCalendarJsonMapper>(new());
    }
}
