namespace MathPlc.Interop.Reports;

/// <summary>
/// One piece of a report section: a paragraph, a subheading, a list, a table or a chart. The HTML and Markdown
/// renderers (<see cref="HtmlReport"/>, <see cref="MarkdownReport"/>) know every kind.
/// </summary>
/// <remarks>Text in paragraphs, lists and table cells may mark <c>**bold**</c> and <c>`code`</c>; everything else is shown as written.</remarks>
public abstract record ReportBlock
{
    private protected ReportBlock()
    {
    }
}
