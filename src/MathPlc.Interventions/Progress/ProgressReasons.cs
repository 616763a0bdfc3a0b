using NodaTime;

namespace MathPlc.Interventions;

/// <summary>
/// Every reason a progress decision gives, each sentence written in one place for both forms (issue 18; decision 0155):
/// <see cref="ProgressMonitoring.Decide(IEnumerable{Probe}, ProgressGoal, ProgressRules?, SchoolCalendar?)"/> makes the
/// <see cref="Reason"/>s; <see cref="ProgressDecisions"/> keeps the reasons that repeat across students as shared
/// instances and the three that carry a student's own numbers (<c>trend-rule</c>, <c>trend-misses-goal</c>,
/// <c>median-of-three-rule</c>) as an <see cref="Entry"/>, whose message is composed only when it is written.
/// </summary>
internal static class ProgressReasons
{
    /// <summary>The reasons that carry the student's own numbers, kept as numbers until written.</summary>
    public enum Own : byte
    {
        /// <summary>Not an own reason: the entry holds a shared <see cref="Reason"/>.</summary>
        None,

        /// <summary><c>trend-rule</c>: A the least-squares slope, B the goal slope, verdict the slope's.</summary>
        TrendRule,

        /// <summary><c>trend-misses-goal</c>: A the projection at the goal date, B the goal, C the band, verdict the decision.</summary>
        TrendMissesGoal,

        /// <summary><c>median-of-three-rule</c>: A the median of the last three points, B the goal line there, verdict the rule's.</summary>
        MedianOfThree,
    }

    /// <summary>One reason of one student: a shared instance, or an own reason's kind, verdict and numbers.</summary>
    public readonly record struct Entry(Reason? Shared, Own Kind, ProgressDecisionKind Verdict, double A, double B, double C)
    {
        /// <summary>The reason's code.</summary>
        public string Code => Kind switch
        {
            Own.TrendRule => "trend-rule",
            Own.TrendMissesGoal => "trend-misses-goal",
            Own.MedianOfThree => "median-of-three-rule",
            _ => Shared!.Code,
        };

        /// <summary>The reason's message: the shared one's, or the own reason's sentence with its numbers.</summary>
        public string Message => Kind switch
        {
            Own.TrendRule => TrendRuleMessage(A, B, Verdict),
            Own.TrendMissesGoal => TrendMissesGoalMessage(A, B, C, Verdict),
            Own.MedianOfThree => MedianOfThreeMessage(A, B, Verdict),
            _ => Shared!.Message,
        };

        /// <summary>The reason itself, as the object form makes it; <paramref name="tolerance"/> is the rules' parallel tolerance.</summary>
        public Reason ToReason(double tolerance) => Kind switch
        {
            Own.TrendRule => TrendRule(A, B, tolerance, Verdict),
            Own.TrendMissesGoal => TrendMissesGoal(A, B, C, Verdict),
            Own.MedianOfThree => MedianOfThree(A, B, Verdict),
            _ => Shared!,
        };
    }

    /// <summary>Where a decision puts its reasons: the object form makes each <see cref="Reason"/>, the batch form keeps <see cref="Entry"/>s.</summary>
    public interface ISink
    {
        /// <summary>A reason students share.</summary>
        void Add(Reason shared);

        /// <summary>The student's <c>trend-rule</c>.</summary>
        void TrendRule(double slope, double goalSlope, ProgressDecisionKind bySlope);

        /// <summary>The student's <c>trend-misses-goal</c>.</summary>
        void TrendMissesGoal(double projected, double goal, double band, ProgressDecisionKind kind);

        /// <summary>The student's <c>median-of-three-rule</c>.</summary>
        void MedianOfThree(double median, double line, ProgressDecisionKind kind);
    }

    /// <summary>The object form's sink: every reason made at once.</summary>
    public sealed class Reasons(double tolerance) : List<Reason>, ISink
    {
        void ISink.Add(Reason shared) => Add(shared);

        /// <inheritdoc/>
        public void TrendRule(double slope, double goalSlope, ProgressDecisionKind bySlope) => Add(ProgressReasons.TrendRule(slope, goalSlope, tolerance, bySlope));

        /// <inheritdoc/>
        public void TrendMissesGoal(double projected, double goal, double band, ProgressDecisionKind kind) => Add(ProgressReasons.TrendMissesGoal(projected, goal, band, kind));

