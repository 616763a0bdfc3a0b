namespace MathPlc.Assessments;

/// <summary>Every agreement statistic for one calibration session, each with its value or the reason it has none.</summary>
/// <param name="Subjects">The number of subjects (papers, lessons) rated.</param>
/// <param name="Raters">The number of raters.</param>
/// <param name="ExactAgreement">Share of subjects on which all raters gave the same score.</param>
/// <param name="AdjacentAgreement">Share of subjects on which all raters' scores lie within the adjacent tolerance.</param>
/// <param name="PairwiseExactAgreement">Mean share of rater pairs giving the same score.</param>
/// <param name="PairwiseAdjacentAgreement">Mean share of rater pairs within the adjacent tolerance.</param>
/// <param name="CohenKappa">Cohen's kappa (two raters only).</param>
/// <param name="WeightedKappaLinear">Cohen's weighted kappa with linear weights (two raters only).</param>
/// <param name="WeightedKappaQuadratic">Cohen's weighted kappa with quadratic weights (two raters only).</param>
/// <param name="Fleiss">Fleiss' kappa with the category-wise kappas.</param>
/// <param name="KrippendorffAlpha">Krippendorff's alpha at the chosen level.</param>
/// <param name="Intraclass">The six intraclass correlations.</param>
public sealed record AgreementSummary(
    int Subjects, int Raters,
    StatisticValue ExactAgreement, StatisticValue AdjacentAgreement,
    StatisticValue PairwiseExactAgreement, StatisticValue PairwiseAdjacentAgreement,
    StatisticValue CohenKappa, StatisticValue WeightedKappaLinear, StatisticValue WeightedKappaQuadratic,
    FleissKappaResult Fleiss, StatisticValue KrippendorffAlpha, IntraclassCorrelations Intraclass);
