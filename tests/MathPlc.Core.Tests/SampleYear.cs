using MathPlc.Core;
using NodaTime;

namespace MathPlc.Core.Tests;

/// <summary>
/// A 2026–27 US school year used by the worked examples. Its facts were counted by hand from a printed
/// calendar, not by MathPlc: Monday 17 August 2026 to Friday 4 June 2027 holds 210 weekdays; the closures
/// below remove 23 of them (Labor Day 1, PD day 1, Thanksgiving 3, winter break 10, MLK Day 1,
/// Presidents' Day 1, spring break 5, Memorial Day 1; the testing make-up day falls inside spring break),
/// leaving 187 instructional days in 39 instructional weeks (42 Monday-weeks less two of winter break and
/// one of spring break).
/// </summary>
internal static class SampleYear
{
    public static readonly LocalDate FirstDay = new(2026, 8, 17);
    public static readonly LocalDate LastDay = new(2027, 6, 4);

    public static SchoolCalendar Calendar { get; } = new(FirstDay, LastDay,
        nonInstructional:
        [
            NonInstructionalPeriod.OnDate("Labor Day", new(2026, 9, 7), NonInstructionalKind.Holiday),
            NonInstructionalPeriod.OnDate("Professional development", new(2026, 10, 9), NonInstructionalKind.ProfessionalDevelopment),
            new("Thanksgiving break", new(2026, 11, 25), new(2026, 11, 27), NonInstructionalKind.Break),
            new("Winter break", new(2026, 12, 21), new(2027, 1, 1), NonInstructionalKind.Break),
            NonInstructionalPeriod.OnDate("Martin Luther King Jr. Day", new(2027, 1, 18), NonInstructionalKind.Holiday),
            NonInstructionalPeriod.OnDate("Presidents' Day", new(2027, 2, 15), NonInstructionalKind.Holiday),
            new("Spring break", new(2027, 3, 22), new(2027, 3, 26), NonInstructionalKind.Break),
            NonInstructionalPeriod.OnDate("State testing make-up", new(2027, 3, 24), NonInstructionalKind.Testing),
            NonInstructionalPeriod.OnDate("Memorial Day", new(2027, 5, 31), NonInstructionalKind.Holiday),
        ],
        gradingPeriods:
        [
            new("Quarter 2", new(2026, 10, 19), new(2027, 1, 15)),
            new("Quarter 1", new(2026, 8, 17), new(2026, 10, 16)),
            new("Quarter 3", new(2027, 1, 19), new(2027, 3, 19)),
            new("Quarter 4", new(2027, 3, 29), new(2027, 6, 4)),
        ]);
}
