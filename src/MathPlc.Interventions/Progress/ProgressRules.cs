namespace MathPlc.Interventions;

/// <summary>
/// The progress-monitoring decision settings: which rule, k, the data minimums and the trend tolerance.
/// </summary>
/// <remarks>
/// Defaults: all rules (trend first); k = 4 (the four-point rule, NCRTI Progress Monitoring Brief #3 and the
/// docsbay "decision-making rules" handout); at least 6 points and 3 weeks after the baseline before any decision
/// (IRIS Center: 6–8 points and 3 weeks; the four-point rule's 6 points); the trend rule from 8 points (NCRTI
/// Module 2); the baseline from the first 3 probes (IRIS); trend parallel to the goal line within 5 % of its slope
/// (local policy, reference/interventions.md §4).
/// </remarks>
public sealed record ProgressRules
{
    /// <summary>Creates settings.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is below 1 (k, points, baseline probes), weeks or the tolerance are negative or not finite, or the rule is undefined.</exception>
    public ProgressRules(ProgressRule rule = ProgressRule.All, int points = 4, int minPoints = 6, double minWeeks = 3, int trendMinPoints = 8,
        int baselineProbes = 3, double parallelTolerance = 0.05)
    {
        if (!Enum.IsDefined(rule)) throw new ArgumentOutOfRangeException(nameof(rule), rule, "Not a progress rule.");
        ArgumentOutOfRangeException.ThrowIfLessThan(points, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(minPoints, 1);
        Preconditions.CheckNonNegative(minWeeks, nameof(minWeeks));
        ArgumentOutOfRangeException.ThrowIfLessThan(trendMinPoints, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(baselineProbes, 1);
        Preconditions.CheckNonNegative(parallelTolerance, nameof(parallelTolerance));
        Rule = rule;
        Points = points;
        MinPoints = minPoints;
        MinWeeks = minWeeks;
        TrendMinPoints = trendMinPoints;
        BaselineProbes = baselineProbes;
        ParallelTolerance = parallelTolerance;
    }

    /// <summary>The defaults (see remarks).</summary>
    public static ProgressRules Default { get; } = new();

    /// <summary>The rule that decides.</summary>
    public ProgressRule Rule { get; }

    /// <summary>k of the k-point rule (default 4).</summary>
    public int Points { get; }

    /// <summary>The fewest points after the baseline before any decision (default 6).</summary>
    public int MinPoints { get; }

    /// <summary>The fewest weeks from the baseline to the last point before any decision (default 3).</summary>
    public double MinWeeks { get; }

    /// <summary>The fewest points for the trend rule (default 8).</summary>
    public int TrendMinPoints { get; }

    /// <summary>How many first probes give the baseline when the goal has none (default 3).</summary>
    public int BaselineProbes { get; }

    /// <summary>The trend counts as parallel to the goal line within this fraction of the goal slope (default 0.05).</summary>
    public double ParallelTolerance { get; }
}
