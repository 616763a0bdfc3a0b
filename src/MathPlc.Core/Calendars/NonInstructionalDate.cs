using NodaTime;

namespace MathPlc.Core;

/// <summary>
/// A date that would be instructional by its weekday but has no instruction, with the name of the
/// non-instructional period (or periods, joined with <c>"; "</c> in the order declared) it falls in.
/// </summary>
/// <remarks>Invariants: the date is an ISO date; the name is not blank (it is trimmed).</remarks>
public sealed record NonInstructionalDate
{
    /// <summary>Creates a non-instructional date.</summary>
    /// <param name="date">The date.</param>
    /// <param name="name">The name of the holiday, break or other period.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, or <paramref name="date"/> is not in the ISO calendar.</exception>
    public NonInstructionalDate(LocalDate date, string name)
    {
        Guard.Against.NotIsoCalendar(date, nameof(date));
        Guard.Against.NullOrWhiteSpace(name);
        Date = date;
        Name = name.Trim();
    }

    /// <summary>The date.</summary>
    public LocalDate Date { get; }

    /// <summary>The name of the holiday, break or other period.</summary>
    public string Name { get; }
}
