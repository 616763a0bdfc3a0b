namespace MathPlc.CriticalQuestions;

/// <summary>What the unit's data shows about a high-leverage team action.</summary>
public enum TeamActionState
{
    /// <summary>The data shows the action done (or the team reported it done and the data cannot tell).</summary>
    Done,

    /// <summary>The data shows something the action would have produced is missing; the reasons say what.</summary>
    Missing,

    /// <summary>The unit's data cannot tell (no homework or lesson records), and the team has not reported it.</summary>
    NotInData,
}
