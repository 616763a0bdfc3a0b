using MathPlc.Core;

namespace MathPlc.Grading;

/// <summary>A letter grade and the reasons that decided it (which band or which rule, from which scores).</summary>
/// <remarks>Invariants: the letter is not blank (it is trimmed); there is at least one reason. Equality is by content.</remarks>
public sealed record LetterGrade
{
    /// <summary>Creates a letter grade.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="letter"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="letter"/> is blank, or there is no reason or a null one.</exception>
    public LetterGrade(string letter, IEnumerable<Reason> reasons)
    {
        Guard.Against.NullOrWhiteSpace(letter);
        Letter = letter.Trim();
        Reasons = Guard.Against.NullOrNullElements(reasons, nameof(reasons));
        Guard.Against.Unmet(!Reasons.IsEmpty, nameof(reasons), "A letter grade must say why.");
    }

    /// <summary>The letter, e.g. <c>B</c>.</summary>
    public string Letter { get; }

    /// <summary>Why this letter: the band or the rule that decided, and for rules the ones passed over.</summary>
    public ValueArray<Reason> Reasons { get; }
}
