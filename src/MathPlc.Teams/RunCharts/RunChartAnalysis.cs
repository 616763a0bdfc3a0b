using MathPlc.Core;

namespace MathPlc.Teams;

/// <summary>
/// What the run-chart rules found in one measure's series: the median (the centre line), the runs and crossings,
/// the limits they were judged against, and every signal with the points that make it.
/// </summary>
/// <remarks>Equality compares the points and findings by content.</remarks>
public sealed record RunChartAnalysis
{
    internal RunChartAnalysis(RunChartRules rules, ImmutableArray<RunChartPoint> points, RunChartStatus status, double? median,
        int usefulObservations, int runs, int longestRun, (int Low, int High)? limits, ImmutableArray<RunChartFinding> findings, ImmutableArray<Reason> reasons,
        (double Low, double High)? astronomicalBand = null)
    {
        AstronomicalBand = astronomicalBand;
        Rules = rules;
        Points = points;
        Status = status;
        Median = median;
        UsefulObservations = usefulObservations;
        Runs = runs;
        LongestRun = longestRun;
        Limits = limits;
        Findings = findings;
        Reasons = reasons;
    }

    /// <summary>The rules applied.</summary>
    public RunChartRules Rules { get; }

    /// <summary>The points in date order (points on the same date keep the order given); findings refer to their positions.</summary>
    public ValueArray<RunChartPoint> Points { get; }

    /// <summary>Whether there were enough points to judge.</summary>
    public RunChartStatus Status { get; }

    /// <summary>The centre line: the median of all points, or of the baseline; null only when there are no points.</summary>
    public double? Median { get; }

    /// <summary>The points not on the median, which are the only ones runs count.</summary>
    public int UsefulObservations { get; }

    /// <summary>The number of runs (maximal groups of consecutive useful points on one side of the median).</summary>
    public int Runs { get; }

    /// <summary>The number of times consecutive useful points fall on opposite sides of the median (runs − 1, or 0).</summary>
    public int Crossings => Math.Max(Runs - 1, 0);

    /// <summary>The length of the longest run, in useful points.</summary>
    public int LongestRun { get; }

    /// <summary>
    /// The limits judged against, when analysed: for the IHI rules the fewest and most runs expected; for the Anhøj rules
    /// the fewest crossings expected (<c>Low</c>) and the longest run expected (<c>High</c>).
    /// </summary>
    public (int Low, int High)? Limits { get; }

    /// <summary>The band outside which a point is astronomical (<see cref="RunChartRules.AstronomicalPoint"/>), when that rule applied.</summary>
    public (double Low, double High)? AstronomicalBand { get; }

    /// <summary>Every signal found, ordered by first point, then by signal.</summary>
    public ValueArray<RunChartFinding> Findings { get; }

    /// <summary>Why the analysis came out as it did (too few points, which limits applied).</summary>
    public ValueArray<Reason> Reasons { get; }
}
