using BenchmarkDotNet.Attributes;
using MathPlc.Core;
using NodaTime;

namespace MathPlc.Benchmarks;

/// <summary>
/// Counting instructional days over a school year and over a ten-year range. The baseline is what a first
/// version would write: walk day by day and test each date's weekday and every closure. MathPlc counts whole
/// weeks by arithmetic and finds closed days by binary search.
/// </summary>
[MemoryDiagnoser]
public class InstructionalDayBenchmarks
{
    private SchoolCalendar _calendar = null!;
    private HashSet<IsoDayOfWeek> _weekdays = null!;

    /// <summary>One school year (2026–27) or ten (2026–2036).</summary>
    [Params("one year", "ten years")]
    public string Range { get; set; } = "one year";

    [GlobalSetup]
    public void Setup()
    {
        _calendar = Range == "one year" ? Calendars.Year(2026) : Calendars.TenYears(2026);
        _weekdays = [.. _calendar.InstructionalWeekdays];
        if (DayByDay() != Counted()) throw new InvalidOperationException("The baseline and MathPlc disagree.");
    }

    /// <summary>Walk every day; test the weekday and scan the closures.</summary>
    [Benchmark(Baseline = true)]
    public int DayByDay()
    {
        int count = 0;
        for (var day = _calendar.FirstDay; day <= _calendar.LastDay; day = day.PlusDays(1))
        {
            if (!_weekdays.Contains(day.DayOfWeek)) continue;
            bool closed = false;
            foreach (var closure in _calendar.NonInstructional)
                if (closure.Contains(day)) { closed = true; break; }
            if (!closed) count++;
        }
        return count;
    }

    /// <summary>Walk every day but ask the calendar (binary search per day).</summary>
    [Benchmark]
    public int DayByDayOnTheCalendar()
    {
        int count = 0;
        for (var day = _calendar.FirstDay; day <= _calendar.LastDay; day = day.PlusDays(1))
            if (_calendar.IsInstructionalDay(day)) count++;
        return count;
    }

    /// <summary>MathPlc: whole weeks by arithmetic, closed days by binary search.</summary>
    [Benchmark]
    public int Counted() => _calendar.InstructionalDaysBetween(_calendar.FirstDay, _calendar.LastDay);

    /// <summary>The date 100 instructional days after the first day (binary search on the count).</summary>
    [Benchmark]
    public LocalDate HundredDaysLater() => _calendar.PlusInstructionalDays(_calendar.FirstDay, 100);

    /// <summary>Building the calendar itself, which precomputes the closed-day table.</summary>
    [Benchmark]
    public SchoolCalendar Construct() => new(_calendar.FirstDay, _calendar.LastDay, _calendar.InstructionalWeekdays, _calendar.NonInstructional);
}
