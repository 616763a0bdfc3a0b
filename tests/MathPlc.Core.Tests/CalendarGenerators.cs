using FsCheck;
using FsCheck.Fluent;
using MathPlc.Core;
using NodaTime;

namespace MathPlc.Core.Tests;

/// <summary>Random but valid school calendars: any length up to two years, any weekdays, overlapping closures.</summary>
internal static class CalendarGenerators
{
    private static readonly LocalDate Epoch = new(2020, 7, 1);

    public static Gen<SchoolCalendar> Calendars { get; } =
        from start in Gen.Choose(0, 2000)
        from length in Gen.Choose(0, 730)
        from mask in Gen.Choose(1, 127)
        from closures in Gen.Choose(0, 12).SelectMany(n => Closure(length).ArrayOf(n))
        select new SchoolCalendar(
            Epoch.PlusDays(start), Epoch.PlusDays(start + length),
            Enumerable.Range(1, 7).Where(d => (mask & (1 << (d - 1))) != 0).Select(d => (IsoDayOfWeek)d),
            closures.Select(c => new NonInstructionalPeriod($"closure {c.Offset}", Epoch.PlusDays(start + c.Offset), Epoch.PlusDays(start + c.Offset + c.Length))));

    private static Gen<(int Offset, int Length)> Closure(int yearLength) =>
        from offset in Gen.Choose(0, yearLength)
        from length in Gen.Choose(0, Math.Min(20, yearLength - offset))
        select (offset, length);

    /// <summary>A calendar with a date somewhere around it (possibly before or after the year).</summary>
    public static Arbitrary<(SchoolCalendar Calendar, LocalDate Date)> CalendarAndDate { get; } =
        (from calendar in Calendars
         from offset in Gen.Choose(-10, Period.Between(calendar.FirstDay, calendar.LastDay, PeriodUnits.Days).Days + 10)
         select (calendar, calendar.FirstDay.PlusDays(offset))).ToArbitrary();
}
