using MathPlc.Assessments;

namespace MathPlc.Assessments.Tests.Agreement;

public class SameRatingTests
{
    [Fact] // Issue 14: percent agreement's 1e-9 slack called 1e-320 and 2e-320 the same rating while kappa counted two categories.
    public void Exact_agreement_and_kappa_share_one_definition_of_the_same_rating()
    {
        var ratings = RatingMatrix.FromRows([[1e-320, 2e-320], [1, 1], [2, 2]]);
        var exact = PercentAgreement.Exact(ratings, AgreementDefinition.AllRaters);
        Assert.Equal(2.0 / 3, exact.Value!.Value, 1e-15);
        Assert.Equal(2.0 / 3, PercentAgreement.Exact(ratings, AgreementDefinition.Pairwise).Value!.Value, 1e-15);
        // Kappa's observed agreement is the same 2 of 3: p_o = 2/3 with three categories used once or twice each.
        Assert.True(CohenKappa.Compute(ratings, KappaWeighting.Unweighted).Value < 1);
    }

    [Fact] // 3.1 − 2.1 is 1.0000000000000004 in binary: still one point apart.
    public void Adjacent_agreement_tolerates_binary_rounding_of_the_difference_only()
    {
        Assert.True(SameRating.Within(3.1, 2.1, 1));
        Assert.False(SameRating.Within(3.1, 2.0, 1));
        Assert.False(SameRating.Within(1e-320, 2e-320, 0));
        Assert.True(SameRating.Within(0.5, 0.5, 0));
    }

    [Fact] // Issue 14: at the ratio level, negative ratings gave alpha = 1 while the subjects disagreed; ratio data has a true zero.
    public void Krippendorffs_alpha_at_the_ratio_level_refuses_negative_ratings()
    {
        var ratings = RatingMatrix.FromRows([[-1, 1], [-2, 2], [-3, 3]]);
        var alpha = KrippendorffAlpha.Compute(ratings, MeasurementLevel.Ratio);
        Assert.Null(alpha.Value);
        Assert.Equal("negative-ratio-value", alpha.Reasons[0].Code);
        Assert.NotNull(KrippendorffAlpha.Compute(ratings, MeasurementLevel.Interval).Value);
    }
}
