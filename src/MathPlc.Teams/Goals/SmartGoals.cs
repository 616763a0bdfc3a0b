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
        Guard.Against.Null(goal);
        Guard.Against.Null(rules);
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
        if (goal.IsMeasurable && goal.Horizon is { } horizon)
        {
            double change = goal.Target!.Value - goal.Baseline!.Value;
            int days = Period.DaysBetween(goal.BaselineDate!.Value, goal.Deadline!.Value);
            if (days > MaximumDays(horizon))
                Advice(SmartCriterion.TimeBound, "longer-than-horizon", Invariant($"The goal runs {days} days, longer than a {Name(horizon)} (at most about {MaximumDays(horizon)} days); check the horizon or the deadline."));
            if (goal.HistoricalChangePerHorizon is not { } history)
                Advice(SmartCriterion.Attainable, "no-history", goal.HistoricalChangePerYear is null
                    ? $"Without the change over a past {Name(horizon)}, attainability cannot be judged."
                    : $"The history given is per year; a {Name(horizon)} goal is judged against the change over a past {Name(horizon)}, never an annualised rate.");
            else
            {
                double alongGoal = history * Math.Sign(change);
                double needed = Math.Abs(change);
                if (alongGoal <= 0)
                    Problem(SmartCriterion.Attainable, "against-history", Invariant($"The goal asks for {Fmt(needed)} over the {Name(horizon)} in a direction the measure has not moved over a past {Name(horizon)} ({Fmt(history)})."));
                else if (needed > rules.StretchFactor * alongGoal)
                    Problem(SmartCriterion.Attainable, "unrealistic", Invariant($"The goal asks for {Fmt(needed)} over the {Name(horizon)}, more than {Fmt(rules.StretchFactor)} times the {Fmt(alongGoal)} of a past {Name(horizon)}."));
            }
        }
        else if (goal.IsMeasurable)
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
            Advice(SmartCriterion.ResultsOriented, "implementation-goal", "An implementation (process) goal: keep it beside the results goal it serves, so the team can tell whether doing it changed results (NCTM's toolkit pairs the two).");

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
    /// to the deadline, kept inside the measure's range when the goal gives one; not enough data when the goal is not
    /// measurable or has fewer than <see cref="SmartRules.MinimumMeasurements"/> measurements.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static GoalAttainment Attainment(SmartGoal goal, IEnumerable<GoalMeasurement> measurements, LocalDate asOf, SmartRules rules)
    {
        Guard.Against.Null(goal);
        Guard.Against.Null(measurements);
        Guard.Against.Null(rules);
        if (!goal.IsMeasurable)
            return new GoalAttainment(AttainmentStatus.InsufficientData, null, null,
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
            return new GoalAttainment(AttainmentStatus.InsufficientData, latest, null,
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
        if (goal.MeasureRange is { } range) projected = Math.Clamp(projected, range.Minimum, range.Maximum);
        return Reached(projected)
            ? new GoalAttainment(AttainmentStatus.OnTrack, latest, projected,
                new Reason("on-track", Invariant($"The trend projects {Fmt(projected)} by {deadline:uuuu-MM-dd}, reaching the target {Fmt(target)}.")).With("projected", projected))
            : new GoalAttainment(AttainmentStatus.AtRisk, latest, projected,
                new Reason("at-risk", Invariant($"The trend projects {Fmt(projected)} by {deadline:uuuu-MM-dd}, short of the target {Fmt(target)}.")).With("projected", projected));
    }

    /// <summary>
    /// Checks a team's goals together: implementation (process) goals are first-class, but a set with no results goal is a
    /// problem (Conzemius &amp; O'Neill: process goals are not enough on their own); each goal's own check follows.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null or holds null.</exception>
    public static (ImmutableArray<SmartCheck> Goals, ImmutableArray<Reason> Problems) CheckPlan(IEnumerable<SmartGoal> goals, SmartRules? rules = null)
    {
        Guard.Against.Null(goals);
        var all = Guard.Against.NullOrNullElements(goals, nameof(goals));
        var checks = all.Select(g => Check(g, rules ?? SmartRules.Default)).ToImmutableArray();
        ImmutableArray<Reason> problems = !all.IsEmpty && all.All(g => g.Type == GoalType.Process)
            ? [new Reason("no-results-goal", "Every goal is an implementation goal: add a results goal for students that they serve.")]
            : [];
        return (checks, problems);
    }

    /// <summary>The longest span, in days, a goal on <paramref name="horizon"/> is expected to run (a unit up to 13 weeks, a quarter 13, a semester 26, a year 53).</summary>
    private static int MaximumDays(GoalHorizon horizon) => horizon switch
    {
        GoalHorizon.Unit => 91,
        GoalHorizon.Quarter => 91,
        GoalHorizon.Semester => 182,
        _ => 371,
    };

    private static string Name(GoalHorizon horizon) => horizon.ToString().ToLowerInvariant();

    private static string Fmt(double value) => Math.Round(value, 4).ToString("0.####", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
