using MathPlc.Cli.Text;
using MathPlc.Teams;

namespace MathPlc.Cli.Teams;

/// <summary>One measure's run chart in the JSON of <c>mathplc runchart</c> (docs/cli.md; the output is an array of these, one per measure).</summary>
/// <param name="Measure">The measure's name.</param>
/// <param name="Status">analyzed or too_few_points.</param>
/// <param name="Rules">The rules used: ihi, swed-eisenhart or anhoej.</param>
/// <param name="Median">The centre line; null without points.</param>
/// <param name="Points">Points on the chart.</param>
/// <param name="UsefulObservations">Points not on the median.</param>
/// <param name="Runs">Runs on either side of the median.</param>
/// <param name="Crossings">Times the line crosses the median.</param>
/// <param name="LongestRun">The longest run.</param>
/// <param name="Limits">The runs limits; null when not judged.</param>
/// <param name="AstronomicalBand">The astronomical-point band; null when the rule is off or the chart has no spread.</param>
/// <param name="Signals">Each signal found.</param>
/// <param name="Reasons">Why, <c>{code, message}</c>.</param>
internal sealed record RunChartOutput(string Measure, string Status, string Rules, double? Median, int Points, int UsefulObservations, int Runs, int Crossings,
    int LongestRun, RunLimitsOutput? Limits, AstronomicalBandOutput? AstronomicalBand, IReadOnlyList<RunChartSignalOutput> Signals, IReadOnlyList<ReasonOutput> Reasons)
{
    /// <summary>The outputs of the measures' analyses, in order.</summary>
    public static IReadOnlyList<RunChartOutput> Of(IEnumerable<(string Measure, RunChartAnalysis Analysis)> analyses) => [.. analyses.Select(x =>
    {
        var a = x.Analysis;
        return new RunChartOutput(x.Measure, a.Status == RunChartStatus.Analyzed ? "analyzed" : "too_few_points", KebabCase.Of(a.Rules.Method.ToString()), a.Median,
            a.Points.Length, a.UsefulObservations, a.Runs, a.Crossings, a.LongestRun,
            a.Limits is { } limits ? new RunLimitsOutput(limits.Low, limits.High) : null,
            a.AstronomicalBand is { } band ? new AstronomicalBandOutput(band.Low, band.High, a.Rules.AstronomicalPoint!.Multiple) : null,
            [.. a.Findings.Select(f => new RunChartSignalOutput(RunChartTable.SignalName(f.Signal), IsoDate.Format(a.Points[f.From].Date),
                IsoDate.Format(a.Points[f.To].Date), f.Points.Length, f.Why.Message))],
            ReasonOutput.Of(a.Reasons));
    })];
}

/// <summary>The fewest and most runs expected.</summary>
/// <param name="Low">Fewest runs.</param>
/// <param name="High">Most runs.</param>
internal sealed record RunLimitsOutput(int Low, int High);

/// <summary>The band outside which a point is astronomical.</summary>
/// <param name="Low">Its lower edge.</param>
/// <param name="High">Its upper edge.</param>
/// <param name="Multiple">K, the multiple of the scaled median absolute deviation.</param>
internal sealed record AstronomicalBandOutput(double Low, double High, double Multiple);

/// <summary>A signal.</summary>
/// <param name="Signal">shift, trend, too_few_runs, too_many_runs, too_few_crossings or astronomical_point.</param>
/// <param name="FromDate">Its first point's date, yyyy-MM-dd.</param>
/// <param name="ToDate">Its last point's date.</param>
/// <param name="Points">Points in it.</param>
/// <param name="Detail">What was seen.</param>
internal sealed record RunChartSignalOutput(string Signal, string FromDate, string ToDate, int Points, string Detail);
