namespace MathPlc.Interventions;

/// <summary>The range of a group's size, <see cref="Minimum"/> to <see cref="Maximum"/> students.</summary>
/// <remarks>Tier 2: 3–5 students (Hawaii DOE, one adult to five students at most; projectmds); Tier 3: 1–3 (ckburns; HMH RTI reference). See reference/interventions.md §10.</remarks>
public readonly record struct GroupSize
{
    /// <summary>Creates a range.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> is below 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="maximum"/> is below <paramref name="minimum"/>: a range that cannot be met.</exception>
    public GroupSize(int minimum, int maximum)
    {
        Guard.Against.Below(minimum, 1);
        Guard.Against.Unmet(maximum >= minimum, nameof(maximum), $"A group size range {minimum}–{maximum} cannot be met: the maximum is below the minimum.");
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>The fewest students in a group.</summary>
    public int Minimum { get; }

    /// <summary>The most students in a group.</summary>
    public int Maximum { get; }

    /// <summary>Tier 2's default, 3–5.</summary>
    public static GroupSize Tier2Default => new(3, 5);

    /// <summary>Tier 3's default, 1–3.</summary>
    public static GroupSize Tier3Default => new(1, 3);
}
