namespace MathPlc.Core;

/// <summary>
/// A student's standing on one learning target: the proficiency score on the team's scale, or none when there was too
/// little evidence to score. It is what a team's response to the data (tiers, groups, reteaching, extension) reads, so it
/// lives in Core: Grading produces it (<c>ProficiencyResult.ToTargetScore()</c>), Interventions and the unit cycle
/// consume it, and neither depends on the other.
/// </summary>
/// <param name="StudentId">The student.</param>
/// <param name="TargetId">The learning target.</param>
/// <param name="Score">The score on the team's scale, or null when there was too little evidence.</param>
public readonly record struct TargetScore(StudentId StudentId, TargetId TargetId, double? Score);
