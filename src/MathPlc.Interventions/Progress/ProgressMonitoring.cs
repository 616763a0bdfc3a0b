using NodaTime;

namespace MathPlc.Interventions;

/// <summary>
/// Progress-monitoring decisions: baseline, goal (aim) line, slopes, rate of improvement, gap, and the decision
/// (raise the goal, change the intervention, continue, not enough data) with its reasons.
/// </summary>
/// <remarks>
/// <para>
/// Sources: IRIS Center progress-monitoring modules (baseline as the median of three probes; goal line from the
/// baseline to the goal; 6–8 points over at least 3 weeks before deciding); NCII, "Decision Rules for Analyzing
/// Academic Progress Monitoring Data" (four-point, trend-line and median-of-last-three rules); NCRTI Progress
/// Monitoring Brief #3. See reference/interventions.md §2–§6.
/// </para>
/// <para>
/// Time is in weeks from the baseline date: calendar days ÷ 7. Probes are sorted by date first (a probe out of
/// order is not an error); two probes on the same date are refused, since which counts is then unknown (decision
/// 0033). Without a baseline in the goal, the baseline is the median of the first
/// <see cref="ProgressRules.BaselineProbes"/> probes, dated at the last of them. The rules judge the points after
/// the baseline date. Comparisons with the goal line use <see cref="Threshold"/>: a point on the line is neither
/// above nor below it, so it breaks a k-point run.
/// </para>
/// </remarks>
public static class ProgressMonitoring
{
    /// <summary>Judges one student's probes against their goal.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Two probes share a date, a score is not finite, or the goal date is not after the baseline date (a goal date before the baseline).</exception>
    public static ProgressReport Decide(IEnumerable<Probe> probes, ProgressGoal goal, ProgressRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(probes);
        ArgumentNullException.ThrowIfNull(goal);
        rules ??= ProgressRules.Default;
        var sorted = probes.ToArray();
        var reasons = new List<Reason>();
        bool inOrder = true;
        for (int i = 0; i < sorted.Length; i++)
        {
            Preconditions.CheckFinite(sorted[i].Score, nameof(probes));
            if (i > 0 && sorted[i].MeasuredOn < sorted[i - 1].MeasuredOn) inOrder = false;
        }
        if (!inOrder)
        {
            Array.Sort(sorted, (a, b) => a.MeasuredOn.CompareTo(b.MeasuredOn)); // unstable is fine: dates are distinct
            reasons.Add(new Reason("probes-sorted", "The probes were not in date order; they were sorted by date."));
        }
        for (int i = 1; i < sorted.Length; i++)
            Preconditions.CheckArgument(sorted[i].MeasuredOn != sorted[i - 1].MeasuredOn, nameof(probes),
                $"Two probes are dated {sorted[i].MeasuredOn:uuuu-MM-dd}; keep one per date.");

        double baseline;
        LocalDate baselineDate;
        if (goal.Baseline is { } b)
        {
            baseline = b;
            baselineDate = goal.BaselineDate!.Value;
            reasons.Add(Why.Of("baseline-given", $"Baseline {Why.N(b)} on {baselineDate:uuuu-MM-dd}, as given.", ("baseline", Why.N(b))));
        }
        else
        {
            if (sorted.Length < rules.BaselineProbes)
                return Insufficient(0, null, null, [.. reasons, new Reason("no-baseline",
                    $"{sorted.Length} probe{(sorted.Length == 1 ? "" : "s")}; the baseline needs {rules.BaselineProbes}.")
                    .With("probes", sorted.Length).With("needed", rules.BaselineProbes)]);
            var first = sorted.Take(rules.BaselineProbes).Select(p => p.Score).ToArray();
            baseline = Slopes.Median(first);
            baselineDate = sorted[rules.BaselineProbes - 1].MeasuredOn;
            reasons.Add(new Reason("baseline-median", $"Baseline {Preconditions.Format(baseline)}: the median of the first {rules.BaselineProbes} probes, dated {baselineDate:uuuu-MM-dd}.")
                .With("baseline", baseline).With("probes", rules.BaselineProbes));
        }
        Preconditions.CheckArgument(goal.GoalDate > baselineDate, nameof(goal),
            $"The goal date {goal.GoalDate:uuuu-MM-dd} is not after the baseline date {baselineDate:uuuu-MM-dd}.");
        double goalWeeks = Weeks(baselineDate, goal.GoalDate);
        double goalSlope = (goal.Goal - baseline) / goalWeeks;
        reasons.Add(Why.Of("goal-line", $"Goal line from {Why.N(baseline)} to {Why.N(goal.Goal)} by {goal.GoalDate:uuuu-MM-dd}: {Why.N(goalSlope)} per week.",
            ("goal", Why.N(goal.Goal)), ("goalSlopePerWeek", Why.N(goalSlope)), ("weeks", Why.N(goalWeeks))));

        var after = sorted.Where(p => p.MeasuredOn > baselineDate).ToArray();
        var weeks = after.Select(p => Weeks(baselineDate, p.MeasuredOn)).ToArray();
        var scores = after.Select(p => p.Score).ToArray();
        return Judge(weeks, scores, baseline, baselineDate, goalSlope, rules, reasons);
    }

    /// <summary>Weeks between two dates: calendar days ÷ 7.</summary>
    public static double Weeks(LocalDate from, LocalDate to) => Period.DaysBetween(from, to) / 7.0;

