using MathPlc.Core;

namespace MathPlc.Grading;

/// <summary>A piece of evidence a method used, and the weight it had in the result (see <see cref="CalculationMethod"/>).</summary>
/// <param name="Evidence">The evidence.</param>
/// <param name="Weight">Its weight: a share of a weighted mean, 1 or 0 for a method that picks one score, or a regression coefficient.</param>
public sealed record WeightedEvidence(Evidence Evidence, double Weight);
