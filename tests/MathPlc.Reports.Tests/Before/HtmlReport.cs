// The renderer as it was before decision 0205 (session 18), kept unchanged but for its namespace: the fast renderer must give its bytes.
using Ardalis.GuardClauses;
using MathPlc.Core.Guards;
using System.Globalization;
using System.Text;

namespace MathPlc.Reports.Tests.Before;

/// <summary>
/// Renders a <see cref="ReportDocument"/> as one self-contained HTML page: inline CSS, charts as inline SVG, no
/// scripts, no external fonts, images, style sheets or links, so the file can be e-mailed, archived or opened offline
/// and prints cleanly (charts and tables are not split across pages).
/// </summary>
/// <remarks>
/// HTML5 with <c>lang="en"</c>, a heading per section (<c>h2</c>) and subheading (<c>h3</c>), tables with <c>th
/// scope="col"</c> and right-aligned numeric cells, each chart in a <c>figure</c> with its description as caption and
/// its data in a <c>details</c> table for screen readers and copying. Every piece of text is escaped where it is written
/// (only runs the program marked become <c>strong</c> or <c>code</c>). In print, a section that ends a page
/// (<see cref="ReportSection.EndsPage"/>, such as a meeting agenda) is followed by a page break and set compactly so it
/// fits its page. The same report always gives the same text.
/// </remarks>
internal static class HtmlReport
{
    private const string Style = """
        :root { color-scheme: light; }
        * { box-sizing: border-box; }
        body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1a1a1a; background: #ffffff; line-height: 1.5; }
        main { max-width: 1000px; margin: 0 auto; padding: 24px; }
        h1 { font-size: 1.8rem; margin: 0 0 .25rem; }
        .subtitle { color: #555555; margin: 0 0 1.5rem; }
        h2 { font-size: 1.35rem; border-bottom: 2px solid #8a9aaa; padding-bottom: .2rem; margin-top: 2rem; }
        h3 { font-size: 1.1rem; margin-top: 1.25rem; }
        table { border-collapse: collapse; margin: .75rem 0; font-size: .92rem; }
        caption { text-align: left; font-weight: 600; padding-bottom: .25rem; }
        th, td { border: 1px solid #cccccc; padding: .3rem .6rem; text-align: left; vertical-align: top; }
        th { background: #f2f5f8; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        tbody tr:nth-child(even) { background: #fafafa; }
        code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; background: #f3f3f3; padding: 0 .2em; }
        figure { margin: 1rem 0; }
        figure svg { max-width: 100%; height: auto; display: block; }
        figcaption { color: #444444; font-size: .9rem; margin-top: .3rem; }
        details { margin-top: .3rem; }
        section.ends-page .chart-figure svg { max-height: 300px; }
        @media print {
          body { font-size: 10pt; line-height: 1.35; }
          main { max-width: none; padding: 0; }
          h1 { font-size: 15pt; } h2 { font-size: 12.5pt; margin-top: 1rem; } h3 { font-size: 11pt; }
          .subtitle { margin-bottom: .6rem; }
          table { font-size: 8.5pt; margin: .4rem 0; } th, td { padding: .12rem .35rem; }
          figure, table { break-inside: avoid; } h2, h3 { break-after: avoid; } details { display: none; }
          section.ends-page { break-after: page; }
          section.ends-page h2 { margin-top: .4rem; }
          section.ends-page ul { margin: .3rem 0; padding-left: 1.2rem; }
          section.ends-page p { margin: .3rem 0; }
          section.ends-page figure { margin: .3rem 0; }
          section.ends-page .chart-figure svg { max-height: 58mm; width: auto; }
          section.ends-page figcaption { display: none; }
        }
        @page { size: letter; margin: 12mm; }
        """;

