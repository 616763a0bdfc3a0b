namespace MathPlc.Assessments;

/// <summary>
/// The six intraclass correlations of Shrout &amp; Fleiss (1979) from one subjects × raters table, with the
/// mean squares they are built from.
/// </summary>
/// <param name="Icc11">ICC(1,1): one-way random effects, one rater.</param>
/// <param name="Icc21">ICC(2,1): two-way random effects, absolute agreement, one rater (McGraw &amp; Wong ICC(A,1)).</param>
/// <param name="Icc31">ICC(3,1): two-way mixed effects, consistency, one rater (McGraw &amp; Wong ICC(C,1)).</param>
/// <param name="Icc1K">ICC(1,k): one-way random effects, the mean of k raters.</param>
/// <param name="Icc2K">ICC(2,k): two-way random effects, absolute agreement, the mean of k raters.</param>
/// <param name="Icc3K">ICC(3,k): two-way mixed effects, consistency, the mean of k raters.</param>
/// <param name="MeanSquares">The ANOVA mean squares, or <see langword="null"/> when there were too few subjects or raters.</param>
public sealed record IntraclassCorrelations(
    StatisticValue Icc11, StatisticValue Icc21, StatisticValue Icc31,
    StatisticValue Icc1K, StatisticValue Icc2K, StatisticValue Icc3K,
    IccMeanSquares? MeanSquares);
