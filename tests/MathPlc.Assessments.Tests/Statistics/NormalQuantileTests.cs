using MathPlc.Assessments;

namespace MathPlc.Assessments.Tests.Statistics;

public class NormalQuantileTests
{
    // Published standard normal quantiles to 16 significant digits (e.g. NIST/SEMATECH e-Handbook 1.3.6.7.1; Wichura 1988,
    // AS 241, Table 1). Issue 14: the old refinement step gave z(0.975) = 1.9599639472, an error of 3.7e-8.
    [Theory]
    [InlineData(0.975, 1.959963984540054)]
    [InlineData(0.95, 1.6448536269514722)]
    [InlineData(0.995, 2.5758293035489004)]
    [InlineData(0.9, 1.2815515655446004)]
    [InlineData(0.5, 0.0)]
    [InlineData(0.025, -1.959963984540054)]
    [InlineData(0.999, 3.090232306167813)]
    [InlineData(1e-10, -6.361340902404056)]
    public void Matches_published_values_to_1e_12(double p, double z) => Assert.Equal(z, NormalQuantile.Of(p), 1e-12);

    [Fact]
    public void Is_symmetric_and_increasing() =>
        Assert.All(Enumerable.Range(1, 999).Select(i => i / 1000.0), p =>
        {
            Assert.Equal(-NormalQuantile.Of(1 - p), NormalQuantile.Of(p), 1e-12);
            if (p > 0.001) Assert.True(NormalQuantile.Of(p) > NormalQuantile.Of(p - 0.001));
        });

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void A_probability_outside_0_to_1_is_refused(double p) => Assert.Throws<ArgumentOutOfRangeException>("p", () => NormalQuantile.Of(p));
}
