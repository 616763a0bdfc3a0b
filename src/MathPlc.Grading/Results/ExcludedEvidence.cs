using MathPlc.Core;

namespace MathPlc.Grading;

/// <summary>A piece of evidence that did not count, and why (a grading policy rule, a reassessment, an override).</summary>
/// <param name="Evidence">The evidence.</param>
/// <param name="Reason">Why it was left out.</param>
public sealed record ExcludedEvidence(Evidence Evidence, Reason Reason);
