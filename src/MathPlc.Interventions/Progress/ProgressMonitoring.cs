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
/// Time is in weeks from the baseline date: calendar days ÷ 7, or, when a <see cref="SchoolCalendar"/> is given,
/// instructional weeks (instructional days after the baseline date up to the date ÷ the school's teaching days per
/// week), so breaks do not count as weeks of intervention (issue 16). Probes are sorted by date first (a probe out of
/// order is not an error); two probes on the same date are refused, since which counts is then unknown (decision
/// 0033). Without a baseline in the goal, the baseline is the median of the first
/// <see cref="ProgressRules.BaselineProbes"/> probes, dated at the last of them. The rules judge the points after
/// the baseline date. Comparisons with the goal line use <see cref="Threshold"/>: a point on the line is neither
/// above nor below it, so it breaks a k-point run.
/// </para>
/// <para>
/// The trend rule reads level and trend together (decision 0046): the least-squares line is projected to the goal date,
/// and a line that will not reach the goal there — short of it by more than <see cref="ProgressRules.ParallelTolerance"/>
/// × |goal − baseline|, the band the trend rule already allows — is <see cref="ProgressDecisionKind.ChangeInstruction"/> whatever its
/// slope — the docsbay "Decision making rules" handout's "make no changes unless the trendline is significantly below
/// the goal line", and the level half of Fuchs &amp; Fuchs' dual discrepancy.
/// </para>
/// </remarks>
public static class ProgressMonitoring
{
    /// <summary>Judges one student's probes against their goal.</summary>
    /// <param name="probes">The student's probes, any order.</param>
    /// <param name="goal">The goal and, optionally, the baseline.</param>
    /// <param name="rules">The settings; <see cref="ProgressRules.Default"/> when null.</param>
    /// <param name="calendar">The school calendar: weeks are then instructional weeks; calendar days ÷ 7 when null.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Two probes share a date, a score is not finite, or the goal date is not after the baseline date (or, with a calendar, no instructional day lies between them).</exception>
    public static ProgressReport Decide(IEnumerable<Probe> probes, ProgressGoal goal, ProgressRules? rules = null, SchoolCalendar? calendar = null)
    {
        Guard.Against.Null(probes);
        Guard.Against.Null(goal);
        rules ??= ProgressRules.Default;
        var sorted = probes.ToArray();
        var reasons = new List<Reason>();
        bool inOrder = true;
        for (int i = 0; i < sorted.Length; i++)
        {
            Guard.Against.NotFinite(sorted[i].Score, nameof(probes));
            if (i > 0 && sorted[i].MeasuredOn < sorted[i - 1].MeasuredOn) inOrder = false;
        }
        if (!inOrder)
        {
            Array.Sort(sorted, (a, b) => a.MeasuredOn.CompareTo(b.MeasuredOn)); // unstable is fine: dates are distinct
            reasons.Add(ProbesSorted);
        }
        for (int i = 1; i < sorted.Length; i++)
            Guard.Against.Unmet(sorted[i].MeasuredOn != sorted[i - 1].MeasuredOn, nameof(probes),
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
            // Issue 18: the reasons that repeat across students (here, in the goal line, the rules' verdicts) are built once per distinct facts.
            reasons.Add(ReasonCache.PerThread.Get(new("baseline-median", baselineDate.ToString("uuuu-MM-dd", null), baseline, rules.BaselineProbes), static k =>
                new Reason("baseline-median", $"Baseline {InvariantNumber.Format(k.X)}: the median of the first {(int)k.Y} probes, dated {k.Text}.")
                    .With("baseline", k.X).With("probes", (int)k.Y)));
        }
        Guard.Against.Unmet(goal.GoalDate > baselineDate, nameof(goal),
            $"The goal date {goal.GoalDate:uuuu-MM-dd} is not after the baseline date {baselineDate:uuuu-MM-dd}.");
        double goalWeeks = Weeks(baselineDate, goal.GoalDate, calendar);
        Guard.Against.Unmet(goalWeeks > 0, nameof(goal), $"No instructional day lies between the baseline date {baselineDate:uuuu-MM-dd} and the goal date {goal.GoalDate:uuuu-MM-dd} on the calendar.");
        if (calendar is not null)
            reasons.Add(Why.Of("instructional-weeks", $"Weeks are instructional weeks on the school calendar: {Why.N(goalWeeks)} from the baseline to the goal date (calendar days ÷ 7 would give {Why.N(Weeks(baselineDate, goal.GoalDate))}).",
                ("goalWeeks", Why.N(goalWeeks))));
        double goalSlope = (goal.Goal - baseline) / goalWeeks;
        reasons.Add(ReasonCache.PerThread.Get(new("goal-line", goal.GoalDate.ToString("uuuu-MM-dd", null), baseline, goal.Goal, goalWeeks), static k =>
        {
            double slope = (k.Y - k.X) / k.Z; // as goalSlope above, from the same numbers
            return Why.Of("goal-line", $"Goal line from {Why.N(k.X)} to {Why.N(k.Y)} by {k.Text}: {Why.N(slope)} per week.",
                ("goal", Why.N(k.Y)), ("goalSlopePerWeek", Why.N(slope)), ("weeks", Why.N(k.Z)));
        }));

        var after = sorted.Where(p => p.MeasuredOn > baselineDate).ToArray();
        var weeks = after.Select(p => Weeks(baselineDate, p.MeasuredOn, calendar)).ToArray();
        var scores = after.Select(p => p.Score).ToArray();
        return Judge(weeks, scores, baseline, baselineDate, goalSlope, goalWeeks, rules, reasons);
    }

