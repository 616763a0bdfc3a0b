namespace MathPlc.Grading;

/// <summary>
/// The recursive decaying average: each newer score counts <see cref="NewerWeight"/>, everything before it the rest
/// (m₁ = s₁; mₖ = w·sₖ + (1 − w)·mₖ₋₁; the result is mₙ).
/// </summary>
/// <remarks>
/// <para>
/// Canvas "Decaying Average" (<c>standard_decaying_average</c>), PowerSchool Learning, MasteryConnect and Otus use
/// w = 0.65; Schoology 0.75; SchoolWise 0.60 or 0.75. Closed form: the oldest score weighs (1 − w)ⁿ⁻¹ and score k ≥ 2
/// weighs w·(1 − w)ⁿ⁻ᵏ; the weights sum to 1. One score gives that score. With w = 1 it is the most recent score.
/// PowerSchool Learning's own example: w = 0.65, scores 2 then 3 → 0.35·2 + 0.65·3 = 2.65.
/// </para>
/// <para>
/// Canvas stores the weight as a whole percent and computes <c>avg*(0.01*r) + b*(0.01*w)</c> with r = 100 − w, whose
/// factors are not always the doubles 0.65 and 1 − 0.65. To match Canvas to the bit, build the method with
/// <see cref="FromPercent"/>: it multiplies by exactly Canvas's factors; the constructor multiplies by w and 1 − w.
/// Both forms compute the same expression otherwise, and differ at most in the last bit.
/// </para>
/// Source: reference/grading.md §1, §2 and §3.3; Canvas LMS <c>app/models/rollup_score.rb</c>
/// (<c>standard_decaying_average</c>); PowerSchool Learning help.
/// </remarks>
public sealed record DecayingAverage : CalculationMethod
{
    private readonly RecencyWeight _weight;

    /// <summary>Creates the method with the newer score's weight as a fraction.</summary>
    /// <param name="newerWeight">The weight w of each newer score, more than 0 and at most 1; 0.65 by default.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="newerWeight"/> is not in (0, 1], or is NaN.</exception>
    public DecayingAverage(double newerWeight = 0.65)
    {
        _weight = RecencyWeight.FromFraction(newerWeight, nameof(newerWeight));
    }

    private DecayingAverage(int newerPercent)
    {
        _weight = RecencyWeight.FromPercent(newerPercent, nameof(newerPercent));
    }

    /// <summary>
    /// Creates the method with the newer score's weight as a whole percent, computing with Canvas's factors
    /// <c>0.01 * w</c> and <c>0.01 * (100 - w)</c> so results match Canvas's <c>standard_decaying_average</c> to the bit.
    /// </summary>
    /// <param name="newerPercent">The weight of each newer score in percent, 1 to 100 (Canvas allows 50 to 99; default 65).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="newerPercent"/> is not 1 to 100.</exception>
    public static DecayingAverage FromPercent(int newerPercent) => new(newerPercent);

    /// <summary>The weight w of each newer score, in (0, 1].</summary>
    public double NewerWeight => _weight.Weight;

    /// <summary>The weight as a whole percent when the method was made with <see cref="FromPercent"/> (Canvas arithmetic); otherwise null.</summary>
    public int? NewerPercent => _weight.Percent;

    /// <summary>The factors the arithmetic multiplies by, for the batch kernel (<see cref="ProficiencyBatch"/>).</summary>
    internal RecencyWeight Factors => _weight;

    /// <inheritdoc/>
    public override string Name => "decaying-average";

    /// <inheritdoc/>
    public override bool IsOrderFree => false;

    internal override MethodOutcome Compute(ReadOnlySpan<double> oldestFirst)
    {
        if (oldestFirst.IsEmpty) return MethodOutcome.Insufficient(Shortfall.NoEvidence);
        double m = oldestFirst[0], rest = _weight.Rest, recent = _weight.Recent;
        for (int i = 1; i < oldestFirst.Length; i++) m = m * rest + oldestFirst[i] * recent;   // Canvas: avg*(0.01*r) + b*(0.01*w)
        return MethodOutcome.Scored(m);
    }

    internal override void Weights(ReadOnlySpan<double> oldestFirst, Span<double> weights)
    {
        int n = oldestFirst.Length;
        double older = 1 - NewerWeight;
        weights[0] = Math.Pow(older, n - 1);
        for (int k = 1; k < n; k++) weights[k] = NewerWeight * Math.Pow(older, n - 1 - k);
    }

    internal override string Describe(int count) => count == 1
        ? "The only score (a decaying average of one score is that score)."
        : $"A decaying average of {SeriesMath.Scores(count)}: each newer score counts {SeriesMath.Percent(NewerWeight)}, everything before it {SeriesMath.Percent(1 - NewerWeight)}.";
}
