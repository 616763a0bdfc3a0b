namespace MathPlc.Reports;

/// <summary>
/// One piece of a report section: a paragraph, a subheading, a list, a table or a chart. The HTML and Markdown
/// renderers (<see cref="HtmlReport"/>, <see cref="MarkdownReport"/>) know every kind.
/// </summary>
/// <remarks>
/// Paragraphs and list items hold <see cref="ReportText"/> (plain, bold and code runs); table cells, captions, headings and
/// chart labels are plain text. The renderers escape every piece of text for their format where they write it.
/// </remarks>
public abstract record ReportBlock
{
    private protected ReportBlock()
    {
    }
}
