using FsCheck;
using FsCheck.Fluent;
using MathPlc.Tests;
using static MathPlc.Grading.Tests.RegressionFixtures;

namespace MathPlc.Grading.Tests;

public class RegressionArithmeticTests
{
    [Fact] // The half-point table is only a shortcut: it must give Math.Log's own doubles, on and off the table.
    public void The_score_logarithm_table_gives_exactly_math_log()
    {
        for (int k = -4; k <= 420; k++)
            Assert.Equal(Math.Log(k / 2.0), Regression.LnOfScore(k / 2.0));
        foreach (double s in new[] { 0.1, 0.25, 1.75, 2.6, 3.3333, 99.99, 100.25, 1e-300, 1e300 })
            Assert.Equal(Math.Log(s), Regression.LnOfScore(s));
    }

    [Fact] // Issue 3: no NaN or infinity for any valid input, zeros included, on scales from thousandths to millions.
    public void No_regression_method_returns_nan_or_infinity() =>
        Prop.ForAll(Gen.Choose(0, Methods.Regression.Length - 1).ToArbitrary(), WideSeries, Gen.Choose(-3, 4).ToArbitrary(), (m, s, power) =>
        {
            var scaled = s.Select(x => x * Math.Pow(10, power)).ToArray();
            var outcome = Methods.Regression[m].Compute(scaled);
            Assert.True(outcome.IsScored ? double.IsFinite(outcome.Score) : outcome.Shortfall == Shortfall.NonPositiveScore);
        }).Check();
}
