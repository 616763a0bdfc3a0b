using System.Globalization;
using MathPlc.Cli.Shell;
using MathPlc.Cli.Text;
using MathPlc.Interop.Csv;
using MathPlc.Teams;

namespace MathPlc.Cli.Teams;

/// <summary>
/// Run-chart analyses as <c>mathplc runchart</c> writes them: <c>csv</c> with the columns
/// <c>measure, signal, from_date, to_date, points, detail</c>, one row per signal (signals <c>shift, trend,
/// too_few_runs, too_many_runs, too_few_crossings, astronomical_point</c>), and for a measure without signals one row <c>none</c> (analysed,
/// nothing found) or <c>too_few_points</c>, so no measure disappears from the output; or <c>json</c>, one object per measure.
/// </summary>
internal static class RunChartTable
{
    /// <summary>The CSV columns, fixed by issue 7.</summary>
    public static IReadOnlyList<string> Header { get; } = ["measure", "signal", "from_date", "to_date", "points", "detail"];

    /// <summary>The analyses in <paramref name="format"/>.</summary>
    public static string Write(ImmutableArray<(string Measure, RunChartAnalysis Analysis)> analyses, OutputFormat format) => format switch
    {
        OutputFormat.Csv => Csv(analyses),
        OutputFormat.Json => Json(analyses),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "The runchart command writes csv or json."),
    };

    /// <summary>A signal as written: <c>too_few_runs</c>.</summary>
    public static string SignalName(RunChartSignal signal) => KebabCase.Of(signal.ToString()).Replace('-', '_');

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static IEnumerable<IReadOnlyList<string?>> Rows(string measure, RunChartAnalysis a)
    {
        if (a.Findings.IsEmpty)
        {
            string status = a.Status == RunChartStatus.InsufficientData ? "too_few_points" : "none";
            yield return
            [
                measure, status,
                a.Points.IsEmpty ? null : IsoDate.Format(a.Points[0].Date),
                a.Points.IsEmpty ? null : IsoDate.Format(a.Points[^1].Date),
                Number(a.Points.Length),
                string.Join(" ", a.Reasons.Select(r => r.Message)),
            ];
            yield break;
        }
        foreach (var f in a.Findings)
            yield return [measure, SignalName(f.Signal), IsoDate.Format(a.Points[f.From].Date), IsoDate.Format(a.Points[f.To].Date), Number(f.Points.Length), f.Why.Message];
    }

    private static string Csv(ImmutableArray<(string Measure, RunChartAnalysis Analysis)> analyses) =>
        CsvText.Of(Header, analyses.SelectMany(a => Rows(a.Measure, a.Analysis)));

    private static string Json(ImmutableArray<(string Measure, RunChartAnalysis Analysis)> analyses) =>
        CliJson.Text(RunChartOutput.Of(analyses), json => json.IReadOnlyListRunChartOutput);
}
