using MathPlc.Core;

namespace MathPlc.Interventions;

/// <summary>The groups formed, and every student who needed one but could not be placed.</summary>
/// <param name="Groups">Tier 3 groups first, then Tier 2, then extension; within a kind by target in progression order.</param>
/// <param name="Unplaced">Students not placed, with the reason, in the same order.</param>
public sealed record GroupingResult(ValueArray<InterventionGroup> Groups, ValueArray<UnplacedStudent> Unplaced);
