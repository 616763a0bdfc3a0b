using System.Globalization;

namespace MathPlc.Teams;

/// <summary>
/// Checks SMART goals and judges their attainment (O'Neill 2000; Conzemius &amp; O'Neill 2006): what a draft is missing
/// or asks for unrealistically, and whether measured values show it achieved, on track, at risk or missed.
/// </summary>
public static class SmartGoals
{
    private const double DaysPerYear = 365.25;

    /// <summary>Checks a goal with <see cref="SmartRules.Default"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="goal"/> is null.</exception>
    public static SmartCheck Check(SmartGoal goal) => Check(goal, SmartRules.Default);

    /// <summary>
    /// Checks a goal: a statement and target group (S), an indicator, baseline and target that differ (M), a change per
    /// year within <see cref="SmartRules.StretchFactor"/> times the historical change (A), a results goal (R), a deadline
    /// (T), and action steps each with an owner and a date by the deadline.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static SmartCheck Check(SmartGoal goal, SmartRules rules)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(rules);
        var found = new List<SmartFinding>();
        void Problem(SmartCriterion c, string code, string message) => found.Add(new SmartFinding(c, true, new Reason(code, message)));
        void Advice(SmartCriterion c, string code, string message) => found.Add(new SmartFinding(c, false, new Reason(code, message)));

        if (goal.Statement is null) Problem(SmartCriterion.StrategicAndSpecific, "no-statement", "Say what will change.");
        if (goal.TargetGroup is null) Problem(SmartCriterion.StrategicAndSpecific, "no-target-group", "Name the students the goal is for.");

        if (goal.Indicator is null) Problem(SmartCriterion.Measurable, "no-indicator", "Name the measure (\"as measured by …\").");
        if (goal.Baseline is null || goal.BaselineDate is null) Problem(SmartCriterion.Measurable, "no-baseline", "Give the current value of the measure and when it was taken.");
        if (goal.Target is null) Problem(SmartCriterion.Measurable, "no-target", "Give the value to reach.");
        else if (goal.Baseline == goal.Target) Problem(SmartCriterion.Measurable, "no-change", "The target equals the baseline: the goal asks for no change.");

        double? required = null;
        if (goal.IsMeasurable)
        {
            double years = Period.DaysBetween(goal.BaselineDate!.Value, goal.Deadline!.Value) / DaysPerYear;
            double change = goal.Target!.Value - goal.Baseline!.Value;
            required = change / years;
            if (goal.HistoricalChangePerYear is not { } history)
                Advice(SmartCriterion.Attainable, "no-history", "Without the historical change per year, attainability cannot be judged.");
            else
            {
                double alongGoal = history * Math.Sign(change); // the historical change in the goal's direction
                double needed = Math.Abs(required.Value);
                if (alongGoal <= 0)
                    Problem(SmartCriterion.Attainable, "against-history", Invariant($"The goal asks for {Fmt(needed)} per year in a direction the measure has not moved historically ({Fmt(history)} per year)."));
                else if (needed > rules.StretchFactor * alongGoal)
                    Problem(SmartCriterion.Attainable, "unrealistic", Invariant($"The goal asks for {Fmt(needed)} per year, more than {Fmt(rules.StretchFactor)} times the historical {Fmt(alongGoal)} per year."));
            }
        }

        if (goal.Type == GoalType.Process)
            Problem(SmartCriterion.ResultsOriented, "process-goal", "A process goal is not enough on its own: pair it with a goal for student results.");

        if (goal.Deadline is null) Problem(SmartCriterion.TimeBound, "no-deadline", "Give the date by which the goal is met.");

