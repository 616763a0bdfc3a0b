namespace MathPlc.Grading;

/// <summary>Whether a proficiency could be computed from the evidence at hand.</summary>
public enum ProficiencyStatus
{
    /// <summary>Enough evidence: the score is meaningful.</summary>
    Scored = 0,

    /// <summary>Too little evidence to say; reported as such, never as zero.</summary>
    InsufficientEvidence = 1,
}
