using MathPlc.Core;
using NodaTime;

namespace MathPlc.Interventions;

/// <summary>
/// What one student's progress-monitoring data say: the baseline and goal line, the slopes, the rate of
/// improvement and gap, and the decision with the rule that made it and every reason.
/// </summary>
/// <param name="Points">Probes after the baseline (the points the rules judge).</param>
/// <param name="Baseline">The baseline score, or null when there were too few probes for one.</param>
/// <param name="BaselineDate">The baseline's date, or null.</param>
/// <param name="GoalSlopePerWeek">The goal line's slope per week, or null without a baseline.</param>
/// <param name="OlsSlopePerWeek">The least-squares slope of the points per week, or null with fewer than 2 points.</param>
/// <param name="TukeySlopePerWeek">The Tukey tri-split slope per week, or null with fewer than 3 points.</param>
/// <param name="RoiPerWeek">The rate of improvement: (current − baseline) / weeks, current the median of the last three points; null without points.</param>
/// <param name="GapRatio">The goal line's value at the last point over the current performance; null when that is not positive.</param>
/// <param name="Decision">The decision.</param>
/// <param name="DecidedBy">The rule that decided, or null for insufficient data.</param>
/// <param name="Reasons">Why, with the numbers.</param>
/// <param name="Level">The current level: the median of the last three points (of all, with fewer); null without points.</param>
/// <param name="ProjectedAtGoalDate">The least-squares trend line's value at the goal date; null with fewer than 2 points.</param>
/// <param name="MissesGoal">Whether the trend line at the goal date falls short of the goal by more than the tolerance band (decision 0046); null with fewer than 2 points.</param>
/// <param name="NeededRoiPerWeek">The growth per week needed from the current level to reach the goal by the goal date (gap analysis); null without points or after the goal date.</param>
public sealed record ProgressReport(
    int Points,
    double? Baseline,
    LocalDate? BaselineDate,
    double? GoalSlopePerWeek,
    double? OlsSlopePerWeek,
    double? TukeySlopePerWeek,
    double? RoiPerWeek,
    double? GapRatio,
    ProgressDecisionKind Decision,
    ProgressRule? DecidedBy,
    ValueArray<Reason> Reasons,
    double? Level = null,
    double? ProjectedAtGoalDate = null,
    double? NeededRoiPerWeek = null,
    bool? MissesGoal = null);
