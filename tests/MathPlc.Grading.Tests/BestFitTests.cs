using FsCheck;
using FsCheck.Fluent;
using MathPlc.Tests;
using static MathPlc.Grading.Tests.RegressionFixtures;

namespace MathPlc.Grading.Tests;

public class BestFitTests
{
    private static readonly BestFit Absolute = new(FitErrorMeasure.SumOfAbsoluteErrors);
    private static readonly BestFit Squared = new(FitErrorMeasure.SumOfSquaredErrors);

    // Errors below computed independently in Python (fitted values of mean, least-squares line, power curve).

    [Fact] // 1, 3, 2, 4: absolute errors mean 4, line 2.4, power 2.3052; squared mean 5, line 1.8, power 1.8211.
    public void The_two_error_measures_can_pick_different_models()
    {
        Assert.Equal(3.656698434469284, Scores.Of(Absolute, 1, 3, 2, 4), precision: 12);
        Assert.Equal(3.7, Scores.Of(Squared, 1, 3, 2, 4), precision: 12);
        Assert.Contains("the power law", Through(Absolute, 1, 3, 2, 4).Description);
        Assert.Contains("the linear trend fitted best", Through(Squared, 1, 3, 2, 4).Description);
    }

    [Fact] // 3, 3, 1, 3, 4, 4: absolute errors mean 4 = line 4 (power 4.93): the tie goes to the mean, 3; squared: line 4.571 < mean 6 → 3.714.
    public void A_tie_goes_to_the_simpler_model()
    {
        Assert.Equal(3.0, Scores.Of(Absolute, 3, 3, 1, 3, 4, 4), precision: 12);
        Assert.Contains("the mean fitted best", Through(Absolute, 3, 3, 1, 3, 4, 4).Description);
        Assert.Equal(26.0 / 7, Scores.Of(Squared, 3, 3, 1, 3, 4, 4), precision: 12);
    }

    [Fact] // NHA GradeBook's growth example 2, 2.5, 3, 4: the line fits best by either measure (0.5; 0.075) → 3.85.
    public void Steady_growth_is_followed_by_the_line() =>
        Assert.Equal(3.85, Scores.Of(Absolute, 2, 2.5, 3, 4), precision: 12);

    [Fact] // 3, 2, 3, 2: absolute errors mean 2, line 1.6, power 1.5427 → the power law, 2.1975559827036126.
    public void A_see_saw_is_followed_by_the_curve_that_fits_best() =>
        Assert.Equal(2.1975559827036126, Scores.Of(Absolute, 3, 2, 3, 2), precision: 12);

    [Fact]
    public void One_score_is_its_own_estimate_and_the_mean_wins()
    {
        Assert.Equal(2.5, Scores.Of(Absolute, 2.5));
        Assert.Contains("the mean fitted best", Through(Absolute, 2.5).Description);
    }

    [Fact]
    public void No_evidence_is_insufficient_not_zero() => Assert.Equal(Shortfall.NoEvidence, Absolute.Compute([]).Shortfall);

    [Fact] // 0, 3, 3, 4 with Reject: the power law cannot compete; the line (absolute error 2.2) wins → 4.3.
    public void A_zero_under_reject_leaves_the_power_law_out_instead_of_refusing_a_score()
    {
        var method = new BestFit(zeroPolicy: PowerLawZeroPolicy.Reject);
        Assert.Equal(4.3, Scores.Of(method, 0, 3, 3, 4), precision: 12);
        Assert.DoesNotContain("power law fitted", Through(method, 0, 3, 3, 4).Description);
    }

    [Fact] // 1, 4, 4, 4: the line wins (absolute error 3 vs power 3.018) at 4.6, held to 4.
    public void The_winner_is_held_to_the_clamp_range()
    {
        Assert.Equal(4.0, Scores.Of(new BestFit(clampMinimum: 0, clampMaximum: 4), 1, 4, 4, 4));
        Assert.Contains("held to the top of the scale, 4", Through(new BestFit(clampMinimum: 0, clampMaximum: 4), 1, 4, 4, 4).Description);
    }

    [Fact]
    public void The_weights_are_the_winners() =>
        Prop.ForAll(Series, s =>
        {
            var w = Scores.WeightsOf(Absolute, s);
            var candidates = new CalculationMethod[] { new Mean(), new LinearTrend(), new PowerLaw() };
            double score = Scores.Of(Absolute, s);
            var winner = candidates.First(m => Scores.Of(m, s) == score);
            Assert.Equal(Scores.WeightsOf(winner, s), w);
        }).Check();

    [Fact]
    public void The_estimate_is_one_of_the_three_models_and_has_the_least_error() =>
        Prop.ForAll(WideSeries, Policies, Gen.Elements(Enum.GetValues<FitErrorMeasure>()).ToArbitrary(), (s, policy, measure) =>
        {
            var method = new BestFit(measure, policy);
            double score = Scores.Of(method, s);
            Assert.True(double.IsFinite(score));
            var choice = method.Choose(s);
            Assert.Equal(score, choice.Estimate);
            double mean = s.Average();
            double meanError = s.Sum(x => measure == FitErrorMeasure.SumOfSquaredErrors ? (x - mean) * (x - mean) : Math.Abs(x - mean));
            Assert.True(choice.Error <= meanError + 1e-9 * (1 + meanError));
        }).Check();

    [Fact]
    public void A_constant_series_scores_its_constant() =>
        Prop.ForAll(HalfPoint.ToArbitrary(), Gen.Choose(1, 20).ToArbitrary(), (c, n) =>
            Assert.Equal(c, Scores.Of(Absolute, Enumerable.Repeat(c, n).ToArray()))).Check();

    [Fact]
    public void Clamped_estimates_stay_on_the_clamp_range() =>
        Prop.ForAll(Series, Policies, (s, policy) =>
            Assert.InRange(Scores.Of(new BestFit(FitErrorMeasure.SumOfSquaredErrors, policy, 0, 4), s), 0.0, 4.0)).Check();

    [Fact]
    public void An_undefined_measure_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>("measure", () => new BestFit((FitErrorMeasure)5));

    [Fact]
    public void An_undefined_zero_policy_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>("zeroPolicy", () => new BestFit(zeroPolicy: (PowerLawZeroPolicy)5));

    [Fact]
    public void A_clamp_minimum_above_the_maximum_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>("clampMaximum", () => new BestFit(clampMinimum: 3, clampMaximum: 2));

    [Fact]
    public void A_clamp_end_that_is_not_finite_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>("clampMinimum", () => new BestFit(clampMinimum: double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>("clampMaximum", () => new BestFit(clampMaximum: double.NegativeInfinity));
    }
}
