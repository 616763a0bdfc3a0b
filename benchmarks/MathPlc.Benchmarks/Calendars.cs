using MathPlc.Core;
using NodaTime;

namespace MathPlc.Benchmarks;

/// <summary>Realistic US school calendars for the benchmarks: one year, and ten consecutive years as one range.</summary>
internal static class Calendars
{
    /// <summary>The closures of the school year that starts in August of <paramref name="year"/>.</summary>
    public static IEnumerable<NonInstructionalPeriod> ClosuresOf(int year)
    {
        var laborDay = FirstMonday(year, 9);
        yield return NonInstructionalPeriod.OnDate("Labor Day", laborDay, NonInstructionalKind.Holiday);
        yield return NonInstructionalPeriod.OnDate("Professional development", laborDay.PlusDays(32), NonInstructionalKind.ProfessionalDevelopment);
        var thanksgiving = FirstMonday(year, 11).PlusDays(24);                      // the fourth Thursday
        yield return new("Thanksgiving break", thanksgiving.PlusDays(-1), thanksgiving.PlusDays(1), NonInstructionalKind.Break);
        yield return new("Winter break", new(year, 12, 21), new(year + 1, 1, 1), NonInstructionalKind.Break);
        yield return NonInstructionalPeriod.OnDate("Martin Luther King Jr. Day", FirstMonday(year + 1, 1).PlusDays(14), NonInstructionalKind.Holiday);
        yield return NonInstructionalPeriod.OnDate("Presidents' Day", FirstMonday(year + 1, 2).PlusDays(14), NonInstructionalKind.Holiday);
        var springBreak = FirstMonday(year + 1, 3).PlusDays(14);
        yield return new("Spring break", springBreak, springBreak.PlusDays(4), NonInstructionalKind.Break);
        yield return NonInstructionalPeriod.OnDate("State testing", springBreak.PlusDays(23), NonInstructionalKind.Testing);
        yield return NonInstructionalPeriod.OnDate("Memorial Day", FirstMonday(year + 1, 6).PlusDays(-7), NonInstructionalKind.Holiday);
    }

    public static SchoolCalendar Year(int year) =>
        new(FirstMonday(year, 8).PlusDays(14), FirstMonday(year + 1, 6).PlusDays(4), nonInstructional: ClosuresOf(year));

    /// <summary>Ten school years as one range (summers are closures too), about 3,600 days and 100 closures.</summary>
    public static SchoolCalendar TenYears(int firstYear)
    {
        var closures = new List<NonInstructionalPeriod>();
        for (int y = firstYear; y < firstYear + 10; y++)
        {
            closures.AddRange(ClosuresOf(y));
            if (y > firstYear)
                closures.Add(new("Summer", FirstMonday(y, 6).PlusDays(5), FirstMonday(y, 8).PlusDays(13), NonInstructionalKind.Break));
        }
        return new(FirstMonday(firstYear, 8).PlusDays(14), FirstMonday(firstYear + 10, 6).PlusDays(4), nonInstructional: closures);
    }

    private static LocalDate FirstMonday(int year, int month)
    {
        var first = new LocalDate(year, month, 1);
        return first.PlusDays(((int)IsoDayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7);
    }
}
