using MathPlc.Core;

namespace MathPlc.Assessments;

/// <summary>One student's result on one target of a common assessment, and the evidence it gives for grading.</summary>
/// <param name="Student">The student.</param>
/// <param name="Target">The learning target.</param>
/// <param name="Status">Scored, or no responses.</param>
/// <param name="PointsEarned">Points earned toward the target.</param>
/// <param name="PointsPossible">Points possible toward the target under the missing-response policy.</param>
/// <param name="Percent">Percent of possible points (0–100), or null when not scored.</param>
/// <param name="Evidence">The evidence for grading (score on the team's scale), or null when not scored.</param>
/// <param name="Reasons">How the score was reached, or why there is none.</param>
public sealed record TargetEvidence(
    StudentId Student, TargetId Target, TargetEvidenceStatus Status, double PointsEarned, double PointsPossible,
    double? Percent, Evidence? Evidence, ValueArray<Reason> Reasons);
