namespace MathPlc.Grading;

/// <summary>The mean of all the scores: Σsᵢ / n.</summary>
/// <remarks>
/// Canvas "Average", Moodle "Mean of grades", Otus "Mean", SchoolWise "Arithmetic Mean". Order does not matter.
/// Standards-based grading writers (O'Connor, Guskey) caution that a mean lets early struggles pull down a
/// student who has since learned the target; Canvas's own interface warns the same.
/// The sum is compensated as Ruby's <c>Array#sum</c> computes it, so Canvas's "Average" is matched to the bit.
/// Source: reference/grading.md §2; Canvas LMS <c>app/models/rollup_score.rb</c>.
/// </remarks>
public sealed record Mean : CalculationMethod
{
    /// <inheritdoc/>
    public override string Name => "mean";

    /// <inheritdoc/>
    public override bool IsOrderFree => true;

    internal override MethodOutcome Compute(ReadOnlySpan<double> oldestFirst)
    {
        if (oldestFirst.IsEmpty) return MethodOutcome.Insufficient(Shortfall.NoEvidence);
        return MethodOutcome.Scored(SeriesMath.Mean(oldestFirst));
    }

    internal override void Weights(ReadOnlySpan<double> oldestFirst, Span<double> weights) => weights.Fill(1.0 / oldestFirst.Length);

    /// <inheritdoc/>
    /// <remarks>The weighted mean Σwᵢsᵢ / Σwᵢ (Moodle "Weighted mean of grades"): 1 weighted 1 and 4 weighted 9 give 3.7.</remarks>
    public override bool CanWeigh => true;

    internal override MethodOutcome ComputeWeighted(ReadOnlySpan<double> oldestFirst, ReadOnlySpan<double> evidenceWeights) => oldestFirst.IsEmpty
        ? MethodOutcome.Insufficient(Shortfall.NoEvidence)
        : SeriesMath.WeightedMean(oldestFirst, evidenceWeights);

    internal override void WeightedShares(ReadOnlySpan<double> oldestFirst, ReadOnlySpan<double> evidenceWeights, Span<double> weights) =>
        SeriesMath.WeightShares(evidenceWeights, weights);

    internal override string Describe(int count) => $"The mean of all {count} scores.";
}
