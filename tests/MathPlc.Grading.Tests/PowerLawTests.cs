using FsCheck;
using FsCheck.Fluent;
using MathPlc.Tests;
using static MathPlc.Grading.Tests.RegressionFixtures;

namespace MathPlc.Grading.Tests;

public class PowerLawTests
{
    [Theory] // JumpRope, "The power of the Power Law" (support.jumpro.pe), quick-reference table, shown to 2 dp.
    [InlineData(4.00, new double[] { 1, 2, 3, 4 })]
    [InlineData(3.66, new double[] { 1, 3, 2, 4 })]
    [InlineData(2.16, new double[] { 2, 4, 1, 3 })]
    [InlineData(1.28, new double[] { 4, 3, 2, 1 })]
    public void Jumprope_quick_reference_values_are_reproduced(double published, double[] scores) =>
        Assert.Equal(published, Math.Round(Scores.Of(new PowerLaw(), scores), 2));

    [Theory] // mrmathman.com, "Power failure" (2014): 3-3-1-3 = 1.90; 3-3-1-3-4-4 = 3.07.
    [InlineData(1.90, new double[] { 3, 3, 1, 3 })]
    [InlineData(3.07, new double[] { 3, 3, 1, 3, 4, 4 })]
    public void Mrmathman_power_failure_values_are_reproduced(double published, double[] scores) =>
        Assert.Equal(published, Math.Round(Scores.Of(new PowerLaw(), scores), 2));

    [Fact] // reference/grading.md §4.1: scores 1, 2 give a = 1, b = 1, estimate 2 at i = n (3 at n + 1).
    public void The_curve_is_read_at_the_latest_assessment_not_the_next() =>
        Assert.Equal(2.0, Scores.Of(new PowerLaw(), 1, 2), precision: 12);

    [Fact] // Full precision, computed independently in Python (math.log/exp, centred least squares).
    public void Unrounded_values_match_an_independent_computation()
    {
        Assert.Equal(3.656698434469284, Scores.Of(new PowerLaw(), 1, 3, 2, 4), precision: 12);
        Assert.Equal(1.8995336070549673, Scores.Of(new PowerLaw(), 3, 3, 1, 3), precision: 12);
    }

    [Fact]
    public void One_score_is_its_own_estimate() => Assert.Equal(2.5, Scores.Of(new PowerLaw(), 2.5));

    [Fact]
    public void No_evidence_is_insufficient_not_zero() =>
        Assert.Equal(Shortfall.NoEvidence, new PowerLaw().Compute([]).Shortfall);

    [Fact] // Raising the first score from 1 to 2 lowers the estimate from 4 to 3.52 (Python: 3.521864895896226).
    public void Raising_an_early_score_can_lower_the_estimate()
    {
        double before = Scores.Of(new PowerLaw(), 1, 2, 3, 4);
        double after = Scores.Of(new PowerLaw(), 2, 2, 3, 4);
        Assert.Equal(4.0, before, precision: 12);
        Assert.Equal(3.521864895896226, after, precision: 12);
        Assert.True(after < before);
    }

    // ---- Zero policies (expected values by hand / Python) ----

    [Fact] // Floor: 4, 4, 4, 0 fits 4, 4, 4, 0.5 → 1.2150237012393048; the recent zero pulls the estimate down.
    public void The_default_floors_a_zero_at_half_a_point()
    {
        Assert.Equal(PowerLawZeroPolicy.FloorAt, new PowerLaw().ZeroPolicy);
        Assert.Equal(1.2150237012393048, Scores.Of(new PowerLaw(), 4, 4, 4, 0), precision: 12);
        Assert.Equal(Scores.Of(new PowerLaw(), 4, 4, 4, 0.5), Scores.Of(new PowerLaw(), 4, 4, 4, 0));
    }

    [Fact] // Exclude keeps places: 2, 0, 3, 4 fits (1, 2), (3, 3), (4, 4) read at 4 → 3.7362432533568195 (renumbered it would be 3.948).
    public void Exclude_drops_a_zero_but_keeps_the_other_scores_in_their_places() =>
        Assert.Equal(3.7362432533568195, Scores.Of(new PowerLaw(PowerLawZeroPolicy.Exclude), 2, 0, 3, 4), precision: 12);

