namespace MathPlc.Teams;

/// <summary>
/// The run-chart rules a team applies to a measure, as a value: which published method, the shift and trend lengths,
/// the fewest points it will judge, and optionally a baseline whose median is frozen as the centre line.
/// </summary>
/// <remarks>
/// Defaults follow Perla, Provost &amp; Murray (2011): shift 6, trend 5, at least 10 points. <see cref="Anhoej"/> follows
/// Anhøj &amp; Olesen (2014); <see cref="SwedEisenhart"/> is the IHI rules with the runs limits always computed exactly.
/// The IHI rule sets add the astronomical point (<see cref="AstronomicalPointRule.Default"/>) unless told not to; the
/// Anhøj rules do not (their authors use none). A frozen baseline (the first <see cref="BaselinePoints"/> points) is how improvement
/// teams judge new points against the period before a change (qicharts2's <c>freeze</c>).
/// </remarks>
public sealed record RunChartRules
{
    /// <summary>Creates rules.</summary>
    /// <param name="method">Which published rules.</param>
    /// <param name="shiftLength">IHI: the fewest points on one side of the median that make a shift.</param>
    /// <param name="trendLength">IHI: the fewest points rising or falling that make a trend.</param>
    /// <param name="minimumPoints">The fewest points the rules judge.</param>
    /// <param name="baselinePoints">Freeze the centre line at the median of the first this many points; null uses every point.</param>
    /// <param name="astronomicalPoint">The astronomical-point rule; null takes the method's default (<see cref="AstronomicalPointRule.Default"/> for the IHI rule sets, none for Anhøj's) unless <paramref name="noAstronomicalPoint"/>.</param>
    /// <param name="noAstronomicalPoint">Apply no astronomical-point rule.</param>
    /// <param name="runsTable">IHI only: a printed runs table to judge too few and too many runs against (rows it lacks are computed exactly).</param>
    /// <exception cref="ArgumentOutOfRangeException">A length is below 2, <paramref name="minimumPoints"/> below 2, or <paramref name="baselinePoints"/> below 1.</exception>
    /// <exception cref="ArgumentException">A runs table is given for rules other than <see cref="RunChartMethod.Ihi"/>, or an astronomical-point rule together with <paramref name="noAstronomicalPoint"/>.</exception>
    public RunChartRules(RunChartMethod method = RunChartMethod.Ihi, int shiftLength = 6, int trendLength = 5, int minimumPoints = 10, int? baselinePoints = null,
        AstronomicalPointRule? astronomicalPoint = null, bool noAstronomicalPoint = false, RunsLimitTable? runsTable = null)
    {
        if (!Enum.IsDefined(method)) throw new ArgumentOutOfRangeException(nameof(method), method, "Not a run-chart method.");
        Guard.Against.Below(shiftLength, 2);
        Guard.Against.Below(trendLength, 2);
        Guard.Against.Below(minimumPoints, 2);
        if (baselinePoints is { } b) Guard.Against.Below(b, 1, nameof(baselinePoints));
        Guard.Against.Unmet(runsTable is null || method == RunChartMethod.Ihi, nameof(runsTable),
            $"A printed runs table belongs to the IHI rules; the {method} rules compute their limits.");
        Guard.Against.Unmet(astronomicalPoint is null || !noAstronomicalPoint, nameof(noAstronomicalPoint),
            "An astronomical-point rule was given together with no astronomical-point rule.");
        Method = method;
        RunsTable = runsTable;
        AstronomicalPoint = noAstronomicalPoint ? null : astronomicalPoint ?? (method == RunChartMethod.Anhoej ? null : AstronomicalPointRule.Default);
        ShiftLength = shiftLength;
        TrendLength = trendLength;
        MinimumPoints = minimumPoints;
        BaselinePoints = baselinePoints;
    }

    /// <summary>The IHI rules with their published defaults (Perla, Provost &amp; Murray 2011).</summary>
    public static RunChartRules Ihi { get; } = new();

    /// <summary>The IHI shift, trend and astronomical point with the runs limits computed exactly (Swed &amp; Eisenhart 1943).</summary>
    public static RunChartRules SwedEisenhart { get; } = new(RunChartMethod.SwedEisenhart);

    /// <summary>The Anhøj rules (Anhøj &amp; Olesen 2014): longest run and number of crossings.</summary>
    public static RunChartRules Anhoej { get; } = new(RunChartMethod.Anhoej);

    /// <summary>Which rules to apply.</summary>
    public RunChartMethod Method { get; }

    /// <summary>IHI: the fewest consecutive points on one side of the median that make a shift (default 6).</summary>
    public int ShiftLength { get; }

    /// <summary>IHI: the fewest consecutive points all rising or all falling that make a trend (default 5).</summary>
    public int TrendLength { get; }

    /// <summary>The fewest points the rules judge; fewer is <see cref="RunChartStatus.InsufficientData"/> (default 10).</summary>
    public int MinimumPoints { get; }

    /// <summary>When set, the median of the first this many points is the centre line for the whole chart; null uses every point.</summary>
    public int? BaselinePoints { get; }

    /// <summary>The astronomical-point rule applied, or null for none.</summary>
    public AstronomicalPointRule? AstronomicalPoint { get; }

    /// <summary>IHI: the printed runs table judged against, or null to compute the limits exactly.</summary>
    public RunsLimitTable? RunsTable { get; }

    /// <summary>Whether the rules are IHI's shift, trend and runs (<see cref="RunChartMethod.Ihi"/> or <see cref="RunChartMethod.SwedEisenhart"/>).</summary>
    public bool IsIhiFamily => Method != RunChartMethod.Anhoej;
}
