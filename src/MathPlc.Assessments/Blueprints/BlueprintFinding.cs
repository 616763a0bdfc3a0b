using MathPlc.Core;

namespace MathPlc.Assessments;

/// <summary>One finding of a blueprint evaluation: which criterion, met or not, and why.</summary>
/// <param name="Criterion">The criterion: <c>targets</c>, <c>demand-balance</c>, <c>formats</c>, <c>time</c> or <c>rubrics</c>.</param>
/// <param name="Severity">Met or a concern.</param>
/// <param name="Reason">The reason, with its data (target, counts, shares).</param>
public sealed record BlueprintFinding(string Criterion, FindingSeverity Severity, Reason Reason);
