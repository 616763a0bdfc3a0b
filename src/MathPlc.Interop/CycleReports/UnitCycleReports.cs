using MathPlc.CriticalQuestions;
using MathPlc.Interop.Reports;

namespace MathPlc.Interop.CycleReports;

/// <summary>
/// A unit cycle's report in the forms a team and a district system read: Markdown, one self-contained HTML page with
/// SVG charts, JSON, and the three CSV tables (<see cref="UnitCycleTables"/>). Each is a pure function of the report:
/// the same report always gives the same text.
/// </summary>
public static class UnitCycleReports
{
    /// <summary>The report as Markdown (CommonMark with GitHub-style tables; charts as their data tables).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Markdown(UnitCycleReport report) => MarkdownReport.Render(UnitCycleDocument.From(report));

    /// <summary>The report as one HTML page with its charts drawn as inline SVG: no scripts, fonts or network.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Html(UnitCycleReport report) => HtmlReport.Render(UnitCycleDocument.From(report));
}
