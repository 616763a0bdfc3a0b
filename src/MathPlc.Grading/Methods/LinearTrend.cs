namespace MathPlc.Grading;

/// <summary>
/// The linear trend: a straight line fitted by least squares to the scores against their order (i = 1..n, oldest
/// first), read at the latest assessment, i = n. Like Excel's <c>TREND(scores, {1..n}, n)</c>.
/// </summary>
/// <remarks>
/// <para>
/// ŝ = mean s + β·(n − x̄), with x̄ = (n + 1)/2 and β = Σ(i − x̄)(sᵢ − mean s)/Σ(i − x̄)². One score gives that score.
/// The estimate can leave the range of the scores; it is held to [<see cref="ClampMinimum"/>,
/// <see cref="ClampMaximum"/>] when they are given (the command line passes the scale's ends unless told
/// <c>--no-clamp</c>).
/// </para>
/// <para>
/// The weight of each score is its exact coefficient in the prediction, wᵢ = 1/n + (n − x̄)(i − x̄)/Sxx with
/// Sxx = n(n² − 1)/12: the weights sum to 1, and the earliest scores have negative weight when n ≥ 3 (raising an
/// early score lowers the trend's end). Weights are those of the estimate before clamping.
/// </para>
/// <para>
/// Empower's "Linear" score estimator (one of the three its true score chooses from). Sources: Empower, "Score
/// Estimator Calculations"; Microsoft Excel <c>TREND</c>; reference/grading.md §2 and §4.3.
/// </para>
/// </remarks>
public sealed record LinearTrend : CalculationMethod
{
    /// <summary>Creates the method.</summary>
    /// <param name="clampMinimum">The lowest score the estimate may take, usually the scale's bottom; null for no lower clamp.</param>
    /// <param name="clampMaximum">The highest score the estimate may take, usually the scale's top; null for no upper clamp.</param>
    /// <exception cref="ArgumentOutOfRangeException">A clamp end is not finite, or <paramref name="clampMaximum"/> is below <paramref name="clampMinimum"/>.</exception>
    public LinearTrend(double? clampMinimum = null, double? clampMaximum = null)
    {
        Regression.CheckClamp(clampMinimum, clampMaximum);
        ClampMinimum = clampMinimum;
        ClampMaximum = clampMaximum;
    }

    /// <summary>The lowest score the estimate may take, or null.</summary>
    public double? ClampMinimum { get; }

    /// <summary>The highest score the estimate may take, or null.</summary>
    public double? ClampMaximum { get; }

    /// <inheritdoc/>
    public override string Name => "linear-trend";

    /// <inheritdoc/>
    public override bool IsOrderFree => false;

    internal override MethodOutcome Compute(ReadOnlySpan<double> oldestFirst) =>
        oldestFirst.IsEmpty
            ? MethodOutcome.Insufficient(Shortfall.NoEvidence)
            : MethodOutcome.Scored(Regression.Clamp(Regression.FitLine(oldestFirst).At(oldestFirst.Length), ClampMinimum, ClampMaximum));

    internal override void Weights(ReadOnlySpan<double> oldestFirst, Span<double> weights) => Regression.LineWeights(weights);

    internal override string Describe(int count) =>
        $"A straight line fitted to the {count} scores in order and read at the latest one (a linear trend).";

    internal override string Describe(ReadOnlySpan<double> oldestFirst) =>
        Describe(oldestFirst.Length)
        + Regression.ClampNote(Regression.FitLine(oldestFirst).At(oldestFirst.Length), ClampMinimum, ClampMaximum);
}
