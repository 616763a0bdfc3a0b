namespace MathPlc.Interventions;

/// <summary>
/// Entry and exit criteria evaluated at a plan's review, from the progress-monitoring decision, a reassessment of
/// the plan's targets and the latest screening.
/// </summary>
/// <remarks>
/// Rules (reference/interventions.md §11, proposed defaults, decision 0034), first that applies wins:
/// <list type="number">
/// <item>Exit: every target of the plan reassessed as proficient (PLC-level Tier 2), or progress says
/// <c>raise-goal</c> and the screening percentile is at or above the exit percentile (default 25).
/// From Tier 3, exit means stepping down to Tier 2 (ckburns: "if progressing, return to Tier 1/2").</item>
/// <item>Progress says <c>change-instruction</c>: at the end of a Tier 2 cycle, move to Tier 3 (non-response);
/// otherwise change the intervention.</item>
/// <item>Otherwise continue (including insufficient data).</item>
/// </list>
/// </remarks>
public static class PlanReview
{
    /// <summary>Evaluates a review.</summary>
    /// <param name="plan">The plan under review.</param>
    /// <param name="progress">The progress decision at the review date, or null when no monitoring data exist.</param>
    /// <param name="targetsReassessedProficient">Whether every target of the plan was reassessed as proficient.</param>
    /// <param name="screeningPercentile">The latest screening percentile, if any.</param>
    /// <param name="endOfCycle">Whether this is the review at the end of the cycle.</param>
    /// <param name="exitPercentile">The screening percentile at or above which raise-goal progress exits (default 25).</param>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A percentile is outside 0–100.</exception>
    public static (ReviewOutcomeKind Outcome, ImmutableArray<Reason> Reasons) Evaluate(InterventionPlan plan, ProgressDecisionKind? progress,
        bool targetsReassessedProficient, double? screeningPercentile, bool endOfCycle, double exitPercentile = 25)
    {
        Guard.Against.Null(plan);
        Guard.Against.OutsideRange(exitPercentile, 0, 100, nameof(exitPercentile));
        if (screeningPercentile is { } pr) Guard.Against.OutsideRange(pr, 0, 100, nameof(screeningPercentile));
        string to = plan.Tier == Tier.Tier3 ? "Tier 2" : "core";
        if (targetsReassessedProficient)
            return (ReviewOutcomeKind.Exit, [new Reason("targets-proficient", $"Every target of the plan was reassessed as proficient: move to {to}.").With("to", to)]);
        if (progress == ProgressDecisionKind.RaiseGoal && screeningPercentile is { } p && Threshold.AtOrAbove(p, exitPercentile))
            return (ReviewOutcomeKind.Exit, [new Reason("responding", $"Progress is above the goal line and screening is at percentile {InvariantNumber.Format(p)} (at least {InvariantNumber.Format(exitPercentile)}): move to {to}.")
                .With("percentile", p).With("cut", exitPercentile).With("to", to)]);
        if (progress == ProgressDecisionKind.ChangeInstruction)
            return endOfCycle && plan.Tier == Tier.Tier2
                ? (ReviewOutcomeKind.MoveToTier3, [new Reason("tier2-non-response", "Progress is below the goal line at the end of the Tier 2 cycle: move to Tier 3.")])
                : (ReviewOutcomeKind.ChangeIntervention, [new Reason("change-intervention", "Progress is below the goal line: change the intervention.")]);
        return (ReviewOutcomeKind.Continue, [new Reason("continue", progress is null or ProgressDecisionKind.InsufficientData
            ? "Not enough monitoring data to change course: continue."
            : "Progress does not call for a change: continue.").With("progress", ProgressMonitoring.Text(progress ?? ProgressDecisionKind.InsufficientData))]);
    }
}
