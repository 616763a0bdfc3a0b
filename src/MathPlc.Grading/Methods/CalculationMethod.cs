namespace MathPlc.Grading;

/// <summary>
/// A proficiency calculation method: how one student's scores on one learning target, oldest first, become one
/// proficiency score. Methods are values (records with documented parameters and defaults), not interfaces to
/// implement; the set is closed and each derived record cites the systems and sources it follows.
/// </summary>
/// <remarks>
/// <para>
/// Every method reads scores in MathPlc's school order (date, then sequence, then input order; see
/// <see cref="MathPlc.Core.Evidence.SchoolOrder"/>). A method never returns zero, NaN or infinity for missing
/// evidence: it reports a <see cref="Grading.Shortfall"/> instead.
/// </para>
/// <para>
/// The arithmetic lives in <see cref="Compute"/>, which works on a span and allocates nothing, so the object form
/// (<see cref="Proficiency"/>) and the columnar batch form (<see cref="ProficiencyBatch"/>) run the same code.
/// </para>
/// </remarks>
public abstract record CalculationMethod
{
    private protected CalculationMethod() { }

    /// <summary>The method's name as the command line and JSON write it, e.g. <c>decaying-average</c>.</summary>
    public abstract string Name { get; }

    /// <summary>Whether the result ignores the order of the scores (mean, median, highest, top-mean, mode with the highest tie rule).</summary>
    public abstract bool IsOrderFree { get; }

    /// <summary>
    /// Whether the method weighs each piece of evidence by its own weight (<see cref="MathPlc.Core.Evidence.Weight"/>,
    /// the evidence file's <c>weight</c> column). Only <see cref="Mean"/> (the weighted mean Σwᵢsᵢ / Σwᵢ, Moodle's
    /// "Weighted mean of grades") and <see cref="RecentMean"/> (the weighted mean of its window) do; a method that
    /// cannot weigh refuses weighted evidence rather than ignoring the weights. Unweighted evidence beside weighted
    /// evidence weighs 1. Source: reference/grading.md §7 (Moodle gradebook; Infinite Campus district weights).
    /// </summary>
    public virtual bool CanWeigh => false;

    /// <summary>Computes the unrounded score from scores oldest first. Allocates nothing.</summary>
    internal abstract MethodOutcome Compute(ReadOnlySpan<double> oldestFirst);

    /// <summary>
    /// The weight each score had in the result, oldest first, for explanations: for averaging methods the
    /// coefficients of the weighted mean (they sum to 1); for a method that picks one score, 1 for that score and 0
    /// for the others; for regression methods the coefficients of the prediction (they may be negative).
    /// Called only when <see cref="Compute"/> scored.
    /// </summary>
    internal abstract void Weights(ReadOnlySpan<double> oldestFirst, Span<double> weights);

    /// <summary>Computes the unrounded score from scores oldest first, each with its evidence weight (zero or more); only when <see cref="CanWeigh"/>.</summary>
    internal virtual MethodOutcome ComputeWeighted(ReadOnlySpan<double> oldestFirst, ReadOnlySpan<double> evidenceWeights) =>
        throw new NotSupportedException($"The {Name} method does not weigh evidence.");

    /// <summary>The share each score had in a weighted result (see <see cref="ComputeWeighted"/>); only when <see cref="CanWeigh"/>.</summary>
    internal virtual void WeightedShares(ReadOnlySpan<double> oldestFirst, ReadOnlySpan<double> evidenceWeights, Span<double> weights) =>
        throw new NotSupportedException($"The {Name} method does not weigh evidence.");

    /// <summary>One sentence, in teachers' words, saying how the score was reached from <paramref name="count"/> scores.</summary>
    internal abstract string Describe(int count);

    /// <summary>
    /// One sentence, in teachers' words, saying how the score was reached from these scores (oldest first). Methods
    /// whose story depends on the scores (which model a best fit chose, whether a power law was clamped) override
    /// it; the others say what <see cref="Describe(int)"/> says.
    /// </summary>
    internal virtual string Describe(ReadOnlySpan<double> oldestFirst) => Describe(oldestFirst.Length);
}
