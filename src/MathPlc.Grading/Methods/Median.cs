namespace MathPlc.Grading;

/// <summary>The middle score; with an even number of scores, the mean of the two middle ones.</summary>
/// <remarks>
/// Moodle gradebook "Median of grades", Common Goal Systems and Rediker "Median" (even count → mean of the middle
/// two), Canvas's course aggregate median (<c>(sorted[(n-1)/2] + sorted[n/2]) / 2.0</c>). Order does not matter;
/// one unusually low or high score moves it little. Weights: 1 on the middle score, or ½ on each of the middle two
/// (among equal scores, the more recent).
/// Source: reference/grading.md §2; Canvas LMS <c>app/helpers/rollup_score_aggregator_helper.rb</c>.
/// </remarks>
public sealed record Median : CalculationMethod
{
    /// <inheritdoc/>
    public override string Name => "median";

    /// <inheritdoc/>
    public override bool IsOrderFree => true;

    internal override MethodOutcome Compute(ReadOnlySpan<double> oldestFirst) =>
        oldestFirst.IsEmpty ? MethodOutcome.Insufficient(Shortfall.NoEvidence) : MethodOutcome.Scored(SeriesMath.Median(oldestFirst));

    internal override void Weights(ReadOnlySpan<double> oldestFirst, Span<double> weights) => SeriesMath.MedianWeights(oldestFirst, weights);

    internal override string Describe(int count) => count % 2 == 1
        ? $"The middle score of {SeriesMath.Scores(count)} put in order."
        : $"The mean of the two middle scores of {SeriesMath.Scores(count)} put in order.";
}
