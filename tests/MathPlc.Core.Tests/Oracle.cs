using MathPlc.Core;
using NodaTime;

namespace MathPlc.Core.Tests;

/// <summary>
/// The obvious, slow definition of the calendar rules, written independently of <see cref="SchoolCalendar"/>:
/// walk day by day and test each date against the raw inputs. Properties compare the fast code to it.
/// </summary>
internal static class Oracle
{
    public static bool IsInstructional(SchoolCalendar calendar, LocalDate date) =>
        date >= calendar.FirstDay && date <= calendar.LastDay
        && calendar.InstructionalWeekdays.Contains(date.DayOfWeek)
        && !calendar.NonInstructional.Any(p => p.Start <= date && date <= p.End);

    public static int CountBetween(SchoolCalendar calendar, LocalDate from, LocalDate to)
    {
        int count = 0;
        for (var d = from; d <= to; d = d.PlusDays(1))
            if (IsInstructional(calendar, d)) count++;
        return count;
    }
}
