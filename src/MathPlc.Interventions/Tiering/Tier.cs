namespace MathPlc.Interventions;

/// <summary>The tier of support a student gets, from least to most intensive (RTI/MTSS).</summary>
public enum Tier
{
    /// <summary>Tier 1: core instruction only (extension is flagged among these).</summary>
    Core,
    /// <summary>Tier 2: targeted, small-group support on unmet targets.</summary>
    Tier2,
    /// <summary>Tier 3: intensive, individualised support.</summary>
    Tier3,
}
