using MathPlc.Assessments;

namespace MathPlc.Assessments.Tests.TeamData;

public class ProportionsTests
{
    [Fact] // Newcombe (1998a), Table I, example 81/263: Wilson score interval 0.2553 to 0.3662.
    public void The_Wilson_interval_matches_Newcombe()
    {
        var (lower, upper) = Proportions.Wilson(81, 263);
        Assert.Equal(0.2553, Math.Round(lower, 4));
        Assert.Equal(0.3662, Math.Round(upper, 4));
    }

    [Fact] // Newcombe (1998b), Table II, example (a): 56/70 against 48/80, hybrid score interval 0.0524 to 0.3339.
    public void The_difference_interval_matches_Newcombe()
    {
        var (lower, upper) = Proportions.NewcombeDifference(56, 70, 48, 80);
        Assert.Equal(0.0524, Math.Round(lower, 4));
        Assert.Equal(0.3339, Math.Round(upper, 4));
    }

    [Theory] // Standard normal quantiles to six decimals (any statistical table).
    [InlineData(0.95, 1.959964)]
    [InlineData(0.90, 1.644854)]
    [InlineData(0.99, 2.575829)]
    public void Critical_values_match_the_normal_table(double confidence, double z) =>
        Assert.Equal(z, Proportions.Z(confidence), 6);

    [Fact]
    public void All_or_nothing_stays_within_zero_and_one()
    {
        Assert.Equal(0, Proportions.Wilson(0, 12).Lower);
        Assert.Equal(1, Proportions.Wilson(12, 12).Upper);
    }

    [Fact]
    public void Counts_out_of_range_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>("successes", () => Proportions.Wilson(13, 12));
        Assert.Throws<ArgumentOutOfRangeException>("n", () => Proportions.Wilson(0, 0));
        Assert.Throws<ArgumentOutOfRangeException>("confidence", () => Proportions.Z(1));
    }
}
