namespace MathPlc.Grading;

/// <summary>The median of the <see cref="Count"/> most recent scores; with fewer, the median of all of them.</summary>
/// <remarks>
/// Common Goal Systems "Median" over the N most recent scores (fewer than N → use those available; even count → mean
/// of the two middle scores). Weights as <see cref="Median"/>, inside the window.
/// Source: reference/grading.md §2 and §7.
/// </remarks>
public sealed record RecentMedian : CalculationMethod
{
    /// <summary>Creates the method.</summary>
    /// <param name="count">N: how many of the most recent scores count; at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    public RecentMedian(int count)
    {
        Guard.Against.Below(count, 1);
        Count = count;
    }

    /// <summary>N: how many of the most recent scores count.</summary>
    public int Count { get; }

    /// <inheritdoc/>
    public override string Name => "recent-median";

    /// <inheritdoc/>
    public override bool IsOrderFree => false;

    internal override MethodOutcome Compute(ReadOnlySpan<double> oldestFirst) => oldestFirst.IsEmpty
        ? MethodOutcome.Insufficient(Shortfall.NoEvidence)
        : MethodOutcome.Scored(SeriesMath.Median(SeriesMath.Recent(oldestFirst, Count)));

    internal override void Weights(ReadOnlySpan<double> oldestFirst, Span<double> weights)
    {
        int start = oldestFirst.Length - SeriesMath.Recent(oldestFirst, Count).Length;
        weights[..start].Clear();
        SeriesMath.MedianWeights(oldestFirst[start..], weights[start..]);
    }

    internal override string Describe(int count) => count <= Count
        ? $"The median of all {SeriesMath.Scores(count)} (the method looks at up to the {Count} most recent)."
        : $"The median of the {Count} most recent of {SeriesMath.Scores(count)}.";
}
