using NodaTime;

namespace MathPlc.Core;

/// <summary>
/// A named date or range of dates without instruction: a holiday, a break, a testing day.
/// Both ends are included; a single date has <see cref="Start"/> equal to <see cref="End"/>.
/// </summary>
/// <remarks>Invariants: the name is not blank (it is trimmed); both dates are ISO dates and the end is not before the start.</remarks>
public sealed record NonInstructionalPeriod
{
    /// <summary>Creates a non-instructional range of dates.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, or a date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>, or <paramref name="kind"/> is not defined.</exception>
    public NonInstructionalPeriod(string name, LocalDate start, LocalDate end, NonInstructionalKind kind = NonInstructionalKind.Other)
    {
        Name = DateSpan.Check(name, start, end, "non-instructional period");
        if (!Enum.IsDefined(kind)) throw new ArgumentOutOfRangeException(nameof(kind), kind, $"kind {(int)kind} is not a defined kind of non-instructional day.");
        Start = start;
        End = end;
        Kind = kind;
    }

    /// <summary>Creates a single non-instructional date.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, or the date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static NonInstructionalPeriod OnDate(string name, LocalDate date, NonInstructionalKind kind = NonInstructionalKind.Other) =>
        new(name, date, date, kind);

    /// <summary>What the school calls it, e.g. <c>Winter break</c>.</summary>
    public string Name { get; }

    /// <summary>The first date without instruction.</summary>
    public LocalDate Start { get; }

    /// <summary>The last date without instruction (included).</summary>
    public LocalDate End { get; }

    /// <summary>Why there is no instruction.</summary>
    public NonInstructionalKind Kind { get; }

    /// <summary>Whether <paramref name="date"/> falls in this period.</summary>
    public bool Contains(LocalDate date) => date >= Start && date <= End;
}
