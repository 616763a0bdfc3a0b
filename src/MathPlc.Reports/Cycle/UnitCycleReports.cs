using MathPlc.CriticalQuestions;
using MathPlc.Reports;

namespace MathPlc.Reports.Cycle;

/// <summary>
/// A unit cycle's report in the forms a team reads: Markdown, and one self-contained HTML page with SVG charts. Each is
/// a pure function of the report: the same report always gives the same text. The file formats a district system reads
/// (the report as JSON, and the CSV tables <c>UnitCycleTables</c>) are in MathPlc.Interop (decision 0091).
/// </summary>
/// <remarks>
/// Both forms are rendered from one structured document (<see cref="UnitCycleDocument"/>), which names targets by their
/// codes from the start; every value from input is escaped by the renderer where it is written, and the rendered text is
/// never post-processed (decision 0075; issue 14, cause 1).
/// </remarks>
public static class UnitCycleReports
{
    /// <summary>The report as Markdown (CommonMark with GitHub-style tables; charts as their data tables). Its first <c>## </c> section is the meeting agenda.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Markdown(UnitCycleReport report) => MarkdownReport.Render(UnitCycleDocument.From(report));

    /// <summary>The report as one HTML page with its charts drawn as inline SVG: no scripts, fonts or network. Printed, the agenda is page one.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Html(UnitCycleReport report) => HtmlReport.Render(UnitCycleDocument.From(report));

    /// <summary>
    /// The report as both pages, <see cref="Markdown"/> and <see cref="Html"/>, from one document: the same two texts for
    /// about half the work of calling both (a district renders 1,000 team pages; decision 0180).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static (string Markdown, string Html) Pages(UnitCycleReport report)
    {
        var document = UnitCycleDocument.From(report);
        return (MarkdownReport.Render(document), HtmlReport.Render(document));
    }

    /// <summary>
    /// <see cref="Pages"/> as the bytes of the two files: each page is rendered into a buffer the thread reuses and encoded
    /// to UTF-8 from it, with no string between (decision 0205). The bytes are exactly <c>Encoding.UTF8.GetBytes</c> of
    /// <see cref="Pages"/>' two texts.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static (byte[] Markdown, byte[] Html) PagesUtf8(UnitCycleReport report)
    {
        var document = UnitCycleDocument.From(report);
        var md = PageBuffer.Rent();
        MarkdownReport.RenderInto(md, document);
        byte[] markdown = PageBuffer.Utf8AndReturn(md);
        var html = PageBuffer.Rent();
        HtmlReport.RenderInto(html, document);
        return (markdown, PageBuffer.Utf8AndReturn(html));
    }

    /// <summary>The meeting agenda alone, as Markdown (its <c>## Meeting agenda</c> section).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string AgendaMarkdown(UnitCycleReport report) => MarkdownReport.RenderSection(UnitCycleDocument.Agenda(Guard.Against.Null(report)));

    /// <summary>A district's summary as Markdown (decision 0106), linking each team to <c>teams/NAME.md</c> (<see cref="TeamPageNames"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="district"/> is null.</exception>
    public static string DistrictMarkdown(DistrictCycleReport district) => MarkdownReport.Render(DistrictCycleDocument.From(district, "md"));

    /// <summary>A district's summary as one HTML page (decision 0106), linking each team to <c>teams/NAME.html</c> (<see cref="TeamPageNames"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="district"/> is null.</exception>
    public static string DistrictHtml(DistrictCycleReport district) => HtmlReport.Render(DistrictCycleDocument.From(district, "html"));

    /// <summary>A district's summary as Markdown from its outline (decision 0170): the same text as from the whole report.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="district"/> is null.</exception>
    public static string DistrictSummaryMarkdown(DistrictCycleOutline district) => MarkdownReport.Render(DistrictCycleDocument.FromOutline(district, "md"));

    /// <summary>A district's summary as one HTML page from its outline (decision 0170): the same text as from the whole report.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="district"/> is null.</exception>
    public static string DistrictSummaryHtml(DistrictCycleOutline district) => HtmlReport.Render(DistrictCycleDocument.FromOutline(district, "html"));
}
