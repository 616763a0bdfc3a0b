namespace MathPlc.Interventions;

/// <summary>The three decision rules on points already measured from the baseline (weeks, scores), shared by the object and batch forms.</summary>
internal static class DecisionRules
{
    /// <summary>+1 for a rising (or flat) goal line, where higher is better; −1 for a falling one.</summary>
    public static int Direction(double goalSlope) => goalSlope >= 0 ? 1 : -1;

    /// <summary>The goal line's value at week t.</summary>
    public static double GoalLine(double baseline, double goalSlope, double week) => baseline + goalSlope * week;

    /// <summary>The k-point rule on the last k points: all better than the line → raise; all worse → change; else continue. A point on the line breaks a run.</summary>
    public static ProgressDecisionKind KPoint(ReadOnlySpan<double> weeks, ReadOnlySpan<double> scores, double baseline, double goalSlope, int k)
    {
        int n = scores.Length, direction = Direction(goalSlope);
        if (n < k) return ProgressDecisionKind.InsufficientData;
        int better = 0, worse = 0;
        for (int i = n - k; i < n; i++)
        {
            int side = Threshold.Compare(scores[i], GoalLine(baseline, goalSlope, weeks[i])) * direction;
            if (side > 0) better++;
            else if (side < 0) worse++;
        }
        return better == k ? ProgressDecisionKind.RaiseGoal : worse == k ? ProgressDecisionKind.ChangeInstruction : ProgressDecisionKind.Continue;
    }

    /// <summary>The trend rule: the OLS slope steeper than the goal slope by more than the tolerance → raise; flatter → change; else continue.</summary>
    public static ProgressDecisionKind Trend(double slope, double goalSlope, double tolerance)
    {
        double band = tolerance * Math.Abs(goalSlope);
        double difference = (slope - goalSlope) * Direction(goalSlope);
        if (Threshold.Compare(Math.Abs(difference), band) <= 0) return ProgressDecisionKind.Continue;
        return difference > 0 ? ProgressDecisionKind.RaiseGoal : ProgressDecisionKind.ChangeInstruction;
    }

    /// <summary>The least-squares line (slope <paramref name="slope"/> through the points' means) at week <paramref name="atWeek"/>.</summary>
    public static double Project(ReadOnlySpan<double> weeks, ReadOnlySpan<double> scores, double slope, double atWeek)
    {
        double tBar = 0, yBar = 0;
        for (int i = 0; i < weeks.Length; i++)
        {
            tBar += weeks[i];
            yBar += scores[i];
        }
        tBar /= weeks.Length;
        yBar /= weeks.Length;
        return yBar + slope * (atWeek - tBar);
    }

    /// <summary>
    /// Whether the trend line at the goal date falls short of the goal (in the goal's direction) by more than the band:
    /// <paramref name="tolerance"/> × |goal − baseline|, the same share as the parallel band of the trend rule.
    /// </summary>
    public static bool MissesGoal(double projectedAtGoal, double baseline, double goal, double goalSlope, double tolerance) =>
        Threshold.Compare((goal - projectedAtGoal) * Direction(goalSlope), tolerance * Math.Abs(goal - baseline)) > 0;

    /// <summary>
    /// Level and trend together: a trend line that misses the goal at the goal date (<see cref="MissesGoal"/>) is
    /// <see cref="ProgressDecisionKind.ChangeInstruction"/> whatever the slope said; otherwise the slope's verdict.
    /// </summary>
    public static ProgressDecisionKind LevelAndTrend(ProgressDecisionKind bySlope, bool missesGoal) =>
        missesGoal ? ProgressDecisionKind.ChangeInstruction : bySlope;

    /// <summary>The median of the last three scores against the goal line at the middle of their weeks.</summary>
    public static ProgressDecisionKind MedianOfThree(ReadOnlySpan<double> weeks, ReadOnlySpan<double> scores, double baseline, double goalSlope, out double median, out double line)
    {
        int n = scores.Length;
        median = line = 0;
        if (n < 3) return ProgressDecisionKind.InsufficientData;
        median = MedianOf3(scores[n - 3], scores[n - 2], scores[n - 1]);
        line = GoalLine(baseline, goalSlope, weeks[n - 2]);
        int side = Threshold.Compare(median, line) * Direction(goalSlope);
        return side > 0 ? ProgressDecisionKind.RaiseGoal : side < 0 ? ProgressDecisionKind.ChangeInstruction : ProgressDecisionKind.Continue;
    }

    /// <summary>The median of three numbers.</summary>
    public static double MedianOf3(double a, double b, double c) => Math.Max(Math.Min(a, b), Math.Min(Math.Max(a, b), c));
}
