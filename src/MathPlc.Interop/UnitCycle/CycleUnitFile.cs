using MathPlc.Assessments;
using MathPlc.Core;
using MathPlc.Grading;
using MathPlc.Interventions;
using MathPlc.Standards;
using NodaTime;

namespace MathPlc.Interop.UnitCycle;

/// <summary>
/// What a team's unit file (<c>mathplc cycle --unit unit.json</c>) holds: everything of one unit cycle except the
/// roster and the scores — the team's name, the unit plan with its essential targets, the common assessment's
/// blueprint and date, the school calendar, the start of the next intervention cycle, and the rules the team changed
/// from MathPlc's defaults (null = the default of the unit cycle).
/// </summary>
/// <remarks>Read and written by <see cref="CycleUnitJson"/>; decision record <c>docs/decisions/0071-cycle-input-files.md</c>.</remarks>
/// <param name="Team">The team's name.</param>
/// <param name="Unit">The unit plan; its targets are the essential targets.</param>
/// <param name="Blueprint">The common assessment's blueprint (its name is the assessment's name).</param>
/// <param name="AssessedOn">The date of the common assessment.</param>
/// <param name="Calendar">The school calendar.</param>
/// <param name="NextCycleStart">The first day of the next intervention cycle.</param>
/// <param name="Scoring">The conversion table from percent of points to the scale, or null for the default.</param>
/// <param name="Grading">The grading method, scale, rounding and policy, or null for the default.</param>
/// <param name="TierRules">The tiering rules, or null for the default.</param>
/// <param name="MinimumGroupSize">The fewest students a shown rate may rest on, or null for the default.</param>
public sealed record CycleUnitFile(
    string Team, UnitPlan Unit, AssessmentBlueprint Blueprint, LocalDate AssessedOn, SchoolCalendar Calendar, LocalDate NextCycleStart,
    TargetScoringRule? Scoring = null, ProficiencyOptions? Grading = null, TierRules? TierRules = null, int? MinimumGroupSize = null)
{
    /// <summary>The team's name.</summary>
    public string Team { get; } = !string.IsNullOrWhiteSpace(Team) ? Team.Trim() : throw new ArgumentException("The team needs a name.", nameof(Team));

    /// <summary>The unit plan.</summary>
    public UnitPlan Unit { get; } = Unit ?? throw new ArgumentNullException(nameof(Unit));

    /// <summary>The common assessment's blueprint.</summary>
    public AssessmentBlueprint Blueprint { get; } = Blueprint ?? throw new ArgumentNullException(nameof(Blueprint));

    /// <summary>The school calendar.</summary>
    public SchoolCalendar Calendar { get; } = Calendar ?? throw new ArgumentNullException(nameof(Calendar));

    /// <summary>The fewest students a shown rate may rest on, or null for the default.</summary>
    public int? MinimumGroupSize { get; } = MinimumGroupSize is null or >= 1 ? MinimumGroupSize
        : throw new ArgumentOutOfRangeException(nameof(MinimumGroupSize), MinimumGroupSize, "The minimum group size must be 1 or more.");
}
