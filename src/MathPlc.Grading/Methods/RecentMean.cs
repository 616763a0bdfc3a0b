namespace MathPlc.Grading;

/// <summary>The mean of the <see cref="Count"/> most recent scores; with fewer, the mean of all of them.</summary>
/// <remarks>
/// Common Goal Systems "Average of Recent Scores" (fewer than N → use those available), Rediker "Mean of Most Recent
/// x", PowerTeacher Pro "Most Recent Scores" with "Number of Scores". Weights: equal shares on the scores in the
/// window, 0 on older ones.
/// Source: reference/grading.md §2 and §7.
/// </remarks>
public sealed record RecentMean : CalculationMethod
{
    /// <summary>Creates the method.</summary>
    /// <param name="count">N: how many of the most recent scores count; at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    public RecentMean(int count)
    {
        Guard.Against.Below(count, 1);
        Count = count;
    }

    /// <summary>N: how many of the most recent scores count.</summary>
    public int Count { get; }

    /// <inheritdoc/>
    public override string Name => "recent-mean";

    /// <inheritdoc/>
    public override bool IsOrderFree => false;

    internal override MethodOutcome Compute(ReadOnlySpan<double> oldestFirst) => oldestFirst.IsEmpty
        ? MethodOutcome.Insufficient(Shortfall.NoEvidence)
        : MethodOutcome.Scored(SeriesMath.Mean(SeriesMath.Recent(oldestFirst, Count)));

    internal override void Weights(ReadOnlySpan<double> oldestFirst, Span<double> weights)
    {
        int start = oldestFirst.Length - SeriesMath.Recent(oldestFirst, Count).Length;
        weights[..start].Clear();
        weights[start..].Fill(1.0 / (oldestFirst.Length - start));
    }

    /// <inheritdoc/>
    /// <remarks>The weighted mean of the scores in the window; older scores weigh 0 whatever their own weight.</remarks>
    public override bool CanWeigh => true;

    internal override MethodOutcome ComputeWeighted(ReadOnlySpan<double> oldestFirst, ReadOnlySpan<double> evidenceWeights)
    {
        if (oldestFirst.IsEmpty) return MethodOutcome.Insufficient(Shortfall.NoEvidence);
        int start = oldestFirst.Length - SeriesMath.Recent(oldestFirst, Count).Length;
        return SeriesMath.WeightedMean(oldestFirst[start..], evidenceWeights[start..]);
    }

    internal override void WeightedShares(ReadOnlySpan<double> oldestFirst, ReadOnlySpan<double> evidenceWeights, Span<double> weights)
    {
        int start = oldestFirst.Length - SeriesMath.Recent(oldestFirst, Count).Length;
        weights[..start].Clear();
        SeriesMath.WeightShares(evidenceWeights[start..], weights[start..]);
    }

    internal override string Describe(int count) => count <= Count
        ? $"The mean of all {SeriesMath.Scores(count)} (the method looks at up to the {Count} most recent)."
        : $"The mean of the {Count} most recent of {SeriesMath.Scores(count)}.";
}
