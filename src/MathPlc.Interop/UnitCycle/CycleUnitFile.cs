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
/// <param name="Response">The team's capacity and response rules (the unit file's <c>response</c> object), or null for the defaults.</param>
public sealed record CycleUnitFile(
    string Team, UnitPlan Unit, AssessmentBlueprint Blueprint, LocalDate AssessedOn, SchoolCalendar Calendar, LocalDate NextCycleStart,
    TargetScoringRule? Scoring = null, ProficiencyOptions? Grading = null, TierRules? TierRules = null, int? MinimumGroupSize = null,
    ResponseSettings? Response = null)
{
    /// <summary>The team's name.</summary>
    public string Team { get; } = !string.IsNullOrWhiteSpace(Team) ? Team.Trim() : throw new ArgumentException("The team needs a name.", nameof(Team));

    /// <summary>The unit plan.</summary>
    public UnitPlan Unit { get; } = Guard.Against.Null(Unit);

    /// <summary>The common assessment's blueprint.</summary>
    public AssessmentBlueprint Blueprint { get; } = Guard.Against.Null(Blueprint);

    /// <summary>The school calendar.</summary>
    public SchoolCalendar Calendar { get; } = Guard.Against.Null(Calendar);

    /// <summary>The fewest students a shown rate may rest on, or null for the default.</summary>
    public int? MinimumGroupSize { get; } = MinimumGroupSize is null or >= 1 ? MinimumGroupSize
        : throw new ArgumentOutOfRangeException(nameof(MinimumGroupSize), MinimumGroupSize, "The minimum group size must be 1 or more.");
}

/// <summary>
/// The unit file's optional <c>response</c> object: the adults who lead groups, the weekly intervention blocks, the
/// whole-class line and the instructional days to the reassessment. A part left out takes its default: the roster's
/// teachers, <see cref="ResponseCapacity.DefaultBlocks"/>, <see cref="ResponseRules.Default"/>.
/// </summary>
/// <param name="Adults">The adults, or null for the roster's teachers.</param>
/// <param name="Blocks">The weekly blocks, or null for the default blocks.</param>
/// <param name="WholeClassAtLeast">The whole-class line, or null for the default.</param>
/// <param name="ReassessAfterDays">The instructional days to the reassessment, or null for the default.</param>
public sealed record ResponseSettings(ValueArray<TeacherId>? Adults = null, ValueArray<InterventionBlock>? Blocks = null,
    double? WholeClassAtLeast = null, int? ReassessAfterDays = null)
{
    /// <summary>The rules these settings give.</summary>
    public ResponseRules Rules() => new(WholeClassAtLeast ?? ResponseRules.Default.WholeClassAtLeast, ReassessAfterDays ?? ResponseRules.Default.ReassessAfterDays);

    /// <summary>The capacity these settings give for a roster.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="roster"/> is null.</exception>
    public ResponseCapacity Capacity(Roster roster)
    {
        Guard.Against.Null(roster);
        return new ResponseCapacity(Adults ?? roster.Teachers, Blocks ?? ResponseCapacity.DefaultBlocks);
    }
}
