using MathPlc.Core;

namespace MathPlc.Assessments;

/// <summary>The share of students proficient on one target of a common assessment.</summary>
/// <param name="Target">The learning target.</param>
/// <param name="Students">Students who answered at least one of the target's items.</param>
/// <param name="Proficient">Those whose percent of the target's points reached the cut.</param>
/// <param name="Share">Proficient ÷ students, or undefined when no student answered.</param>
public sealed record TargetShare(TargetId Target, int Students, int Proficient, StatisticValue Share);
