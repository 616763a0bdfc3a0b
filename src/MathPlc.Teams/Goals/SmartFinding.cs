namespace MathPlc.Teams;

/// <summary>One thing a SMART check found about a goal.</summary>
/// <param name="Criterion">The part of SMART it concerns.</param>
/// <param name="IsProblem">True when the goal is not SMART until it is fixed; false for advice.</param>
/// <param name="Why">What is missing or unrealistic, in plain words.</param>
public sealed record SmartFinding(SmartCriterion Criterion, bool IsProblem, Reason Why);