        /// <inheritdoc/>
        public void MedianOfThree(double median, double line, ProgressDecisionKind kind) => Add(ProgressReasons.MedianOfThree(median, line, kind));
    }

    /// <summary>The batch form's sink: shared reasons by reference, the student's own as their numbers.</summary>
    public sealed class Entries(int capacity) : List<Entry>(capacity), ISink
    {
        /// <inheritdoc/>
        public void Add(Reason shared) => Add(new Entry(shared, Own.None, default, 0, 0, 0));

        /// <inheritdoc/>
        public void TrendRule(double slope, double goalSlope, ProgressDecisionKind bySlope) => Add(new Entry(null, Own.TrendRule, bySlope, slope, goalSlope, 0));

        /// <inheritdoc/>
        public void TrendMissesGoal(double projected, double goal, double band, ProgressDecisionKind kind) => Add(new Entry(null, Own.TrendMissesGoal, kind, projected, goal, band));

        /// <inheritdoc/>
        public void MedianOfThree(double median, double line, ProgressDecisionKind kind) => Add(new Entry(null, Own.MedianOfThree, kind, median, line, 0));
    }

    /// <summary><c>probes-sorted</c>.</summary>
    public static readonly Reason ProbesSorted = new("probes-sorted", "The probes were not in date order; they were sorted by date.");

    /// <summary><c>no-baseline</c>: too few probes for the median baseline.</summary>
    public static Reason NoBaseline(ReasonCache cache, int probes, int needed) =>
        cache.Get(new("no-baseline", null, probes, needed), static k =>
        {
            int probes = (int)k.X, needed = (int)k.Y;
            return new Reason("no-baseline", $"{probes} probe{(probes == 1 ? "" : "s")}; the baseline needs {needed}.").With("probes", probes).With("needed", needed);
        });

    /// <summary><c>baseline-given</c>: the goal's own baseline.</summary>
    public static Reason BaselineGiven(ReasonCache cache, double baseline, LocalDate date) =>
        cache.Get(new("baseline-given", null, baseline, date: date), static k =>
            Why.Of("baseline-given", $"Baseline {Why.N(k.X)} on {k.Date:uuuu-MM-dd}, as given.", ("baseline", Why.N(k.X))));

    /// <summary><c>baseline-median</c>: the median of the first probes.</summary>
    public static Reason BaselineMedian(ReasonCache cache, double baseline, int probes, LocalDate date) =>
        cache.Get(new("baseline-median", null, baseline, probes, date: date), static k =>
            new Reason("baseline-median", $"Baseline {InvariantNumber.Format(k.X)}: the median of the first {(int)k.Y} probes, dated {k.Date.ToString("uuuu-MM-dd", null)}.")
                .With("baseline", k.X).With("probes", (int)k.Y));

    /// <summary><c>instructional-weeks</c>: weeks counted on the school calendar, beside calendar days ÷ 7.</summary>
    public static Reason InstructionalWeeks(ReasonCache cache, double goalWeeks, double calendarWeeks) =>
        cache.Get(new("instructional-weeks", null, goalWeeks, calendarWeeks), static k =>
            Why.Of("instructional-weeks", $"Weeks are instructional weeks on the school calendar: {Why.N(k.X)} from the baseline to the goal date (calendar days ÷ 7 would give {Why.N(k.Y)}).",
                ("goalWeeks", Why.N(k.X))));

    /// <summary><c>goal-line</c>: from the baseline to the goal by the goal date.</summary>
    public static Reason GoalLine(ReasonCache cache, double baseline, double goal, double goalWeeks, LocalDate goalDate) =>
        cache.Get(new("goal-line", null, baseline, goal, goalWeeks, date: goalDate), static k =>
        {
            double slope = (k.Y - k.X) / k.Z; // as the goal slope is computed, from the same numbers
            return Why.Of("goal-line", $"Goal line from {Why.N(k.X)} to {Why.N(k.Y)} by {k.Date.ToString("uuuu-MM-dd", null)}: {Why.N(slope)} per week.",
                ("goal", Why.N(k.Y)), ("goalSlopePerWeek", Why.N(slope)), ("weeks", Why.N(k.Z)));
        });

