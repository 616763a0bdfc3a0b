namespace MathPlc.Assessments;

/// <summary>An item analysis: per-item statistics in item order, and the whole-test statistics.</summary>
/// <param name="Items">Per-item statistics.</param>
/// <param name="Test">Whole-test statistics.</param>
public sealed record ItemAnalysisResult(ImmutableArray<ItemStatistics> Items, TestStatistics Test)
{
    /// <inheritdoc/>
    public bool Equals(ItemAnalysisResult? other) => other is not null && Items.SequenceEqual(other.Items) && Test.Equals(other.Test);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Items.Length, Test);
}
