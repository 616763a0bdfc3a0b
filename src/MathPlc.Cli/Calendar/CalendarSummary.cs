using MathPlc.Core;

namespace MathPlc.Cli.Calendar;

/// <summary>
/// What <c>mathplc calendar</c> reports for a range: the instructional-day count, the instructional weeks and
/// the non-instructional dates with their names, all as <see cref="SchoolCalendar"/> computes them.
/// </summary>
/// <param name="Calendar">The school calendar read from the file.</param>
/// <param name="Range">The dates asked about.</param>
/// <param name="InstructionalDays">Instructional days in the range.</param>
/// <param name="Weeks">The calendar weeks with instructional days in the range, each with its count.</param>
/// <param name="NonInstructionalDates">Dates in the range with no instruction on an instructional weekday, with their names.</param>
internal sealed record CalendarSummary(
    SchoolCalendar Calendar,
    DateRange Range,
    int InstructionalDays,
    ImmutableArray<InstructionalWeek> Weeks,
    ImmutableArray<NonInstructionalDate> NonInstructionalDates)
{
    /// <summary>Asks the calendar about the range.</summary>
    public static CalendarSummary Of(SchoolCalendar calendar, DateRange range) => new(
        calendar,
        range,
        calendar.InstructionalDaysBetween(range.From, range.To),
        calendar.InstructionalWeeks(range.From, range.To),
        calendar.NonInstructionalDates(range.From, range.To));
}
