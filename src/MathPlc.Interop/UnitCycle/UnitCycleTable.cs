namespace MathPlc.Interop.UnitCycle;

/// <summary>The tables of a unit cycle (<see cref="UnitCycleTables"/>).</summary>
public enum UnitCycleTable
{
    /// <summary><c>plan.csv</c>: one response per student per essential target.</summary>
    Plan,

    /// <summary><c>proficiency.csv</c>: proficiency per student per essential target.</summary>
    Proficiency,

    /// <summary><c>tiers.csv</c>: one row per student, the most intensive tier.</summary>
    Tiers,

    /// <summary><c>groups.csv</c>: one row per student in a Tier 2 or Tier 3 group.</summary>
    Groups,
}