    [Fact]
    public void Exclude_hides_a_recent_zero_which_is_why_it_is_not_the_default() =>
        Assert.Equal(4.0, Scores.Of(new PowerLaw(PowerLawZeroPolicy.Exclude), 4, 4, 4, 0), precision: 12);

    [Fact]
    public void Exclude_with_one_positive_score_left_gives_that_score() =>
        Assert.Equal(3.0, Scores.Of(new PowerLaw(PowerLawZeroPolicy.Exclude), 0, 3, 0));

    [Fact]
    public void Exclude_gives_a_left_out_zero_no_weight()
    {
        var w = Scores.WeightsOf(new PowerLaw(PowerLawZeroPolicy.Exclude), 2, 0, 3, 4);
        Assert.Equal(0.0, w[1]);
        Assert.Equal(1.0, w.Sum(), precision: 12);
    }

    [Fact]
    public void Reject_gives_no_score_when_a_score_is_zero()
    {
        Assert.Equal(Shortfall.NonPositiveScore, new PowerLaw(PowerLawZeroPolicy.Reject).Compute([3, 0, 4]).Shortfall);
        var result = Through(new PowerLaw(PowerLawZeroPolicy.Reject), 3, 0, 4);
        Assert.Equal(ProficiencyStatus.InsufficientEvidence, result.Status);
        Assert.Equal("non-positive-score", Assert.Single(result.Reasons).Code);
    }

    [Theory]
    [InlineData(PowerLawZeroPolicy.FloorAt)]
    [InlineData(PowerLawZeroPolicy.Exclude)]
    public void All_zeros_score_zero(PowerLawZeroPolicy policy) => Assert.Equal(0.0, Scores.Of(new PowerLaw(policy), 0, 0, 0));

    [Fact]
    public void The_description_says_what_the_zero_policy_did()
    {
        Assert.Contains("(1 score below 0.5 counted as 0.5)", Through(new PowerLaw(), 4, 4, 4, 0).Description);
        Assert.Contains("(2 scores of zero left out, the others kept in their places)", Through(new PowerLaw(PowerLawZeroPolicy.Exclude), 0, 3, 0, 4).Description);
        Assert.DoesNotContain("counted as", Through(new PowerLaw(), 1, 2, 3).Description);
        Assert.DoesNotContain("counted as", Through(new PowerLaw(), 0, 0, 0).Description);   // all equal: the estimate is 0, nothing was floored
    }

    // ---- Clamping ----

    [Fact] // 1, 4, 4, 4 → 5.159820462440851 unclamped (Python); held to the scale's top, 4.
    public void The_estimate_is_held_to_the_clamp_range()
    {
        Assert.Equal(5.159820462440851, Scores.Of(new PowerLaw(), 1, 4, 4, 4), precision: 12);
        Assert.Equal(4.0, Scores.Of(new PowerLaw(clampMinimum: 0, clampMaximum: 4), 1, 4, 4, 4));
        Assert.Equal(4.5, Scores.Of(new PowerLaw(clampMaximum: 4.5), 1, 4, 4, 4));
        Assert.Equal(1.0, Scores.Of(new PowerLaw(clampMinimum: 1), 4, 0, 0, 0));
    }

    [Fact]
    public void The_description_says_when_the_estimate_was_held_to_the_scale()
    {
        var result = Through(new PowerLaw(clampMinimum: 0, clampMaximum: 4), 1, 4, 4, 4);
        Assert.Equal(4.0, result.Score);
        Assert.Contains("held to the top of the scale, 4", result.Description);
        Assert.Contains("power law", result.Description);
    }

    // ---- Weights ----

    [Fact] // n = 2: ln 1 = 0, ln 2: exponents 1/2 ∓ 1/2 → 0, 1 (the curve passes through both points).
    public void Two_scores_put_all_the_weight_on_the_latest() =>
        Assert.Equal([0.0, 1.0], Scores.WeightsOf(new PowerLaw(), 1, 2).Select(w => Math.Round(w, 12)));

