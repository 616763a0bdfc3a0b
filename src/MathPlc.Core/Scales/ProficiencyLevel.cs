namespace MathPlc.Core;

/// <summary>One named level of a proficiency scale and the lowest score that reaches it.</summary>
/// <remarks>Invariants: the label is not blank (it is trimmed) and the cut is a finite number.</remarks>
public sealed record ProficiencyLevel
{
    /// <summary>Creates a level.</summary>
    /// <param name="label">What teachers call the level, e.g. <c>Proficient</c>.</param>
    /// <param name="cut">The lowest score at this level.</param>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="label"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cut"/> is not finite.</exception>
    public ProficiencyLevel(string label, double cut)
    {
        Guard.Against.NullOrWhiteSpace(label);
        Guard.Against.NotFinite(cut, nameof(cut));
        Label = label.Trim();
        Cut = cut;
    }

    /// <summary>What teachers call the level.</summary>
    public string Label { get; }

    /// <summary>The lowest score at this level.</summary>
    public double Cut { get; }
}
