namespace MathPlc.Interventions;

/// <summary>
/// The progress-monitoring decision settings: which rule, k, the data minimums and the trend tolerance.
/// </summary>
/// <remarks>
/// Defaults: all rules (trend first, read with the level at the goal date, decision 0046); k = 4 (the four-point rule
/// named in NCII's "Decision Rules for Analyzing Academic Progress Monitoring Data" and NCRTI Progress Monitoring
/// Brief #3); at least 6 points and 6 weeks after the baseline before any decision (the four-point rule's minimum in
/// the docsbay "Decision making rules" handout: "at least 6 weeks of data with a minimum of 6 data points, not counting
/// the baseline"; issue 16 replaced the earlier 3 weeks, IRIS's floor for any decision, because NCII's rules ask for
/// more data); the trend rule from 8 points (NCRTI Module 2); the baseline from the first 3 probes (IRIS); trend
/// parallel to the goal line within 5 % of its slope (local policy, reference/interventions.md §4). Research on
/// decision accuracy (Christ et al. 2013; Van Norman &amp; Christ 2016) asks for weekly data over 10–12 weeks; raise
/// <see cref="MinWeeks"/> for high-stakes decisions. NCII's handout itself names the three rules; its exact minimums
/// could not be read from it here (see docs/decisions/0046).
/// </remarks>
public sealed record ProgressRules
{
    /// <summary>Creates settings.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is below 1 (k, points, baseline probes), weeks or the tolerance are negative or not finite, or the rule is undefined.</exception>
    public ProgressRules(ProgressRule rule = ProgressRule.All, int points = 4, int minPoints = 6, double minWeeks = 6, int trendMinPoints = 8,
        int baselineProbes = 3, double parallelTolerance = 0.05)
    {
        if (!Enum.IsDefined(rule)) throw new ArgumentOutOfRangeException(nameof(rule), rule, "Not a progress rule.");
        Guard.Against.Below(points, 1);
        Guard.Against.Below(minPoints, 1);
        Guard.Against.NegativeOrNotFinite(minWeeks, nameof(minWeeks));
        Guard.Against.Below(trendMinPoints, 2);
        Guard.Against.Below(baselineProbes, 1);
        Guard.Against.NegativeOrNotFinite(parallelTolerance, nameof(parallelTolerance));
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

    /// <summary>The fewest weeks from the baseline to the last point before any decision (default 6).</summary>
    public double MinWeeks { get; }

    /// <summary>The fewest points for the trend rule (default 8).</summary>
    public int TrendMinPoints { get; }

    /// <summary>How many first probes give the baseline when the goal has none (default 3).</summary>
    public int BaselineProbes { get; }

    /// <summary>The trend counts as parallel to the goal line within this fraction of the goal slope (default 0.05).</summary>
    public double ParallelTolerance { get; }
}
