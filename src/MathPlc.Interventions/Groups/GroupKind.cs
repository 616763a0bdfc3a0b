namespace MathPlc.Interventions;

/// <summary>What a group is for.</summary>
public enum GroupKind
{
    /// <summary>Intensive support (Tier 3), most in need: placed first.</summary>
    Tier3,
    /// <summary>Targeted support on one unmet target (Tier 2).</summary>
    Tier2,
    /// <summary>Extension for students proficient on every essential target (question 4): placed last.</summary>
    Extension,
}
