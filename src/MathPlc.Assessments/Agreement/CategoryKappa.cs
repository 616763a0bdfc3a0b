namespace MathPlc.Assessments;

/// <summary>Fleiss' kappa for one category: how reliably raters tell this category from all the others (Fleiss 1971).</summary>
/// <param name="Category">The category (a rubric score).</param>
/// <param name="Share">pⱼ, the share of all ratings in this category.</param>
/// <param name="Kappa">κⱼ = (p̃ⱼ − pⱼ) / (1 − pⱼ), or why it is undefined.</param>
public sealed record CategoryKappa(double Category, double Share, StatisticValue Kappa);
