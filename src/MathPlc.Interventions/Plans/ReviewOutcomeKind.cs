namespace MathPlc.Interventions;

/// <summary>What a plan review decides.</summary>
public enum ReviewOutcomeKind
{
    /// <summary>Keep the plan as it is.</summary>
    Continue,
    /// <summary>The exit criteria are met: return to core (from Tier 2) or step down to Tier 2 (from Tier 3).</summary>
    Exit,
    /// <summary>Change the intervention within the tier (mid-cycle non-response).</summary>
    ChangeIntervention,
    /// <summary>No response to a completed Tier 2 cycle: move to Tier 3.</summary>
    MoveToTier3,
}
