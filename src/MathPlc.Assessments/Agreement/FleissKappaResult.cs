using MathPlc.Core;

namespace MathPlc.Assessments;

/// <summary>Fleiss' kappa over all categories and for each category.</summary>
/// <param name="Kappa">The overall kappa, or why it is undefined.</param>
/// <param name="ByCategory">The category-wise kappas, in the scale's order.</param>
public sealed record FleissKappaResult(StatisticValue Kappa, ValueArray<CategoryKappa> ByCategory);
