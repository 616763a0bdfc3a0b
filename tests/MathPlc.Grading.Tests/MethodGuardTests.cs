using MathPlc.Grading;

namespace MathPlc.Grading.Tests;

public class MethodGuardTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.1)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_decaying_weight_outside_zero_to_one_is_refused(double w)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>("newerWeight", () => new DecayingAverage(w));
        Assert.Contains("more than 0 and at most 1", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.5)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void A_latest_weight_outside_zero_to_one_is_refused(double w) =>
        Assert.Throws<ArgumentOutOfRangeException>("latestWeight", () => new WeightedLatest(w));

    [Fact]
    public void A_refused_weight_is_written_in_the_invariant_culture() =>
        InCulture.Run("de-DE", () =>
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>("newerWeight", () => new DecayingAverage(1.5));
            Assert.Contains("not 1.5", e.Message, StringComparison.Ordinal);
        });

    [Theory]
    [InlineData(0)]
    [InlineData(-65)]
    [InlineData(101)]
    public void A_decaying_percent_outside_one_to_a_hundred_is_refused(int percent) =>
        Assert.Throws<ArgumentOutOfRangeException>("newerPercent", () => DecayingAverage.FromPercent(percent));

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void A_latest_percent_outside_one_to_a_hundred_is_refused(int percent) =>
        Assert.Throws<ArgumentOutOfRangeException>("latestPercent", () => WeightedLatest.FromPercent(percent));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Counts_below_one_are_refused(int count)
    {
        Assert.Throws<ArgumentOutOfRangeException>("count", () => new NMastery(count));
        Assert.Throws<ArgumentOutOfRangeException>("count", () => new RecentMean(count));
        Assert.Throws<ArgumentOutOfRangeException>("count", () => new RecentMedian(count));
        Assert.Throws<ArgumentOutOfRangeException>("count", () => new TopMean(count));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Mastery_points_must_be_a_number(double points) =>
        Assert.Throws<ArgumentOutOfRangeException>("masteryPoints", () => new NMastery(5, points));

    [Fact]
    public void An_undefined_tie_rule_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>("tieRule", () => new Mode((ModeTieRule)7));

    [Fact] // The edges of the ranges are allowed: w = 1 (latest only), 100 %, n = 1.
    public void The_edges_of_the_ranges_are_accepted()
    {
        Assert.Equal(1, new DecayingAverage(1).NewerWeight);
        Assert.Equal(1, WeightedLatest.FromPercent(100).LatestWeight);
        Assert.Equal(0.01, DecayingAverage.FromPercent(1).NewerWeight);
        Assert.Equal(1, new NMastery(1, -2).Count);
    }
}
