namespace MathPlc.Assessments;

/// <summary>Whether a blueprint finding is a criterion met or something the team should fix.</summary>
public enum FindingSeverity
{
    /// <summary>The criterion is met.</summary>
    Met,

    /// <summary>The criterion is not met; the reason says what to change.</summary>
    Concern,
}
