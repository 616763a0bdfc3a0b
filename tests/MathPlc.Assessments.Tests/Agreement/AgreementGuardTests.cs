using MathPlc.Assessments;
using static MathPlc.Assessments.Tests.Agreement.PublishedRatings;

namespace MathPlc.Assessments.Tests.Agreement;

public class AgreementGuardTests
{
    [Fact]
    public void A_rating_for_an_unknown_category_is_refused()
    {
        var ratings = Complete([1, 2], [2, 5]);
        var scale = RatingScale.Declared(1, 2, 3, 4);
        var error = Assert.Throws<ArgumentException>("ratings", () => CohenKappa.Compute(ratings, KappaWeighting.Linear, scale));
        Assert.Contains("5", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>("ratings", () => FleissKappa.Compute(ratings, scale));
    }

    [Fact]
    public void A_rater_scoring_a_subject_twice_is_refused() =>
        Assert.Throws<ArgumentException>("ratings", () => RatingMatrix.FromRatings([new("p1", "ann", 2), new("p1", "ann", 3)]));

    [Fact]
    public void No_ratings_are_refused() =>
        Assert.Throws<ArgumentException>("ratings", () => RatingMatrix.FromRatings([]));

    [Fact]
    public void A_non_finite_score_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>("score", () => new Rating("p1", "ann", double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>("rows", () => Matrix([1, double.PositiveInfinity]));
    }

    [Fact]
    public void Blank_identifiers_are_refused()
    {
        Assert.Throws<ArgumentException>("subjectId", () => new Rating(" ", "ann", 1));
        Assert.Throws<ArgumentException>("raterId", () => new Rating("p1", "", 1));
    }

    [Fact]
    public void Ragged_rows_are_refused() =>
        Assert.Throws<ArgumentException>("rows", () => Matrix([1, 2], [1]));

    [Fact]
    public void Repeated_rater_names_are_refused() =>
        Assert.Throws<ArgumentException>("raterIds", () => RatingMatrix.FromRows([[1, 2]], raterIds: ["a", "a"]));

    [Fact]
    public void A_scale_needs_two_distinct_categories()
    {
        Assert.Throws<ArgumentException>("categories", () => RatingScale.Declared(1));
        Assert.Throws<ArgumentException>("categories", () => RatingScale.Declared(1, 2, 2));
        Assert.Throws<ArgumentOutOfRangeException>("categories", () => RatingScale.Declared(1, double.NaN));
    }

    [Fact]
    public void A_negative_tolerance_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>("tolerance", () => PercentAgreement.Compute(Complete([1, 1]), AgreementDefinition.Pairwise, -1));

    [Fact]
    public void An_unknown_level_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>("level", () => KrippendorffAlpha.Compute(Complete([1, 2]), (MeasurementLevel)9));

    [Fact]
    public void Fewer_than_two_raters_is_not_applicable()
    {
        var one = Complete([1], [2], [3]);
        var summary = RaterAgreement.Summarize(one);
        Assert.Equal(StatisticStatus.NotApplicable, summary.CohenKappa.Status);
        Assert.Equal(StatisticStatus.NotApplicable, summary.Fleiss.Kappa.Status);
        Assert.Equal(StatisticStatus.NotApplicable, summary.KrippendorffAlpha.Status);
        Assert.Equal(StatisticStatus.NotApplicable, summary.Intraclass.Icc21.Status);
        Assert.Equal("too-few-raters", summary.KrippendorffAlpha.Reasons[0].Code);
    }

    [Fact]
    public void Cohens_kappa_with_three_raters_is_not_applicable() =>
        Assert.Equal("not-two-raters", CohenKappa.Compute(Complete([1, 2, 3], [2, 2, 2])).Reasons[0].Code);

    [Fact]
    public void Fewer_than_two_subjects_leaves_the_icc_undefined() =>
        Assert.Equal("too-few-subjects", IntraclassCorrelation.Compute(Matrix([1, 2], [3, null])).Icc11.Reasons[0].Code);

    [Fact] // reference/statistics.md §10: irr/statsmodels/sklearn give NaN, irr kripp.alpha 1.0, psych ~1e-16.
    public void One_score_for_everything_is_undefined_but_agreement_is_complete()
    {
        var same = Complete([3, 3], [3, 3], [3, 3]);
        var summary = RaterAgreement.Summarize(same);
        Assert.Equal(1.0, summary.ExactAgreement.Value);
        Assert.Equal("one-category", summary.CohenKappa.Reasons[0].Code);
        Assert.Equal("one-category", summary.Fleiss.Kappa.Reasons[0].Code);
        Assert.Equal("no-variance", summary.KrippendorffAlpha.Reasons[0].Code);
        Assert.Equal("no-variance", summary.Intraclass.Icc11.Reasons[0].Code);
        Assert.Null(summary.Intraclass.Icc3K.Value);
    }

    [Fact]
    public void Subjects_with_one_rating_are_not_pairable()
    {
        var alpha = KrippendorffAlpha.Compute(Matrix([1, null], [null, 2]), MeasurementLevel.Nominal);
        Assert.Equal("no-pairable-units", alpha.Reasons[0].Code);
        Assert.Equal(2, alpha.SubjectsDropped);
    }

    [Fact]
    public void Missing_ratings_are_dropped_listwise_and_counted()
    {
        var kappa = CohenKappa.Compute(Matrix([1, 1], [2, 2], [1, null], [2, 1]));
        Assert.Equal(3, kappa.SubjectsUsed);
        Assert.Equal(1, kappa.SubjectsDropped);
    }

    [Fact]
    public void An_unused_declared_category_has_an_undefined_category_kappa()
    {
        var result = FleissKappa.Compute(Complete([1, 1, 2], [2, 2, 2], [1, 1, 1]), RatingScale.Declared(1, 2, 3));
        Assert.Equal("category-unused", result.ByCategory[2].Kappa.Reasons[0].Code);
        Assert.True(result.Kappa.IsDefined);
    }

    [Fact] // Negative ICC is reported, never clipped (reference/statistics.md §5).
    public void A_negative_icc_is_not_clipped()
    {
        var icc = IntraclassCorrelation.Compute(Complete([1, 3], [3, 1], [2, 2]));
        Assert.True(icc.Icc31.Value < 0);
    }

    [Fact]
    public void Statistic_values_refuse_non_finite_numbers() =>
        Assert.Throws<ArgumentOutOfRangeException>("value", () => StatisticValue.Defined(double.NaN, 1, 0));
}
