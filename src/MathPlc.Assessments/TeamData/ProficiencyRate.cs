using MathPlc.Core;

namespace MathPlc.Assessments;

/// <summary>The share of a group's students proficient on a target, with its confidence interval, or why it is not shown.</summary>
/// <param name="Target">The learning target.</param>
/// <param name="Kind">Team, teacher, section or student group.</param>
/// <param name="Group">The group: <c>team</c>, a teacher or section id, or <c>attribute=value</c>.</param>
/// <param name="Students">Students in the group with a result on the target.</param>
/// <param name="Proficient">How many are proficient; null when the rate is not shown (so it cannot be worked out).</param>
/// <param name="Rate">The rate (0–1), or undefined with reason <c>group-too-small</c>.</param>
/// <param name="Lower">Lower bound of the Wilson interval; null when not shown.</param>
/// <param name="Upper">Upper bound of the Wilson interval; null when not shown.</param>
public sealed record ProficiencyRate(TargetId Target, Breakdown Kind, string Group, int Students, int? Proficient, StatisticValue Rate, double? Lower, double? Upper);
