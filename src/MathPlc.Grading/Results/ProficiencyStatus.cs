namespace MathPlc.Grading;

/// <summary>Whether a proficiency could be computed from the evidence at hand.</summary>
public enum ProficiencyStatus
{
    /// <summary>Enough evidence: the score is meaningful.</summary>
    Scored = 0,

    /// <summary>Too little evidence to say; reported as such, never as zero.</summary>
    InsufficientEvidence = 1,

    /// <summary>
    /// The evidence is there, but the method's rule leaves the call to the teacher (a mode tie under the "none" tie
    /// rule, as Rediker leaves the mark blank "for the teacher's judgement"); no score, and not a lack of evidence.
    /// Source: reference/grading.md §6.
    /// </summary>
    TeacherJudgement = 2,
}