    private static ProgressReport Judge(double[] weeks, double[] scores, double baseline, LocalDate baselineDate, double goalSlope, ProgressRules rules, List<Reason> reasons)
    {
        int n = scores.Length;
        double? ols = Slopes.LeastSquares(weeks, scores);
        double? tukey = Slopes.TukeyTriSplit(weeks, scores);
        double? roi = null, gap = null;
        if (n > 0)
        {
            double current = n >= 3 ? DecisionRules.MedianOf3(scores[n - 3], scores[n - 2], scores[n - 1]) : Slopes.Median(scores);
            double last = weeks[n - 1];
            if (last > 0) roi = (current - baseline) / last;
            double expected = DecisionRules.GoalLine(baseline, goalSlope, last);
            if (current > 0) gap = expected / current;
        }
        double span = n > 0 ? weeks[n - 1] : 0;
        if (n < rules.MinPoints || Threshold.Below(span, rules.MinWeeks))
        {
            reasons.Add(Why.Of("too-little-data", $"{n} points over {Why.N(span)} weeks; a decision needs {rules.MinPoints} points and {Why.N(rules.MinWeeks)} weeks.",
                ("minPoints", Why.N(rules.MinPoints)), ("minWeeks", Why.N(rules.MinWeeks)), ("points", Why.N(n)), ("weeks", Why.N(span))));
            return new ProgressReport(n, baseline, baselineDate, goalSlope, ols, tukey, roi, gap, ProgressDecisionKind.InsufficientData, null, [.. reasons]);
        }

        var verdicts = new List<(ProgressRule Rule, ProgressDecisionKind Kind)>();
        if (rules.Rule is ProgressRule.Trend or ProgressRule.All)
        {
            if (n >= rules.TrendMinPoints && ols is { } slope)
            {
                var kind = DecisionRules.Trend(slope, goalSlope, rules.ParallelTolerance);
                verdicts.Add((ProgressRule.Trend, kind));
                reasons.Add(Why.Of("trend-rule", $"Trend {Why.N(slope)} per week against the goal line's {Why.N(goalSlope)}: {Text(kind)}.",
                    ("goalSlopePerWeek", Why.N(goalSlope)), ("olsSlopePerWeek", Why.N(slope)), ("tolerance", Why.N(rules.ParallelTolerance)), ("verdict", Text(kind))));
            }
            else
            {
                reasons.Add(Why.Of("trend-rule-waits", $"The trend rule needs {rules.TrendMinPoints} points; there are {n}.", ("needed", Why.N(rules.TrendMinPoints)), ("points", Why.N(n))));
            }
        }
        if (rules.Rule is ProgressRule.FourPoint or ProgressRule.All)
        {
            var kind = DecisionRules.KPoint(weeks, scores, baseline, goalSlope, rules.Points);
            verdicts.Add((ProgressRule.FourPoint, kind));
            reasons.Add(Why.Of("k-point-rule", $"The last {rules.Points} points against the goal line: {Text(kind)}.", ("k", Why.N(rules.Points)), ("verdict", Text(kind))));
        }
        if (rules.Rule is ProgressRule.MedianOfThree or ProgressRule.All)
        {
            var kind = DecisionRules.MedianOfThree(weeks, scores, baseline, goalSlope, out double median, out double line);
            verdicts.Add((ProgressRule.MedianOfThree, kind));
            reasons.Add(Why.Of("median-of-three-rule", $"The median of the last three points, {Why.N(median)}, against the goal line's {Why.N(line)}: {Text(kind)}.",
                ("goalLine", Why.N(line)), ("median", Why.N(median)), ("verdict", Text(kind))));
        }
        var decisive = verdicts.FirstOrDefault(v => v.Kind != ProgressDecisionKind.InsufficientData);
        if (verdicts.Count == 0 || decisive.Kind == ProgressDecisionKind.InsufficientData)
            return new ProgressReport(n, baseline, baselineDate, goalSlope, ols, tukey, roi, gap, ProgressDecisionKind.InsufficientData, null, [.. reasons]);
        reasons.Add(Why.Of("decided-by", $"Decided by the {Name(decisive.Rule)} rule: {Text(decisive.Kind)}.", ("rule", Name(decisive.Rule))));
        return new ProgressReport(n, baseline, baselineDate, goalSlope, ols, tukey, roi, gap, decisive.Kind, decisive.Rule, [.. reasons]);
    }

    private static ProgressReport Insufficient(int points, double? baseline, LocalDate? date, ImmutableArray<Reason> reasons) =>
        new(points, baseline, date, null, null, null, null, null, ProgressDecisionKind.InsufficientData, null, reasons);

    /// <summary>The decision as the CLI writes it: <c>raise-goal</c>, <c>change-instruction</c>, <c>continue</c>, <c>insufficient-data</c>.</summary>
    public static string Text(ProgressDecisionKind kind) => kind switch
    {
        ProgressDecisionKind.RaiseGoal => "raise-goal",
        ProgressDecisionKind.ChangeInstruction => "change-instruction",
        ProgressDecisionKind.Continue => "continue",
        _ => "insufficient-data",
    };

    /// <summary>The rule's name as the CLI writes it: <c>four-point</c>, <c>trend</c>, <c>median-of-three</c>, <c>all</c>.</summary>
    public static string Name(ProgressRule rule) => rule switch
    {
        ProgressRule.FourPoint => "four-point",
        ProgressRule.Trend => "trend",
        ProgressRule.MedianOfThree => "median-of-three",
        _ => "all",
    };
}
