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
    public static string Markdown(UnitCycleReport report) => Relabelled(report, MarkdownReport.Render(UnitCycleDocument.From(report)));

    /// <summary>The report as one HTML page with its charts drawn as inline SVG: no scripts, fonts or network.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Html(UnitCycleReport report) => Relabelled(report, HtmlReport.Render(UnitCycleDocument.From(report)));

    /// <summary>
    /// The text with every long target identifier (a CASE GUID, 16 characters or more) replaced by the target's code,
    /// since the reasons the packages give name targets by identifier and a teacher reads codes. Short identifiers are
    /// left as they are (they could be ordinary words), as are the JSON and CSV forms, which keep identifiers.
    /// </summary>
    private static string Relabelled(UnitCycleReport report, string text)
    {
        var label = UnitCycleDocument.Labels(report);
        foreach (var target in report.WhatToLearn.Targets)
            if (target.Id.Value.Length >= 16 && label(target.Id) != target.Id.Value)
                text = text.Replace(target.Id.Value, label(target.Id), StringComparison.Ordinal);
        return text;
    }
}
