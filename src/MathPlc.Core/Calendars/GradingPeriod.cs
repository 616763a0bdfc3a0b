using NodaTime;

namespace MathPlc.Core;

/// <summary>A grading period of the school year (a quarter, trimester or semester). Both ends are included.</summary>
/// <remarks>Invariants: the name is not blank (it is trimmed); both dates are ISO dates and the end is not before the start.</remarks>
public sealed record GradingPeriod
{
    /// <summary>Creates a grading period.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, or a date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public GradingPeriod(string name, LocalDate start, LocalDate end)
    {
        Name = DateSpan.Check(name, start, end, "grading period");
        Start = start;
        End = end;
    }

    /// <summary>What the school calls it, e.g. <c>Quarter 1</c>.</summary>
    public string Name { get; }

    /// <summary>The first date of the period.</summary>
    public LocalDate Start { get; }

    /// <summary>The last date of the period (included).</summary>
    public LocalDate End { get; }

    /// <summary>Whether <paramref name="date"/> falls in this period.</summary>
    public bool Contains(LocalDate date) => date >= Start && date <= End;
}
