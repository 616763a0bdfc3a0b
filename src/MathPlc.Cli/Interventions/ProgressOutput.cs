using System.Text.Json.Serialization;
using MathPlc.Core.Json;
using MathPlc.Interventions;

namespace MathPlc.Cli.Interventions;

/// <summary>
/// One student's line of <c>mathplc progress</c>'s JSON (docs/cli.md): the numbers of the progress-monitoring decision,
/// null where they cannot be computed, the decision, the goal and dual-discrepancy checks and the reasons with their
/// data (Core's <see cref="ReasonContract"/>). The file is an array of these, in the reports' order.
/// </summary>
/// <param name="StudentId">The student.</param>
/// <param name="Points">The probes used.</param>
/// <param name="Baseline">The baseline; null without one.</param>
/// <param name="BaselineDate">The baseline's date, <c>yyyy-MM-dd</c>; left out without one.</param>
/// <param name="OlsSlopePerWeek">The least-squares slope per week; null below two points.</param>
/// <param name="TukeySlopePerWeek">Tukey's slope per week; null when it cannot be computed.</param>
/// <param name="GoalSlopePerWeek">The goal line's slope per week.</param>
/// <param name="RoiPerWeek">The rate of improvement per week.</param>
/// <param name="GapRatio">The gap ratio.</param>
/// <param name="Decision">The decision, as the CSV writes it.</param>
/// <param name="DecidedBy">The rule that decided; left out when none did.</param>
/// <param name="Level">The latest level.</param>
/// <param name="ProjectedAtGoalDate">The trend projected to the goal date.</param>
/// <param name="NeededRoiPerWeek">The rate of improvement still needed per week.</param>
/// <param name="MissesGoal">Whether the projection misses the goal; null when unknown.</param>
/// <param name="DualDiscrepancy">Whether both level and growth are discrepant; null when not checked.</param>
/// <param name="Reasons">Why, each with code, message and data; the dual-discrepancy reasons last.</param>
internal sealed record ProgressOutput(string StudentId, int Points, double? Baseline, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? BaselineDate, double? OlsSlopePerWeek, double? TukeySlopePerWeek,
    double? GoalSlopePerWeek, double? RoiPerWeek, double? GapRatio, string Decision, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? DecidedBy, double? Level, double? ProjectedAtGoalDate,
    double? NeededRoiPerWeek, bool? MissesGoal, bool? DualDiscrepancy, IReadOnlyList<ReasonContract> Reasons)
{
    /// <summary>The output of the reports, one line per student.</summary>
    public static IReadOnlyList<ProgressOutput> Of(IEnumerable<ProgressTable.ProgressRow> rows) => [.. rows.Select(row =>
    {
        var r = row.Report;
        var reasons = row.DualReasons.IsDefaultOrEmpty ? r.Reasons.AsImmutableArray() : r.Reasons.AsImmutableArray().AddRange(row.DualReasons);
        return new ProgressOutput(row.StudentId.Value, r.Points, r.Baseline, r.BaselineDate is { } date ? JsonScalarText.IsoDateText(date) : null,
            r.OlsSlopePerWeek, r.TukeySlopePerWeek, r.GoalSlopePerWeek, r.RoiPerWeek, r.GapRatio, ProgressMonitoring.Text(r.Decision),
            r.DecidedBy is { } rule ? ProgressMonitoring.Name(rule) : null, r.Level, r.ProjectedAtGoalDate, r.NeededRoiPerWeek,
            row.MissesGoal, row.DualDiscrepancy, TiersOutput.Reasons(reasons));
    })];
}
