namespace MathPlc.Grading;

/// <summary>The mean of the <see cref="Count"/> highest scores; with fewer, the mean of all of them.</summary>
/// <remarks>
/// Educate/cbk12 "Average of 3 Highest"; Slate CBL averages the top X demonstrations. With fewer than K scores the
/// method uses what exists (a design choice: no vendor documents it). Order does not matter. Weights: equal shares on
/// the K highest (the more recent of equal scores at the cut), 0 on the others.
/// Source: reference/grading.md §2 and §10.2.
/// </remarks>
public sealed record TopMean : CalculationMethod
{
    /// <summary>Creates the method.</summary>
    /// <param name="count">K: how many of the highest scores count; at least 1; 3 by default (Educate).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    public TopMean(int count = 3)
    {
        Guard.Against.Below(count, 1);
        Count = count;
    }

    /// <summary>K: how many of the highest scores count.</summary>
    public int Count { get; }

    /// <inheritdoc/>
    public override string Name => "top-mean";

    /// <inheritdoc/>
    public override bool IsOrderFree => true;

    internal override MethodOutcome Compute(ReadOnlySpan<double> oldestFirst)
    {
        if (oldestFirst.IsEmpty) return MethodOutcome.Insufficient(Shortfall.NoEvidence);
        using var scratch = new ScoreScratch(stackalloc double[ScoreScratch.StackLimit], oldestFirst.Length);
        var sorted = scratch.SortedCopy(oldestFirst);
        return MethodOutcome.Scored(SeriesMath.Mean(sorted[Math.Max(0, sorted.Length - Count)..]));
    }

    internal override void Weights(ReadOnlySpan<double> oldestFirst, Span<double> weights)
    {
        weights.Clear();
        var order = SeriesMath.RankOrder(oldestFirst);
        int taken = Math.Min(Count, order.Length);
        for (int i = order.Length - taken; i < order.Length; i++) weights[order[i]] = 1.0 / taken;
    }

    internal override string Describe(int count) => count <= Count
        ? $"The mean of all {SeriesMath.Scores(count)} (the method looks at up to the {Count} highest)."
        : $"The mean of the {Count} highest of {SeriesMath.Scores(count)}.";
}
