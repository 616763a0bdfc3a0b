namespace MathPlc.Assessments;

/// <summary>
/// Rater calibration in one call: every agreement statistic a team reads after scoring the same papers
/// independently (exact and adjacent agreement, Cohen's and Fleiss' kappas, Krippendorff's alpha, ICCs).
/// </summary>
/// <remarks>
/// Each statistic follows its own documented missing-data rule and reports subjects used and dropped; a statistic
/// that does not fit the design (Cohen's kappa with three raters) is <see cref="StatisticStatus.NotApplicable"/>.
/// </remarks>
public static class RaterAgreement
{
    /// <summary>Summarises long-form ratings.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="ratings"/> is null.</exception>
    /// <exception cref="ArgumentException">There are no ratings, a rater scores a subject twice, or a rating is not on a declared scale.</exception>
    public static AgreementSummary Summarize(IEnumerable<Rating> ratings, AgreementOptions? options = null) =>
        Summarize(RatingMatrix.FromRatings(ratings), options);

    /// <summary>Summarises a subjects × raters matrix.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="ratings"/> is null.</exception>
    /// <exception cref="ArgumentException">A rating is not a category of a declared scale.</exception>
    public static AgreementSummary Summarize(RatingMatrix ratings, AgreementOptions? options = null)
    {
        Guard.Against.Null(ratings);
        options ??= new AgreementOptions();
        return new AgreementSummary(
            ratings.SubjectCount, ratings.RaterCount,
            PercentAgreement.Exact(ratings, AgreementDefinition.AllRaters),
            PercentAgreement.Compute(ratings, AgreementDefinition.AllRaters, options.AdjacentTolerance),
            PercentAgreement.Exact(ratings, AgreementDefinition.Pairwise),
            PercentAgreement.Compute(ratings, AgreementDefinition.Pairwise, options.AdjacentTolerance),
            CohenKappa.Compute(ratings, KappaWeighting.Unweighted, options.Scale),
            CohenKappa.Compute(ratings, KappaWeighting.Linear, options.Scale),
            CohenKappa.Compute(ratings, KappaWeighting.Quadratic, options.Scale),
            FleissKappa.Compute(ratings, options.Scale),
            KrippendorffAlpha.Compute(ratings, options.Level),
            IntraclassCorrelation.Compute(ratings));
    }
}
