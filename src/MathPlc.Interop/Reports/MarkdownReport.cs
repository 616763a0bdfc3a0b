using System.Text;

namespace MathPlc.Interop.Reports;

/// <summary>
/// Renders a <see cref="ReportDocument"/> as Markdown (CommonMark with GitHub-style tables): the form a team reads in a
/// terminal, a pull request or a wiki. Charts become their title, description and data table.
/// </summary>
/// <remarks>
/// Paragraph and list text is written as given (it may use <c>**bold**</c> and <c>`code`</c>), except that <c>&lt;</c> and
/// <c>&amp;</c> are backslash-escaped so a label such as <c>&lt;percent&gt;</c> is not taken for HTML; in table cells a
/// <c>|</c> is escaped too, and line breaks become spaces. Numeric columns are right-aligned. The same report always gives
/// the same text.
/// </remarks>
public static class MarkdownReport
{
    /// <summary>Renders the report.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Render(ReportDocument report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var md = new StringBuilder();
        md.Append("# ").Append(OneLine(report.Title)).Append("\n\n");
        if (report.Subtitle is not null) md.Append(Text(report.Subtitle)).Append("\n\n");
        foreach (var section in report.Sections)
        {
            md.Append("## ").Append(OneLine(section.Heading)).Append("\n\n");
            foreach (var block in section.Blocks) Block(md, block);
        }
        return md.ToString();
    }

    private static void Block(StringBuilder md, ReportBlock block)
    {
        switch (block)
        {
            case ReportParagraph paragraph:
                md.Append(Text(paragraph.Text)).Append("\n\n");
                break;
            case ReportSubheading heading:
                md.Append("### ").Append(OneLine(heading.Text)).Append("\n\n");
                break;
            case ReportList list:
                foreach (string item in list.Items) md.Append("- ").Append(OneLine(item)).Append('\n');
                md.Append('\n');
                break;
            case ReportTable table:
                if (table.Caption is not null) md.Append("**").Append(OneLine(table.Caption)).Append("**\n\n");
                Table(md, table);
                break;
            case ReportChart chart:
                md.Append("**").Append(OneLine(chart.Title)).Append("** (chart)\n\n");
                if (chart.Description.Length > 0) md.Append(Text(chart.Description)).Append("\n\n");
                Table(md, chart.ToTable());
                break;
            default:
                throw new ArgumentException($"Report blocks of type {block.GetType().Name} cannot be rendered.", nameof(block));
        }
    }

    private static void Table(StringBuilder md, ReportTable table)
    {
        md.Append("| ").AppendJoin(" | ", table.Header.Select(Cell)).Append(" |\n|");
        for (int c = 0; c < table.Header.Length; c++)
        {
            bool numeric = !table.Rows.IsEmpty && table.Rows.All(r => HtmlReport.IsNumber(r[c]) || r[c] is "" or "–");
            md.Append(numeric ? " ---: |" : " --- |");
        }
        md.Append('\n');
        foreach (var row in table.Rows) md.Append("| ").AppendJoin(" | ", row.Select(Cell)).Append(" |\n");
        md.Append('\n');
    }

    private static string Cell(string text) => OneLine(text).Replace("|", "\\|", StringComparison.Ordinal);

    private static string OneLine(string text) => Text(text).ReplaceLineEndings(" ");

    /// <summary>Text with the two characters that would start HTML in Markdown (<c>&lt;</c>, <c>&amp;</c>) backslash-escaped.</summary>
    private static string Text(string text) => text.Replace("<", "\\<", StringComparison.Ordinal).Replace("&", "\\&", StringComparison.Ordinal);
}
