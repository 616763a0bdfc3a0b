using MathPlc.Cli.Shell;
using MathPlc.Cli.Text;
using MathPlc.Core;
using NodaTime;

namespace MathPlc.Cli.Calendar;

/// <summary>The dates a calendar command reports on, both ends included; <see cref="To"/> is never before <see cref="From"/>.</summary>
internal sealed record DateRange
{
    private DateRange(LocalDate from, LocalDate to) => (From, To) = (from, to);

    /// <summary>The first date of the range.</summary>
    public LocalDate From { get; }

    /// <summary>The last date of the range (included).</summary>
    public LocalDate To { get; }

    /// <summary>
    /// <c>--from</c> and <c>--to</c> as given, each defaulting to the calendar's first or last day.
    /// </summary>
    /// <exception cref="UsageException">The range ends before it starts.</exception>
    public static DateRange Resolve(SchoolCalendar calendar, LocalDate? from, LocalDate? to)
    {
        RequireOrdered(from, to);
        var start = from ?? calendar.FirstDay;
        var end = to ?? calendar.LastDay;
        if (end < start)
            throw new UsageException(
                $"--to {IsoDate.Format(end)}{(to is null ? " (the calendar's last day)" : "")} is before " +
                $"--from {IsoDate.Format(start)}{(from is null ? " (the calendar's first day)" : "")}.");
        return new DateRange(start, end);
    }

    /// <summary>Checks <c>--from</c> and <c>--to</c> against each other when both are given, before any file is read.</summary>
    /// <exception cref="UsageException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public static void RequireOrdered(LocalDate? from, LocalDate? to)
    {
        if (from is { } start && to is { } end && end < start)
            throw new UsageException($"--to {IsoDate.Format(end)} is before --from {IsoDate.Format(start)}.");
    }

    /// <summary>Every date of the range, in order.</summary>
    public IEnumerable<LocalDate> Dates()
    {
        for (var date = From; ; date = date.PlusDays(1))
        {
            yield return date;
            if (date == To) yield break; // never steps past To, even at the last representable date
        }
    }
}
