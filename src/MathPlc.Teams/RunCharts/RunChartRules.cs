namespace MathPlc.Teams;

/// <summary>
/// The run-chart rules a team applies to a measure, as a value: which published method, the shift and trend lengths,
/// the fewest points it will judge, and optionally a baseline whose median is frozen as the centre line.
/// </summary>
/// <remarks>
/// Defaults follow Perla, Provost &amp; Murray (2011): shift 6, trend 5, at least 10 points. <see cref="Anhoej"/> follows
/// Anhøj &amp; Olesen (2014). A frozen baseline (the first <see cref="BaselinePoints"/> points) is how improvement
/// teams judge new points against the period before a change (qicharts2's <c>freeze</c>).
/// </remarks>
public sealed record RunChartRules
{
    /// <summary>Creates rules.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A length is below 2, <paramref name="minimumPoints"/> below 2, or <paramref name="baselinePoints"/> below 1.</exception>
    public RunChartRules(RunChartMethod method = RunChartMethod.Ihi, int shiftLength = 6, int trendLength = 5, int minimumPoints = 10, int? baselinePoints = null)
    {
        if (!Enum.IsDefined(method)) throw new ArgumentOutOfRangeException(nameof(method), method, "Not a run-chart method.");
        Guard.Against.Below(shiftLength, 2);
        Guard.Against.Below(trendLength, 2);
        Guard.Against.Below(minimumPoints, 2);
        if (baselinePoints is { } b) Guard.Against.Below(b, 1, nameof(baselinePoints));
        Method = method;
        ShiftLength = shiftLength;
        TrendLength = trendLength;
        MinimumPoints = minimumPoints;
        BaselinePoints = baselinePoints;
    }

    /// <summary>The IHI rules with their published defaults (Perla, Provost &amp; Murray 2011).</summary>
    public static RunChartRules Ihi { get; } = new();

    /// <summary>The Anhøj rules (Anhøj &amp; Olesen 2014): longest run and number of crossings.</summary>
    public static RunChartRules Anhoej { get; } = new(RunChartMethod.Anhoej);

    /// <summary>Which rules to apply.</summary>
    public RunChartMethod Method { get; }

    /// <summary>IHI: the fewest consecutive points on one side of the median that make a shift (default 6).</summary>
    public int ShiftLength { get; }

    /// <summary>IHI: the fewest consecutive points all rising or all falling that make a trend (default 5).</summary>
    public int TrendLength { get; }

    /// <summary>The fewest points the rules judge; fewer is <see cref="RunChartStatus.TooFewPoints"/> (default 10).</summary>
    public int MinimumPoints { get; }

    /// <summary>When set, the median of the first this many points is the centre line for the whole chart; null uses every point.</summary>
    public int? BaselinePoints { get; }
}
