namespace MathPlc.Assessments;

/// <summary>What an item a student did not answer does to the student's percent on a target.</summary>
public enum MissingResponse
{
    /// <summary>It earns no points but its points still count: the usual way a test is scored.</summary>
    CountAsZero,

    /// <summary>It is left out of the target's possible points (the student was absent for that part).</summary>
    Exclude,
}
