namespace MathPlc.Assessments;

/// <summary>Whether a student's item scores gave evidence on a target.</summary>
public enum TargetEvidenceStatus
{
    /// <summary>The student answered items on the target: there is a score.</summary>
    Scored,

    /// <summary>No response on the target's items counts (or none at all): no evidence, never a zero.</summary>
    InsufficientEvidence,
}