    /// <summary><c>too-little-data</c>: fewer points or weeks than a decision needs.</summary>
    public static Reason TooLittleData(ReasonCache cache, int points, double weeks, int minPoints, double minWeeks) =>
        cache.Get(new("too-little-data", null, points, weeks, minPoints, minWeeks), static k =>
            Why.Of("too-little-data", $"{(int)k.X} points over {Why.N(k.Y)} weeks; a decision needs {(int)k.Z} points and {Why.N(k.W)} weeks.",
                ("minPoints", Why.N((int)k.Z)), ("minWeeks", Why.N(k.W)), ("points", Why.N((int)k.X)), ("weeks", Why.N(k.Y))));

    /// <summary><c>trend-rule-waits</c>: too few points for the trend rule.</summary>
    public static Reason TrendRuleWaits(ReasonCache cache, int needed, int points) =>
        cache.Get(new("trend-rule-waits", null, needed, points), static k =>
            Why.Of("trend-rule-waits", $"The trend rule needs {(int)k.X} points; there are {(int)k.Y}.", ("needed", Why.N((int)k.X)), ("points", Why.N((int)k.Y))));

    /// <summary><c>k-point-rule</c>: the last k points' verdict.</summary>
    public static Reason KPointRule(ReasonCache cache, int k, ProgressDecisionKind verdict) =>
        cache.Get(new("k-point-rule", ProgressMonitoring.Text(verdict), k), static key =>
            Why.Of("k-point-rule", $"The last {(int)key.X} points against the goal line: {key.Text}.", ("k", Why.N((int)key.X)), ("verdict", key.Text!)));

    /// <summary><c>decided-by</c>: the rule that decided and its decision.</summary>
    public static Reason DecidedBy(ReasonCache cache, ProgressRule rule, ProgressDecisionKind kind) =>
        cache.Get(new("decided-by", ProgressMonitoring.Name(rule), (int)kind), static k =>
            Why.Of("decided-by", $"Decided by the {k.Text} rule: {ProgressMonitoring.Text((ProgressDecisionKind)(int)k.X)}.", ("rule", k.Text!)));

    /// <summary><c>trend-rule</c>: the least-squares slope against the goal slope.</summary>
    public static Reason TrendRule(double slope, double goalSlope, double tolerance, ProgressDecisionKind bySlope) =>
        Why.Of("trend-rule", TrendRuleMessage(slope, goalSlope, bySlope),
            ("goalSlopePerWeek", Why.N(goalSlope)), ("olsSlopePerWeek", Why.N(slope)), ("tolerance", Why.N(tolerance)), ("verdict", ProgressMonitoring.Text(bySlope)));

    /// <summary><c>trend-misses-goal</c>: the trend line at the goal date, short of the goal by more than the band.</summary>
    public static Reason TrendMissesGoal(double projected, double goal, double band, ProgressDecisionKind kind) =>
        Why.Of("trend-misses-goal", TrendMissesGoalMessage(projected, goal, band, kind), ("goal", Why.N(goal)), ("projected", Why.N(projected)), ("verdict", ProgressMonitoring.Text(kind)));

    /// <summary><c>median-of-three-rule</c>: the median of the last three points against the goal line.</summary>
    public static Reason MedianOfThree(double median, double line, ProgressDecisionKind kind) =>
        Why.Of("median-of-three-rule", MedianOfThreeMessage(median, line, kind), ("goalLine", Why.N(line)), ("median", Why.N(median)), ("verdict", ProgressMonitoring.Text(kind)));

    /// <summary>The <c>trend-rule</c> sentence.</summary>
    public static string TrendRuleMessage(double slope, double goalSlope, ProgressDecisionKind bySlope) =>
        $"Trend {Why.N(slope)} per week against the goal line's {Why.N(goalSlope)}: {ProgressMonitoring.Text(bySlope)}.";

    /// <summary>The <c>trend-misses-goal</c> sentence.</summary>
    public static string TrendMissesGoalMessage(double projected, double goal, double band, ProgressDecisionKind kind) =>
        $"The trend line reaches {Why.N(projected)} by the goal date, short of the goal {Why.N(goal)} by more than {Why.N(band)}: the student will miss the goal at this level and rate, so {ProgressMonitoring.Text(kind)}, whatever the slope.";

    /// <summary>The <c>median-of-three-rule</c> sentence.</summary>
    public static string MedianOfThreeMessage(double median, double line, ProgressDecisionKind kind) =>
        $"The median of the last three points, {Why.N(median)}, against the goal line's {Why.N(line)}: {ProgressMonitoring.Text(kind)}.";
}
