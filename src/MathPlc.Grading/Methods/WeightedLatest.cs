namespace MathPlc.Grading;

/// <summary>
/// The most recent score weighted <see cref="LatestWeight"/>, the mean of all earlier scores the rest:
/// w·sₙ + (1 − w)·mean(s₁…sₙ₋₁). One score gives that score.
/// </summary>
/// <remarks>
/// <para>
/// Canvas's older "Decaying Average" (<c>decaying_average</c>), renamed "Weighted Average" (<c>weighted_average</c>)
/// when Canvas introduced the recursive <see cref="DecayingAverage"/>; default 65 %, valid 1 to 99 %. Unlike the
/// recursive average, a score's influence does not fade with age: all earlier scores share 1 − w equally.
/// Illustration: w = 0.65, scores 1, 3, 5 → 0.65·5 + 0.35·2 = 3.95.
/// </para>
/// <para>
/// Canvas computes <c>latest*(0.01*w) + (sum(older)/len(older))*(0.01*(100-w))</c> with an integer percent; build the
/// method with <see cref="FromPercent"/> to use exactly those factors (and Canvas matched to the bit); the constructor
/// uses w and 1 − w. Earlier scores are summed as Ruby's <c>Array#sum</c> does.
/// </para>
/// Source: reference/grading.md §1, §2 and §3.3; Canvas LMS <c>app/models/rollup_score.rb</c> (<c>decaying_average</c>);
/// Canvas community blog "New and Updated Proficiency Calculations".
/// </remarks>
public sealed record WeightedLatest : CalculationMethod
{
    private readonly RecencyWeight _weight;

    /// <summary>Creates the method with the latest score's weight as a fraction.</summary>
    /// <param name="latestWeight">The weight w of the most recent score, more than 0 and at most 1; 0.65 by default.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="latestWeight"/> is not in (0, 1], or is NaN.</exception>
    public WeightedLatest(double latestWeight = 0.65)
    {
        _weight = RecencyWeight.FromFraction(latestWeight, nameof(latestWeight));
    }

    private WeightedLatest(int latestPercent)
    {
        _weight = RecencyWeight.FromPercent(latestPercent, nameof(latestPercent));
    }

    /// <summary>
    /// Creates the method with the latest score's weight as a whole percent, computing with Canvas's factors
    /// <c>0.01 * w</c> and <c>0.01 * (100 - w)</c> so results match Canvas's weighted average to the bit.
    /// </summary>
    /// <param name="latestPercent">The weight of the most recent score in percent, 1 to 100 (Canvas allows 1 to 99; default 65).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="latestPercent"/> is not 1 to 100.</exception>
    public static WeightedLatest FromPercent(int latestPercent) => new(latestPercent);

    /// <summary>The weight w of the most recent score, in (0, 1].</summary>
    public double LatestWeight => _weight.Weight;

    /// <summary>The weight as a whole percent when the method was made with <see cref="FromPercent"/> (Canvas arithmetic); otherwise null.</summary>
    public int? LatestPercent => _weight.Percent;

    /// <summary>The factors the arithmetic multiplies by, for the batch kernel (<see cref="ProficiencyBatch"/>).</summary>
    internal RecencyWeight Factors => _weight;

    /// <inheritdoc/>
    public override string Name => "weighted-latest";

    /// <inheritdoc/>
    public override bool IsOrderFree => false;

    internal override MethodOutcome Compute(ReadOnlySpan<double> oldestFirst)
    {
        if (oldestFirst.IsEmpty) return MethodOutcome.Insufficient(Shortfall.NoEvidence);
        if (oldestFirst.Length == 1) return MethodOutcome.Scored(oldestFirst[0]);
        return MethodOutcome.Scored(oldestFirst[^1] * _weight.Recent + SeriesMath.Mean(oldestFirst[..^1]) * _weight.Rest);
    }

    internal override void Weights(ReadOnlySpan<double> oldestFirst, Span<double> weights)
    {
        if (oldestFirst.Length == 1)
        {
            weights[0] = 1;
            return;
        }
        weights[..^1].Fill((1 - LatestWeight) / (oldestFirst.Length - 1));
        weights[^1] = LatestWeight;
    }

    internal override string Describe(int count) => count == 1
        ? "The only score (a weighted average of one score is that score)."
        : $"A weighted average of {SeriesMath.Scores(count)}: the most recent counts {SeriesMath.Percent(LatestWeight)}, the mean of the {(count == 2 ? "1 score" : $"{count - 1} scores")} before it {SeriesMath.Percent(1 - LatestWeight)}.";
}
