namespace MathPlc.Assessments;

/// <summary>The settings of an item analysis, with documented defaults.</summary>
/// <remarks>
/// Flag thresholds follow common classroom-test guidance: difficulty between .30 and .90 is usable; a corrected
/// item-total correlation or upper–lower index below .20 discriminates weakly and below 0 negatively (Ebel &amp;
/// Frisbie 1991, <i>Essentials of Educational Measurement</i>, discrimination bands .40/.30/.20). Kelley (1939) gives
/// the 27 % upper and lower groups.
/// </remarks>
public sealed record ItemAnalysisOptions
{
    /// <summary>Creates the options.</summary>
    /// <param name="missing">How a missing item score enters alpha; pairwise by default (as the CLI).</param>
    /// <param name="groupFraction">The share of students in each of the upper and lower groups; 0.27 (Kelley) by default.</param>
    /// <param name="tooEasyAbove">Difficulty above which an item is flagged too easy; 0.90.</param>
    /// <param name="tooHardBelow">Difficulty below which an item is flagged too hard; 0.30.</param>
    /// <param name="weakDiscriminationBelow">Corrected item-total correlation below which discrimination is weak; 0.20.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside its range, or the difficulty bounds cross.</exception>
    public ItemAnalysisOptions(MissingDataPolicy missing = MissingDataPolicy.Pairwise, double groupFraction = 0.27,
        double tooEasyAbove = 0.90, double tooHardBelow = 0.30, double weakDiscriminationBelow = 0.20)
    {
        if (!Enum.IsDefined(missing)) throw new ArgumentOutOfRangeException(nameof(missing), missing, $"Unknown missing-data policy {missing}.");
        Guard.Against.OutsideRange(groupFraction, 0.01, 0.5, nameof(groupFraction));
        Guard.Against.OutsideRange(tooEasyAbove, 0, 1, nameof(tooEasyAbove));
        Guard.Against.OutsideRange(tooHardBelow, 0, tooEasyAbove, nameof(tooHardBelow));
        Guard.Against.OutsideRange(weakDiscriminationBelow, 0, 1, nameof(weakDiscriminationBelow));
        Missing = missing;
        GroupFraction = groupFraction;
        TooEasyAbove = tooEasyAbove;
        TooHardBelow = tooHardBelow;
        WeakDiscriminationBelow = weakDiscriminationBelow;
    }

    /// <summary>How a missing item score enters alpha.</summary>
    public MissingDataPolicy Missing { get; }

    /// <summary>The share of students in each of the upper and lower groups.</summary>
    public double GroupFraction { get; }

    /// <summary>Difficulty above which an item is too easy.</summary>
    public double TooEasyAbove { get; }

    /// <summary>Difficulty below which an item is too hard.</summary>
    public double TooHardBelow { get; }

    /// <summary>Corrected item-total correlation below which discrimination is weak.</summary>
    public double WeakDiscriminationBelow { get; }
}
