using MathPlc.Assessments;

namespace MathPlc.Assessments.Tests.ItemAnalysis;

public class ReliableChangeTests
{
    // Jacobson & Truax (1991): S_diff = √(2·SEM²), RCI = (x₂ − x₁)/S_diff, reliable when |RCI| > 1.96.
    // With the published illustration SEM = 3 (SD 10, r .91): S_diff = √18 = 4.2426, smallest reliable change 8.3155.
    [Fact]
    public void The_minimum_reliable_change_follows_Jacobson_and_Truax()
    {
        var result = ReliableChange.Assess(50, 60, 3);
        Assert.Equal(Math.Sqrt(18), result.StandardErrorOfDifference, 12);
        Assert.Equal(1.96 * Math.Sqrt(18), result.MinimumReliableChange, 12);
        Assert.Equal(10 / Math.Sqrt(18), result.Index.Value!.Value, 12);
        Assert.Equal(ReliableChangeOutcome.ReliablyImproved, result.Outcome);
    }

    [Fact]
    public void A_change_within_measurement_error_is_not_reliable() =>
        Assert.Equal(ReliableChangeOutcome.NoReliableChange, ReliableChange.Assess(50, 58, 3).Outcome);

    [Fact]
    public void Direction_decides_improved_or_declined()
    {
        Assert.Equal(ReliableChangeOutcome.ReliablyDeclined, ReliableChange.Assess(60, 50, 3).Outcome);
        Assert.Equal(ReliableChangeOutcome.ReliablyImproved, ReliableChange.Assess(60, 50, 3, higherIsBetter: false).Outcome);
    }

    [Fact] // reference/statistics.md §7: r = 1 → SEM = 0 → RCI undefined (±∞).
    public void No_measurement_error_leaves_the_index_undefined()
    {
        var result = ReliableChange.Assess(50, 51, 0);
        Assert.Equal(ReliableChangeOutcome.Undefined, result.Outcome);
        Assert.Null(result.Index.Value);
    }

    [Fact]
    public void A_negative_sem_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>("semBefore", () => ReliableChange.Assess(1, 2, -1));
}