    /// <summary>Renders the report as a complete HTML document.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Render(ReportDocument report)
    {
        Guard.Against.Null(report);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Markup.Escape(report.Title)).Append("</title>\n")
            .Append("<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n<main>\n")
            .Append("<h1>").Append(Markup.Escape(report.Title)).Append("</h1>\n");
        if (report.Subtitle is not null) html.Append("<p class=\"subtitle\">").Append(Markup.Escape(report.Subtitle)).Append("</p>\n");
        int charts = 0;
        for (int s = 0; s < report.Sections.Length; s++)
        {
            var section = report.Sections[s];
            string id = $"section-{(s + 1).ToString(CultureInfo.InvariantCulture)}";
            string css = section.EndsPage ? " class=\"ends-page\"" : "";
            html.Append($"<section{css} aria-labelledby=\"{id}\">\n<h2 id=\"{id}\">").Append(Markup.Escape(section.Heading)).Append("</h2>\n");
            foreach (var block in section.Blocks) Block(html, block, ref charts);
            html.Append("</section>\n");
        }
        return html.Append("</main>\n</body>\n</html>\n").ToString();
    }

    private static void Block(StringBuilder html, ReportBlock block, ref int charts)
    {
        switch (block)
        {
            case ReportParagraph paragraph:
                html.Append("<p>").Append(Inline(paragraph.Content)).Append("</p>\n");
                break;
            case ReportSubheading heading:
                html.Append("<h3>").Append(Markup.Escape(heading.Text)).Append("</h3>\n");
                break;
            case ReportList list:
                html.Append("<ul>\n");
                foreach (var item in list.Items) html.Append("<li>").Append(Inline(item)).Append("</li>\n");
                html.Append("</ul>\n");
                break;
            case ReportTable table:
                Table(html, table, withCaption: true);
                break;
            case ReportChart chart:
                charts++;
                html.Append("<figure class=\"chart-figure\">\n")
                    .Append(SvgChart.Render(chart, $"chart-{charts.ToString(CultureInfo.InvariantCulture)}")).Append('\n')
                    .Append("<figcaption>").Append(Markup.Escape(chart.Description)).Append("</figcaption>\n")
                    .Append("<details><summary>Data</summary>\n");
                Table(html, chart.ToTable(), withCaption: false);
                html.Append("</details>\n</figure>\n");
                break;
            default:
                throw new ArgumentException($"Report blocks of type {block.GetType().Name} cannot be rendered.", nameof(block));
        }
    }

    private static void Table(StringBuilder html, ReportTable table, bool withCaption)
    {
        html.Append("<table>\n");
        if (withCaption && table.Caption is not null) html.Append("<caption>").Append(Markup.Escape(table.Caption)).Append("</caption>\n");
        html.Append("<thead><tr>");
        foreach (string name in table.Header) html.Append("<th scope=\"col\">").Append(Markup.Escape(name)).Append("</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            foreach (string cell in row)
                html.Append(IsNumber(cell) ? "<td class=\"num\">" : "<td>").Append(Markup.Escape(cell)).Append("</td>");
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
    }

    /// <summary>Structured text as HTML: every run escaped, bold runs in <c>strong</c>, code runs in <c>code</c>.</summary>
    internal static string Inline(ReportText text)
    {
        var html = new StringBuilder();
        foreach (var run in text.Runs)
            html.Append(run.Kind switch
            {
                ReportRunKind.Strong => "<strong>" + Markup.Escape(run.Text) + "</strong>",
                ReportRunKind.Code => "<code>" + Markup.Escape(run.Text) + "</code>",
                ReportRunKind.Link => "<a href=\"" + Markup.Escape(run.Href!) + "\">" + Markup.Escape(run.Text) + "</a>",
                _ => Markup.Escape(run.Text),
            });
        return html.ToString();
    }

    /// <summary>Whether a cell reads as a number (invariant culture), perhaps with a trailing <c>%</c>.</summary>
    internal static bool IsNumber(string cell) =>
        double.TryParse(cell.AsSpan().Trim().TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out _);
}
