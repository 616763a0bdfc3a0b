namespace MathPlc.Interventions;

/// <summary>
/// The columnar form of <see cref="ProgressMonitoring.Decide"/> for a district's monitoring data: every student's
/// points after the baseline in one pair of spans (weeks from the baseline, scores), series offsets, baselines and
/// goal slopes in; decisions and least-squares slopes out; no allocation per student. Gives the same decision and
/// slope as the object form (tested).
/// </summary>
public static class ProgressBatch
{
    /// <summary>Decides every student.</summary>
    /// <param name="weeks">Weeks from each student's baseline date, ascending within a series, all positive.</param>
    /// <param name="scores">The scores, aligned with <paramref name="weeks"/>.</param>
    /// <param name="starts">Series offsets: student i's points are <c>[starts[i], starts[i + 1])</c>; length students + 1.</param>
    /// <param name="baselines">Each student's baseline.</param>
    /// <param name="goalSlopes">Each student's goal slope per week.</param>
    /// <param name="rules">The settings.</param>
    /// <param name="decisions">Out: each student's decision.</param>
    /// <param name="olsSlopes">Out: each student's least-squares slope per week, NaN when there is none.</param>
    /// <remarks>Without the weeks to each goal date the trend rule cannot read the level at the goal date; use the overload with <c>goalWeeks</c> for the same decisions as <see cref="ProgressMonitoring.Decide"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    /// <exception cref="ArgumentException">The spans' lengths or offsets do not fit together.</exception>
    public static void Decide(ReadOnlySpan<double> weeks, ReadOnlySpan<double> scores, ReadOnlySpan<int> starts,
        ReadOnlySpan<double> baselines, ReadOnlySpan<double> goalSlopes, ProgressRules rules,
        Span<ProgressDecisionKind> decisions, Span<double> olsSlopes) =>
        Decide(weeks, scores, starts, baselines, goalSlopes, [], rules, decisions, olsSlopes);

    /// <summary>Decides every student, reading the trend with the level at each goal date (decision 0046), as <see cref="ProgressMonitoring.Decide"/> does.</summary>
    /// <param name="weeks">Weeks from each student's baseline date, ascending within a series, all positive.</param>
    /// <param name="scores">The scores, aligned with <paramref name="weeks"/>.</param>
    /// <param name="starts">Series offsets: student i's points are <c>[starts[i], starts[i + 1])</c>; length students + 1.</param>
    /// <param name="baselines">Each student's baseline.</param>
    /// <param name="goalSlopes">Each student's goal slope per week.</param>
    /// <param name="goalWeeks">Each student's weeks from the baseline to the goal date; empty to skip the level check.</param>
    /// <param name="rules">The settings.</param>
    /// <param name="decisions">Out: each student's decision.</param>
    /// <param name="olsSlopes">Out: each student's least-squares slope per week, NaN when there is none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    /// <exception cref="ArgumentException">The spans' lengths or offsets do not fit together.</exception>
    public static void Decide(ReadOnlySpan<double> weeks, ReadOnlySpan<double> scores, ReadOnlySpan<int> starts,
        ReadOnlySpan<double> baselines, ReadOnlySpan<double> goalSlopes, ReadOnlySpan<double> goalWeeks, ProgressRules rules,
        Span<ProgressDecisionKind> decisions, Span<double> olsSlopes)
    {
        Guard.Against.Null(rules);
        Guard.Against.Unmet(weeks.Length == scores.Length, nameof(scores), $"{weeks.Length} times but {scores.Length} scores.");
        Guard.Against.Unmet(starts.Length >= 1 && starts[0] == 0 && starts[^1] == scores.Length, nameof(starts), "Offsets must start at 0 and end at the number of points.");
        int students = starts.Length - 1;
        Guard.Against.Unmet(baselines.Length == students && goalSlopes.Length == students && decisions.Length == students && olsSlopes.Length == students,
            nameof(baselines), $"Every per-student span must hold {students} students.");
        Guard.Against.Unmet(goalWeeks.IsEmpty || goalWeeks.Length == students, nameof(goalWeeks), $"goalWeeks must be empty or hold {students} students.");
        bool trend = rules.Rule is ProgressRule.Trend or ProgressRule.All;
        bool kPoint = rules.Rule is ProgressRule.FourPoint or ProgressRule.All;
        bool median = rules.Rule is ProgressRule.MedianOfThree or ProgressRule.All;
        for (int i = 0; i < students; i++)
        {
            int start = starts[i], end = starts[i + 1];
            Guard.Against.Unmet(start <= end, nameof(starts), $"Offset {i} runs backwards.");
            var t = weeks[start..end];
            var y = scores[start..end];
            double? ols = Slopes.LeastSquares(t, y);
            olsSlopes[i] = ols ?? double.NaN;
            int n = y.Length;
            if (n < rules.MinPoints || Threshold.Below(n > 0 ? t[^1] : 0, rules.MinWeeks))
            {
                decisions[i] = ProgressDecisionKind.InsufficientData;
                continue;
            }
            var kind = ProgressDecisionKind.InsufficientData;
            if (trend && n >= rules.TrendMinPoints && ols is { } slope)
            {
                kind = DecisionRules.Trend(slope, goalSlopes[i], rules.ParallelTolerance);
                if (!goalWeeks.IsEmpty)
                    kind = DecisionRules.LevelAndTrend(kind, DecisionRules.MissesGoal(DecisionRules.Project(t, y, slope, goalWeeks[i]), baselines[i],
                        DecisionRules.GoalLine(baselines[i], goalSlopes[i], goalWeeks[i]), goalSlopes[i], rules.ParallelTolerance));
            }
            if (kind == ProgressDecisionKind.InsufficientData && kPoint) kind = DecisionRules.KPoint(t, y, baselines[i], goalSlopes[i], rules.Points);
            if (kind == ProgressDecisionKind.InsufficientData && median) kind = DecisionRules.MedianOfThree(t, y, baselines[i], goalSlopes[i], out _, out _);
            decisions[i] = kind;
        }
    }
}
