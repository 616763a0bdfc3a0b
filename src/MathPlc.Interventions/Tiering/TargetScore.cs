using MathPlc.Grading;

namespace MathPlc.Interventions;

/// <summary>A student's proficiency score on one essential target, or none (insufficient evidence).</summary>
/// <param name="StudentId">The student.</param>
/// <param name="TargetId">The learning target.</param>
/// <param name="Score">The score on the team's scale, or null when there was too little evidence.</param>
public readonly record struct TargetScore(StudentId StudentId, TargetId TargetId, double? Score)
{
    /// <summary>The score a Grading <see cref="ProficiencyResult"/> reports (null when insufficient evidence).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static TargetScore From(ProficiencyResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(result.StudentId, result.TargetId, result.Status == ProficiencyStatus.Scored ? result.Score : null);
    }
}