    [Fact]
    public void The_object_form_reports_the_exponents_as_weights()
    {
        var result = Through(new PowerLaw(), 1, 3, 2, 4);
        double product = result.Used.Aggregate(1.0, (p, e) => p * Math.Pow(e.Evidence.Score, e.Weight));
        Assert.Equal(result.UnroundedScore!.Value, product, precision: 12);
        Assert.True(result.Used[0].Weight < 0);
    }

    // ---- Properties ----

    [Fact]
    public void A_constant_series_scores_its_constant() =>
        Prop.ForAll(HalfPoint.Where(c => c > 0).ToArbitrary(), Gen.Choose(1, 20).ToArbitrary(), Policies, (c, n, policy) =>
            Assert.Equal(c, Scores.Of(new PowerLaw(policy), Enumerable.Repeat(c, n).ToArray()))).Check();

    [Fact]
    public void An_exact_power_series_predicts_its_own_next_value() =>
        Prop.ForAll(Gen.Choose(1, 40).Select(k => k / 10.0).ToArbitrary(), Gen.Choose(-20, 20).Select(k => k / 10.0).ToArbitrary(),
            Gen.Choose(2, 30).ToArbitrary(), (a, b, n) =>
        {
            var series = Enumerable.Range(1, n).Select(i => a * Math.Pow(i, b)).ToArray();
            // Reject (like Exclude) fits positive scores as they are; the default would floor those below 0.5.
            Assert.Equal(a * Math.Pow(n, b), Scores.Of(new PowerLaw(PowerLawZeroPolicy.Reject), series), precision: 9);
        }).Check();

    [Fact]
    public void The_exponents_reproduce_the_estimate_and_sum_to_one() =>
        Prop.ForAll(WideSeries, Policies.Filter(p => p != PowerLawZeroPolicy.Reject), (s, policy) =>
        {
            var method = new PowerLaw(policy);
            var w = Scores.WeightsOf(method, s);
            Assert.Equal(1.0, w.Sum(), precision: 9);
            if (s.Distinct().Count() > 1 && s.Count(x => x > 0) > 1)
            {
                double lnEstimate = s.Select((x, i) => w[i] == 0 ? 0 : w[i] * Math.Log(Math.Max(x, policy == PowerLawZeroPolicy.FloorAt ? PowerLaw.ScoreFloor : x))).Sum();
                Assert.Equal(Math.Log(Scores.Of(method, s)), lnEstimate, precision: 9);
            }
        }).Check();

    [Fact]
    public void Every_valid_series_gives_a_finite_score_or_a_reason() =>
        Prop.ForAll(WideSeries, Policies, (s, policy) =>
        {
            var outcome = new PowerLaw(policy).Compute(s);
            if (outcome.IsScored) Assert.True(double.IsFinite(outcome.Score));
            else Assert.True(policy == PowerLawZeroPolicy.Reject && s.Any(x => x <= 0));
        }).Check();

    [Fact]
    public void Clamped_estimates_stay_on_the_clamp_range() =>
        Prop.ForAll(Series, Policies.Filter(p => p != PowerLawZeroPolicy.Reject), (s, policy) =>
            Assert.InRange(Scores.Of(new PowerLaw(policy, 0, 4), s), 0.0, 4.0)).Check();

    [Fact]
    public void A_long_series_uses_the_pooled_buffer_and_still_fits() =>
        Assert.Equal(2.0 * Math.Pow(600, 0.3), Scores.Of(new PowerLaw(), Enumerable.Range(1, 600).Select(i => 2.0 * Math.Pow(i, 0.3)).ToArray()), precision: 9);

    // ---- Guards ----

    [Fact]
    public void An_undefined_zero_policy_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>("zeroPolicy", () => new PowerLaw((PowerLawZeroPolicy)7));

    [Fact]
    public void A_clamp_minimum_above_the_maximum_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>("clampMaximum", () => new PowerLaw(clampMinimum: 4, clampMaximum: 1));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void A_clamp_end_that_is_not_finite_is_refused(double value)
    {
        Assert.Throws<ArgumentOutOfRangeException>("clampMinimum", () => new PowerLaw(clampMinimum: value));
        Assert.Throws<ArgumentOutOfRangeException>("clampMaximum", () => new PowerLaw(clampMaximum: value));
    }
}