        if (goal.ActionSteps.IsEmpty) Problem(SmartCriterion.ActionSteps, "no-action-steps", "List the strategies and action steps that will reach the goal.");
        foreach (var step in goal.ActionSteps)
        {
            if (step.Owner is null) Problem(SmartCriterion.ActionSteps, "step-without-owner", $"Name who is responsible for \"{step.Description}\".");
            if (step.Due is null) Problem(SmartCriterion.ActionSteps, "step-without-date", $"Give a date for \"{step.Description}\".");
            else if (goal.Deadline is { } deadline && step.Due > deadline)
                Problem(SmartCriterion.ActionSteps, "step-after-deadline", $"\"{step.Description}\" is due {step.Due:uuuu-MM-dd}, after the goal's deadline {deadline:uuuu-MM-dd}.");
        }
        return new SmartCheck(goal, [.. found.OrderBy(f => f.Criterion)], required);
    }

    /// <summary>Judges attainment with <see cref="SmartRules.Default"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="goal"/> or <paramref name="measurements"/> is null.</exception>
    public static GoalAttainment Attainment(SmartGoal goal, IEnumerable<GoalMeasurement> measurements, LocalDate asOf) =>
        Attainment(goal, measurements, asOf, SmartRules.Default);

    /// <summary>
    /// Judges a goal's attainment on <paramref name="asOf"/> from the measurements taken after its baseline and up to that
    /// date: achieved when one on or before the deadline reached the target; missed when the deadline has passed without
    /// that; otherwise on track or at risk by the least-squares line through the baseline and the measurements, projected
    /// to the deadline; not enough data when the goal is not measurable or has too few measurements.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static GoalAttainment Attainment(SmartGoal goal, IEnumerable<GoalMeasurement> measurements, LocalDate asOf, SmartRules rules)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(measurements);
        ArgumentNullException.ThrowIfNull(rules);
        if (!goal.IsMeasurable)
            return new GoalAttainment(AttainmentStatus.NotEnoughData, null, null,
                new Reason("not-measurable", "The goal needs a baseline with its date, a different target and a deadline before attainment can be judged."));
        double baseline = goal.Baseline!.Value, target = goal.Target!.Value;
        LocalDate start = goal.BaselineDate!.Value, deadline = goal.Deadline!.Value;
        int direction = Math.Sign(target - baseline);
        bool Reached(double v) => direction > 0 ? v >= target : v <= target;

        var taken = measurements.Where(m => m.Date > start && m.Date <= asOf).OrderBy(m => m.Date).ToArray();
        GoalMeasurement? latest = taken.Length == 0 ? null : taken[^1];
        var hit = taken.FirstOrDefault(m => m.Date <= deadline && Reached(m.Value));
        if (taken.Any(m => m.Date <= deadline && Reached(m.Value)))
            return new GoalAttainment(AttainmentStatus.Achieved, latest, null,
                new Reason("achieved", Invariant($"{Fmt(hit.Value)} on {hit.Date:uuuu-MM-dd} reached the target {Fmt(target)}.")).With("value", hit.Value));
        if (asOf > deadline)
            return new GoalAttainment(AttainmentStatus.Missed, latest, null,
                new Reason("missed", Invariant($"The deadline {deadline:uuuu-MM-dd} passed without reaching {Fmt(target)}; the latest value was {(latest is { } l ? Fmt(l.Value) : "not measured")}.")));
        if (taken.Length < rules.MinimumMeasurements)
            return new GoalAttainment(AttainmentStatus.NotEnoughData, latest, null,
                new Reason("too-few-measurements", $"{taken.Length} measurement(s) since the baseline; {rules.MinimumMeasurements} needed to project.")
                    .With("measurements", taken.Length).With("needed", rules.MinimumMeasurements));

        // Least squares through (0, baseline) and the measurements, x in days since the baseline.
        var xs = taken.Select(m => (double)Period.DaysBetween(start, m.Date)).Prepend(0).ToArray();
        var ys = taken.Select(m => m.Value).Prepend(baseline).ToArray();
        double mx = xs.Average(), my = ys.Average();
        double sxy = 0, sxx = 0;
        for (int i = 0; i < xs.Length; i++)
        {
            sxy += (xs[i] - mx) * (ys[i] - my);
            sxx += (xs[i] - mx) * (xs[i] - mx);
        }
        double slope = sxx == 0 ? 0 : sxy / sxx;
        double projected = my + slope * (Period.DaysBetween(start, deadline) - mx);
        return Reached(projected)
            ? new GoalAttainment(AttainmentStatus.OnTrack, latest, projected,
                new Reason("on-track", Invariant($"The trend projects {Fmt(projected)} by {deadline:uuuu-MM-dd}, reaching the target {Fmt(target)}.")).With("projected", projected))
            : new GoalAttainment(AttainmentStatus.AtRisk, latest, projected,
                new Reason("at-risk", Invariant($"The trend projects {Fmt(projected)} by {deadline:uuuu-MM-dd}, short of the target {Fmt(target)}.")).With("projected", projected));
    }

    private static string Fmt(double value) => Math.Round(value, 4).ToString("0.####", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
