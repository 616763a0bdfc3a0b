namespace MathPlc.Interventions;

/// <summary>What the progress-monitoring data say to do.</summary>
public enum ProgressDecisionKind
{
    /// <summary>Too few points or weeks to decide yet.</summary>
    InsufficientData,
    /// <summary>Keep the intervention and the goal; keep monitoring.</summary>
    Continue,
    /// <summary>Progress is better than the goal line: raise the goal.</summary>
    RaiseGoal,
    /// <summary>Progress is worse than the goal line: change the intervention.</summary>
    ChangeInstruction,
}
