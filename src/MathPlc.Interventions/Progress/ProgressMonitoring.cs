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
        var reasons = new ProgressReasons.Reasons(rules.ParallelTolerance);
        var bare = DecideOne(probes.ToArray(), goal, rules, calendar, ReasonCache.PerThread, new Buffers(), reasons);
        return bare with { Reasons = [.. reasons] };
    }

    /// <summary>
    /// Judges every student of a district's monitoring data in one pass (issue 18; decision 0155): the same reports as
    /// <see cref="Decide(IEnumerable{Probe}, ProgressGoal, ProgressRules?, SchoolCalendar?)"/> gives each student (tested),
    /// kept in columns, with the reasons that repeat across students shared and the sentences that carry a student's own
    /// numbers composed only when asked for (<see cref="ProgressDecisions.ReasonMessage"/>).
    /// </summary>
    /// <param name="probes">Every student's probes, student after student; within a student, any order.</param>
    /// <param name="starts">Where each student's probes start in <paramref name="probes"/>, and after the last, the count: one more than the students, never decreasing.</param>
    /// <param name="goals">Each student's goal, in the students' order.</param>
    /// <param name="rules">The settings; <see cref="ProgressRules.Default"/> when null.</param>
    /// <param name="calendar">The school calendar: weeks are then instructional weeks; calendar days ÷ 7 when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="goals"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// A goal is null (parameter <c>goals</c>); the offsets do not fit the probes and goals (<c>starts</c>); or, for the first student in order with such data, what
    /// <see cref="Decide(IEnumerable{Probe}, ProgressGoal, ProgressRules?, SchoolCalendar?)"/> throws: two probes share a date or a
    /// score is not finite (<c>probes</c>), or the goal date is not after the baseline date (<c>goal</c>).
    /// </exception>
    /// <example>
    /// <code>
    /// var decisions = ProgressMonitoring.DecideAll(probes, starts, goals);
    /// for (int s = 0; s &lt; decisions.Count; s++) Console.WriteLine(decisions.Report(s).Decision);
    /// </code>
    /// </example>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)] // issue 18: called once per run over every student; straight to optimised code, no tiering
    public static ProgressDecisions DecideAll(ReadOnlySpan<Probe> probes, ReadOnlySpan<int> starts, IReadOnlyList<ProgressGoal> goals,
        ProgressRules? rules = null, SchoolCalendar? calendar = null)
    {
        var goalsOf = Guard.Against.NullOrNullElements(goals, nameof(goals));
        rules ??= ProgressRules.Default;
        Guard.Against.Unmet(starts.Length == goals.Count + 1 && starts[0] == 0 && starts[^1] == probes.Length, nameof(starts),
            $"{starts.Length} offsets do not fit {goals.Count} goals and {probes.Length} probes: give one more offset than goals, from 0 to the number of probes.");
        for (int s = 0; s < goals.Count; s++)
            Guard.Against.Unmet(starts[s] <= starts[s + 1], nameof(starts), $"Student {s}'s probes end (offset {starts[s + 1]}) before they start (offset {starts[s]}).");
        var reports = new ProgressReport[goals.Count];
        var reasonStarts = new int[goals.Count + 1];
        var reasons = new ProgressReasons.Entries(goals.Count * 6);
        var cache = new ReasonCache(ReasonCache.PerThreadLimit);
        var buffers = new Buffers();
        for (int s = 0; s < reports.Length; s++)
        {
            reports[s] = DecideOne(probes[starts[s]..starts[s + 1]], goalsOf[s], rules, calendar, cache, buffers, reasons);
            reasonStarts[s + 1] = reasons.Count;
        }
        return new ProgressDecisions(reports, reasonStarts, [.. reasons], rules.ParallelTolerance);
    }

    /// <summary>Scratch space for one student's probes in date order, weeks and scores, reused from student to student.</summary>
    private sealed class Buffers
    {
        private Probe[] _probes = [];
        private double[] _weeks = [], _scores = [];

        public Span<Probe> Probes(int n) => (_probes.Length >= n ? _probes : _probes = new Probe[Math.Max(n, 2 * _probes.Length)]).AsSpan(0, n);

        /// <summary>Room for <paramref name="n"/> points: <see cref="Weeks"/> and <see cref="Scores"/> then hold at least that many.</summary>
        public void Points(int n)
        {
            if (_weeks.Length >= n) return;
            _weeks = new double[Math.Max(n, 2 * _weeks.Length)];
            _scores = new double[_weeks.Length];
        }

        public Span<double> Weeks(int n) => _weeks.AsSpan(0, n);

        public Span<double> Scores(int n) => _scores.AsSpan(0, n);
    }

    private static readonly Comparison<Probe> ByDate = (a, b) => a.MeasuredOn.CompareTo(b.MeasuredOn);

    /// <summary>One student's report, with no reasons in it: its reasons are added to <paramref name="reasons"/>. Both forms run this.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)] // issue 18: called once per run over every student; straight to optimised code, no tiering
    private static ProgressReport DecideOne<TSink>(ReadOnlySpan<Probe> probes, ProgressGoal goal, ProgressRules rules, SchoolCalendar? calendar, ReasonCache cache,
        Buffers buffers, TSink reasons) where TSink : ProgressReasons.ISink
    {
        bool inOrder = true;
        for (int i = 0; i < probes.Length; i++)
        {
            Guard.Against.NotFinite(probes[i].Score, nameof(probes));
            if (i > 0 && probes[i].MeasuredOn < probes[i - 1].MeasuredOn) inOrder = false;
        }
        var sorted = probes;
        if (!inOrder)
        {
            var copy = buffers.Probes(probes.Length);
            probes.CopyTo(copy);
            copy.Sort(ByDate); // unstable is fine: dates are distinct
            sorted = copy;
            reasons.Add(ProgressReasons.ProbesSorted);
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
            reasons.Add(ProgressReasons.BaselineGiven(cache, b, baselineDate));
        }
        else
        {
            if (sorted.Length < rules.BaselineProbes)
            {
                reasons.Add(ProgressReasons.NoBaseline(cache, sorted.Length, rules.BaselineProbes));
                return new(0, null, null, null, null, null, null, null, ProgressDecisionKind.InsufficientData, null, []);
            }
            buffers.Points(rules.BaselineProbes);
            var first = buffers.Scores(rules.BaselineProbes);
            for (int i = 0; i < first.Length; i++) first[i] = sorted[i].Score;
            baseline = Slopes.Median(first);
            baselineDate = sorted[rules.BaselineProbes - 1].MeasuredOn;
            // Issue 18: the reasons that repeat across students (here, in the goal line, the rules' verdicts) are built once per distinct facts.
            reasons.Add(ProgressReasons.BaselineMedian(cache, baseline, rules.BaselineProbes, baselineDate));
        }
        Guard.Against.Unmet(goal.GoalDate > baselineDate, nameof(goal),
            $"The goal date {goal.GoalDate:uuuu-MM-dd} is not after the baseline date {baselineDate:uuuu-MM-dd}.");
        double goalWeeks = Weeks(baselineDate, goal.GoalDate, calendar);
        Guard.Against.Unmet(goalWeeks > 0, nameof(goal), $"No instructional day lies between the baseline date {baselineDate:uuuu-MM-dd} and the goal date {goal.GoalDate:uuuu-MM-dd} on the calendar.");
        if (calendar is not null)
            reasons.Add(ProgressReasons.InstructionalWeeks(cache, goalWeeks, Weeks(baselineDate, goal.GoalDate)));
        double goalSlope = (goal.Goal - baseline) / goalWeeks;
        reasons.Add(ProgressReasons.GoalLine(cache, baseline, goal.Goal, goalWeeks, goal.GoalDate));

        int firstAfter = 0;   // the probes are in date order: those after the baseline date are the last ones
        while (firstAfter < sorted.Length && sorted[firstAfter].MeasuredOn <= baselineDate) firstAfter++;
        int n = sorted.Length - firstAfter;
        buffers.Points(n);
        Span<double> weeks = buffers.Weeks(n), scores = buffers.Scores(n);
        for (int i = 0; i < weeks.Length; i++)
        {
            var probe = sorted[firstAfter + i];
            weeks[i] = Weeks(baselineDate, probe.MeasuredOn, calendar);
            scores[i] = probe.Score;
        }
        return Judge(weeks, scores, baseline, baselineDate, goalSlope, goalWeeks, rules, cache, reasons);
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

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)] // issue 18: called once per run over every student; straight to optimised code, no tiering
    private static ProgressReport Judge<TSink>(ReadOnlySpan<double> weeks, ReadOnlySpan<double> scores, double baseline, LocalDate baselineDate, double goalSlope, double goalWeeks,
        ProgressRules rules, ReasonCache cache, TSink reasons) where TSink : ProgressReasons.ISink
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
            new(n, baseline, baselineDate, goalSlope, ols, tukey, roi, gap, kind, by, [], level, projected, needed, misses);
        double span = n > 0 ? weeks[n - 1] : 0;
        if (n < rules.MinPoints || Threshold.Below(span, rules.MinWeeks))
        {
            reasons.Add(ProgressReasons.TooLittleData(cache, n, span, rules.MinPoints, rules.MinWeeks));
            return Report(ProgressDecisionKind.InsufficientData, null);
        }

        // Each rule's verdict, in the rules' order; the first that is not insufficient data decides.
        ProgressRule? decidedBy = null;
        var decision = ProgressDecisionKind.InsufficientData;
        if (rules.Rule is ProgressRule.Trend or ProgressRule.All)
        {
            if (n >= rules.TrendMinPoints && ols is { } slope)
            {
                var bySlope = DecisionRules.Trend(slope, goalSlope, rules.ParallelTolerance);
                var kind = DecisionRules.LevelAndTrend(bySlope, misses!.Value);
                Decisive(ProgressRule.Trend, kind, ref decidedBy, ref decision);
                reasons.TrendRule(slope, goalSlope, bySlope);
                if (kind != bySlope)
                    reasons.TrendMissesGoal(projected!.Value, goalValue, rules.ParallelTolerance * Math.Abs(goalValue - baseline), kind);
            }
            else reasons.Add(ProgressReasons.TrendRuleWaits(cache, rules.TrendMinPoints, n));
        }
        if (rules.Rule is ProgressRule.FourPoint or ProgressRule.All)
        {
            var kind = DecisionRules.KPoint(weeks, scores, baseline, goalSlope, rules.Points);
            Decisive(ProgressRule.FourPoint, kind, ref decidedBy, ref decision);
            reasons.Add(ProgressReasons.KPointRule(cache, rules.Points, kind));
        }
        if (rules.Rule is ProgressRule.MedianOfThree or ProgressRule.All)
        {
            var kind = DecisionRules.MedianOfThree(weeks, scores, baseline, goalSlope, out double median, out double line);
            Decisive(ProgressRule.MedianOfThree, kind, ref decidedBy, ref decision);
            reasons.MedianOfThree(median, line, kind);
        }
        if (decidedBy is not { } by) return Report(ProgressDecisionKind.InsufficientData, null);
        reasons.Add(ProgressReasons.DecidedBy(cache, by, decision));
        return Report(decision, by);
    }

    /// <summary>Keeps the first rule whose verdict is not insufficient data.</summary>
    private static void Decisive(ProgressRule rule, ProgressDecisionKind kind, ref ProgressRule? decidedBy, ref ProgressDecisionKind decision)
    {
        if (decidedBy is null && kind != ProgressDecisionKind.InsufficientData) (decidedBy, decision) = (rule, kind);
    }

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
