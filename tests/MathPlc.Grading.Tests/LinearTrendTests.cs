using FsCheck;
using FsCheck.Fluent;
using MathPlc.Tests;
using static MathPlc.Grading.Tests.RegressionFixtures;

namespace MathPlc.Grading.Tests;

public class LinearTrendTests
{
    [Theory] // By hand, as Excel's TREND(scores, {1,2,3,4}, 4): x̄ = 2.5, Sxx = 5.
    [InlineData(3.7, new double[] { 1, 3, 2, 4 })]   // ȳ = 2.5, Sxy = 4, β = 0.8 → 2.5 + 0.8·1.5
    [InlineData(2.2, new double[] { 3, 3, 1, 3 })]   // ȳ = 2.5, Sxy = −1, β = −0.2 → 2.5 − 0.2·1.5
    [InlineData(3.85, new double[] { 2, 2.5, 3, 4 })] // ȳ = 2.875, Sxy = 3.25, β = 0.65 → 2.875 + 0.65·1.5
    public void Worked_examples_match_excel_trend(double expected, double[] scores) =>
        Assert.Equal(expected, Scores.Of(new LinearTrend(), scores), precision: 12);

    [Fact]
    public void One_score_is_its_own_estimate() => Assert.Equal(3.5, Scores.Of(new LinearTrend(), 3.5));

    [Fact]
    public void No_evidence_is_insufficient_not_zero() =>
        Assert.Equal(Shortfall.NoEvidence, new LinearTrend().Compute([]).Shortfall);

    [Fact] // By hand, n = 4: wᵢ = 1/4 + (4 − 2.5)(i − 2.5)/5 = −0.2, 0.1, 0.4, 0.7.
    public void The_weights_are_the_exact_prediction_coefficients() =>
        Assert.Equal([-0.2, 0.1, 0.4, 0.7], Scores.WeightsOf(new LinearTrend(), 1, 3, 2, 4).Select(w => Math.Round(w, 12)));

    [Fact]
    public void One_score_has_all_the_weight() => Assert.Equal([1.0], Scores.WeightsOf(new LinearTrend(), 2));

    [Fact] // 1, 4, 4, 4: ȳ = 3.25, Sxy = 4.5, β = 0.9 → 4.6 unclamped.
    public void The_estimate_is_held_to_the_clamp_range()
    {
        Assert.Equal(4.6, Scores.Of(new LinearTrend(), 1, 4, 4, 4), precision: 12);
        Assert.Equal(4.0, Scores.Of(new LinearTrend(0, 4), 1, 4, 4, 4));
        Assert.Equal(-0.3, Scores.Of(new LinearTrend(), 4, 1, 1, 0), precision: 12);   // ȳ = 1.5, Sxy = −6, β = −1.2 → 1.5 − 1.8
        Assert.Equal(0.0, Scores.Of(new LinearTrend(0, 4), 4, 1, 1, 0));
        var result = Through(new LinearTrend(0, 4), 1, 4, 4, 4);
        Assert.Contains("held to the top of the scale, 4", result.Description);
    }

    [Fact]
    public void The_object_form_reports_the_coefficients_as_weights()
    {
        var result = Through(new LinearTrend(), 1, 3, 2, 4);
        Assert.Equal(result.UnroundedScore!.Value, result.Used.Sum(e => e.Weight * e.Evidence.Score), precision: 12);
        Assert.Contains("straight line", result.Description);
    }

    [Fact]
    public void A_constant_series_scores_its_constant() =>
        Prop.ForAll(HalfPoint.ToArbitrary(), Gen.Choose(1, 20).ToArbitrary(), (c, n) =>
            Assert.Equal(c, Scores.Of(new LinearTrend(), Enumerable.Repeat(c, n).ToArray()))).Check();

    [Fact]
    public void An_exact_linear_series_predicts_its_last_value() =>
        Prop.ForAll(Gen.Choose(-40, 40).Select(k => k / 10.0).ToArbitrary(), Gen.Choose(-20, 20).Select(k => k / 7.0).ToArbitrary(),
            Gen.Choose(2, 30).ToArbitrary(), (alpha, beta, n) =>
        {
            var series = Enumerable.Range(1, n).Select(i => alpha + beta * i).ToArray();
            Assert.Equal(series[^1], Scores.Of(new LinearTrend(), series), precision: 9);
        }).Check();

    [Fact]
    public void The_weights_reproduce_the_estimate_and_sum_to_one() =>
        Prop.ForAll(WideSeries, s =>
        {
            var w = Scores.WeightsOf(new LinearTrend(), s);
            Assert.Equal(1.0, w.Sum(), precision: 9);
            Assert.Equal(Scores.Of(new LinearTrend(), s), s.Select((x, i) => w[i] * x).Sum(), precision: 8);
        }).Check();

    [Fact]
    public void Clamped_estimates_stay_on_the_clamp_range_and_are_finite() =>
        Prop.ForAll(WideSeries, s =>
        {
            Assert.True(double.IsFinite(Scores.Of(new LinearTrend(), s)));
            Assert.InRange(Scores.Of(new LinearTrend(0, 100), s), 0.0, 100.0);
        }).Check();

    [Fact]
    public void A_clamp_minimum_above_the_maximum_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>("clampMaximum", () => new LinearTrend(4, 1));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_clamp_end_that_is_not_finite_is_refused(double value)
    {
        Assert.Throws<ArgumentOutOfRangeException>("clampMinimum", () => new LinearTrend(clampMinimum: value));
        Assert.Throws<ArgumentOutOfRangeException>("clampMaximum", () => new LinearTrend(clampMaximum: value));
    }
}