    /// <summary>Weeks between two dates: calendar days ÷ 7.</summary>
    public static double Weeks(LocalDate from, LocalDate to) => Period.DaysBetween(from, to) / 7.0;

    /// <summary>
    /// Weeks from <paramref name="from"/> to <paramref name="to"/>: with a calendar, the instructional days after
    /// <paramref name="from"/> up to and including <paramref name="to"/>, divided by the school's teaching days per week
    /// (negative when <paramref name="to"/> is earlier); without one, calendar days ÷ 7.
    /// </summary>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar.</exception>
    public static double Weeks(LocalDate from, LocalDate to, SchoolCalendar? calendar)
    {
        if (calendar is null) return Weeks(from, to);
        if (to == from) return 0;
        double perWeek = calendar.InstructionalWeekdays.Length;
        return to > from
            ? calendar.InstructionalDaysBetween(from.PlusDays(1), to) / perWeek
            : -calendar.InstructionalDaysBetween(to.PlusDays(1), from) / perWeek;
    }

    private static ProgressReport Judge(double[] weeks, double[] scores, double baseline, LocalDate baselineDate, double goalSlope, double goalWeeks, ProgressRules rules, List<Reason> reasons)
    {
        int n = scores.Length;
        double? ols = Slopes.LeastSquares(weeks, scores);
        double? tukey = Slopes.TukeyTriSplit(weeks, scores);
        double? roi = null, gap = null, level = null, projected = null, needed = null;
        double goalValue = DecisionRules.GoalLine(baseline, goalSlope, goalWeeks);
        if (n > 0)
        {
            double current = n >= 3 ? DecisionRules.MedianOf3(scores[n - 3], scores[n - 2], scores[n - 1]) : Slopes.Median(scores);
            level = current;
            double last = weeks[n - 1];
            if (last > 0) roi = (current - baseline) / last;
            double expected = DecisionRules.GoalLine(baseline, goalSlope, last);
            if (current > 0) gap = expected / current;
            if (goalWeeks > last) needed = (goalValue - current) / (goalWeeks - last);
        }
        bool? misses = null;
        if (ols is { } fitted)
        {
            projected = DecisionRules.Project(weeks, scores, fitted, goalWeeks);
            misses = DecisionRules.MissesGoal(projected.Value, baseline, goalValue, goalSlope, rules.ParallelTolerance);
        }
        ProgressReport Report(ProgressDecisionKind kind, ProgressRule? by) =>
            new(n, baseline, baselineDate, goalSlope, ols, tukey, roi, gap, kind, by, [.. reasons], level, projected, needed, misses);
        double span = n > 0 ? weeks[n - 1] : 0;
        if (n < rules.MinPoints || Threshold.Below(span, rules.MinWeeks))
        {
            reasons.Add(ReasonCache.PerThread.Get(new("too-little-data", null, n, span, rules.MinPoints, rules.MinWeeks), static k =>
                Why.Of("too-little-data", $"{(int)k.X} points over {Why.N(k.Y)} weeks; a decision needs {(int)k.Z} points and {Why.N(k.W)} weeks.",
                    ("minPoints", Why.N((int)k.Z)), ("minWeeks", Why.N(k.W)), ("points", Why.N((int)k.X)), ("weeks", Why.N(k.Y)))));
            return Report(ProgressDecisionKind.InsufficientData, null);
        }

        var verdicts = new List<(ProgressRule Rule, ProgressDecisionKind Kind)>();
        if (rules.Rule is ProgressRule.Trend or ProgressRule.All)
        {
            if (n >= rules.TrendMinPoints && ols is { } slope)
            {
                var bySlope = DecisionRules.Trend(slope, goalSlope, rules.ParallelTolerance);
                var kind = DecisionRules.LevelAndTrend(bySlope, misses!.Value);
                verdicts.Add((ProgressRule.Trend, kind));
                reasons.Add(Why.Of("trend-rule", $"Trend {Why.N(slope)} per week against the goal line's {Why.N(goalSlope)}: {Text(bySlope)}.",
                    ("goalSlopePerWeek", Why.N(goalSlope)), ("olsSlopePerWeek", Why.N(slope)), ("tolerance", Why.N(rules.ParallelTolerance)), ("verdict", Text(bySlope))));
                if (kind != bySlope)
                    reasons.Add(Why.Of("trend-misses-goal", $"The trend line reaches {Why.N(projected!.Value)} by the goal date, short of the goal {Why.N(goalValue)} by more than {Why.N(rules.ParallelTolerance * Math.Abs(goalValue - baseline))}: the student will miss the goal at this level and rate, so {Text(kind)}, whatever the slope.",
                        ("goal", Why.N(goalValue)), ("projected", Why.N(projected.Value)), ("verdict", Text(kind))));
            }
            else
            {
                reasons.Add(ReasonCache.PerThread.Get(new("trend-rule-waits", null, rules.TrendMinPoints, n), static k =>
                    Why.Of("trend-rule-waits", $"The trend rule needs {(int)k.X} points; there are {(int)k.Y}.", ("needed", Why.N((int)k.X)), ("points", Why.N((int)k.Y)))));
            }
        }
        if (rules.Rule is ProgressRule.FourPoint or ProgressRule.All)
        {
            var kind = DecisionRules.KPoint(weeks, scores, baseline, goalSlope, rules.Points);
            verdicts.Add((ProgressRule.FourPoint, kind));
            reasons.Add(ReasonCache.PerThread.Get(new("k-point-rule", Text(kind), rules.Points), static k =>
                Why.Of("k-point-rule", $"The last {(int)k.X} points against the goal line: {k.Text}.", ("k", Why.N((int)k.X)), ("verdict", k.Text!))));
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
            return Report(ProgressDecisionKind.InsufficientData, null);
        reasons.Add(ReasonCache.PerThread.Get(new("decided-by", Name(decisive.Rule), (int)decisive.Kind), static k =>
            Why.Of("decided-by", $"Decided by the {k.Text} rule: {Text((ProgressDecisionKind)(int)k.X)}.", ("rule", k.Text!))));
        return Report(decisive.Kind, decisive.Rule);
    }

    private static readonly Reason ProbesSorted = new("probes-sorted", "The probes were not in date order; they were sorted by date.");

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
