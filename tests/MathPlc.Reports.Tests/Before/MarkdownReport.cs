// The renderer as it was before decision 0205 (session 18), kept unchanged but for its namespace: the fast renderer must give its bytes.
using Ardalis.GuardClauses;
using MathPlc.Core.Guards;
using System.Text;

namespace MathPlc.Reports.Tests.Before;

/// <summary>
/// Renders a <see cref="ReportDocument"/> as Markdown (CommonMark with GitHub-style tables): the form a team reads in a
/// terminal, a pull request or a wiki. Charts become their title, description and data table.
/// </summary>
/// <remarks>
/// Every piece of text is escaped where it is written (<see cref="Escape(string)"/>): <c>&lt; &gt; &amp;</c> become HTML
/// entities (which every Markdown dialect reads as text, unlike a backslash before <c>&lt;</c>, which original Markdown
/// leaves in front of live HTML), Markdown's punctuation (<c>\ ` * _ [ ] | ~ # $ !</c>) is backslash-escaped, as is a
/// list or heading marker at the start of a block, and line breaks become spaces, so a value from input (a target code,
/// a name) always reads as the text it is.
/// Only runs the program marked become bold (<c>**…**</c>) or code (a backtick code span long enough for its content).
/// Numeric columns are right-aligned. The same report always gives the same text.
/// </remarks>
internal static class MarkdownReport
{
    /// <summary>Renders the report.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Render(ReportDocument report)
    {
        Guard.Against.Null(report);
        var md = new StringBuilder();
        md.Append("# ").Append(Escape(report.Title, blockStart: false)).Append("\n\n");
        if (report.Subtitle is not null) md.Append(Escape(report.Subtitle, blockStart: true)).Append("\n\n");
        foreach (var section in report.Sections) Section(md, section);
        return md.ToString();
    }

    /// <summary>One section: its <c>## </c> heading and its blocks.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="section"/> is null.</exception>
    public static string RenderSection(ReportSection section)
    {
        Guard.Against.Null(section);
        var md = new StringBuilder();
        Section(md, section);
        return md.ToString();
    }

    private static void Section(StringBuilder md, ReportSection section)
    {
        md.Append("## ").Append(Escape(section.Heading, blockStart: false)).Append("\n\n");
        foreach (var block in section.Blocks) Block(md, block);
    }

    private static void Block(StringBuilder md, ReportBlock block)
    {
        switch (block)
        {
            case ReportParagraph paragraph:
                md.Append(Inline(paragraph.Content)).Append("\n\n");
                break;
            case ReportSubheading heading:
                md.Append("### ").Append(Escape(heading.Text, blockStart: false)).Append("\n\n");
                break;
            case ReportList list:
                foreach (var item in list.Items) md.Append("- ").Append(Inline(item)).Append('\n');
                md.Append('\n');
                break;
            case ReportTable table:
                if (table.Caption is not null) md.Append("**").Append(Escape(table.Caption, blockStart: false)).Append("**\n\n");
                Table(md, table);
                break;
            case ReportChart chart:
                md.Append("**").Append(Escape(chart.Title, blockStart: false)).Append("** (chart)\n\n");
                if (chart.Description.Length > 0) md.Append(Escape(chart.Description, blockStart: true)).Append("\n\n");
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

    private static string Cell(string text) => Escape(text, blockStart: false);

    /// <summary>Structured text: plain runs escaped, bold and code runs marked.</summary>
    internal static string Inline(ReportText text)
    {
        var md = new StringBuilder();
        foreach (var run in text.Runs)
        {
            bool start = md.Length == 0;
            switch (run.Kind)
            {
                case ReportRunKind.Strong:
                    // Emphasis must not start or end with white space (CommonMark's flanking rules): keep it outside the marks.
                    string inner = run.Text.Trim();
                    if (inner.Length == 0)
                    {
                        md.Append(Escape(run.Text, start));
                        break;
                    }
                    int lead = run.Text.Length - run.Text.TrimStart().Length, trail = run.Text.Length - run.Text.TrimEnd().Length;
                    md.Append(' ', lead > 0 ? 1 : 0).Append("**").Append(Escape(inner, blockStart: false)).Append("**").Append(' ', trail > 0 ? 1 : 0);
                    break;
                case ReportRunKind.Code:
                    md.Append(CodeSpan(run.Text));
                    break;
                case ReportRunKind.Link:
                    // A pointy-bracket destination holds any character but < > and line breaks; those, and spaces, are percent-encoded.
                    md.Append('[').Append(Escape(run.Text, blockStart: false)).Append("](<").Append(LinkTarget(run.Href!)).Append(">)");
                    break;
                default:
                    md.Append(Escape(run.Text, start));
                    break;
            }
        }
        return md.ToString();
    }

    // A link's destination with every character outside unreserved URI characters and '/' percent-encoded (UTF-8).
    private static string LinkTarget(string href)
    {
        var target = new StringBuilder();
        foreach (byte b in Encoding.UTF8.GetBytes(href))
            if (char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~' or (byte)'/') target.Append((char)b);
            else target.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        return target.ToString();
    }

    /// <summary>
    /// Plain text as Markdown that reads as exactly that text in every Markdown dialect, for a value from input inside a
    /// line, a heading or a table cell: <c>&lt; &gt; &amp;</c> as HTML entities, Markdown's punctuation
    /// (<c>\ ` * _ [ ] | ~ # $ !</c>) behind a backslash, line breaks as spaces.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string Escape(string text)
    {
        Guard.Against.Null(text);
        return Escape(text, blockStart: false);
    }

    /// <summary>
    /// <see cref="Escape(string)"/>, and at the start of a block a list, heading or quote marker escaped too.
    /// </summary>
    internal static string Escape(string text, bool blockStart)
    {
        var md = new StringBuilder(text.Length + 8);
        string line = text.ReplaceLineEndings(" ");
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            switch (c)
            {
                case '<': md.Append("&lt;"); break;
                case '>': md.Append("&gt;"); break;
                case '&': md.Append("&amp;"); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~' or '#' or '$' or '!': md.Append('\\').Append(c); break;
                default: md.Append(c); break;
            }
        }
        if (blockStart && md.Length > 0)
        {
            // "- x", "+ x", "= x" and "1. x" / "1) x" start a list or a heading underline at the start of a block.
            if (md[0] is '-' or '+' or '=') md.Insert(0, '\\');
            else
            {
                int digits = 0;
                while (digits < md.Length && char.IsAsciiDigit(md[digits])) digits++;
                if (digits > 0 && digits < md.Length && md[digits] is '.' or ')' && (digits + 1 == md.Length || md[digits + 1] is ' ' or '\t'))
                    md.Insert(digits, '\\');
            }
        }
        return md.ToString();
    }

    /// <summary>A code span that holds <paramref name="text"/> as it is: a fence of backticks longer than any run inside it.</summary>
    private static string CodeSpan(string text)
    {
        string line = text.ReplaceLineEndings(" ");
        int longest = 0, current = 0;
        foreach (char c in line)
        {
            current = c == '`' ? current + 1 : 0;
            longest = Math.Max(longest, current);
        }
        string fence = new('`', longest + 1);
        bool pad = line.StartsWith('`') || line.EndsWith('`') || line.Length == 0;
        return pad ? $"{fence} {line} {fence}" : fence + line + fence;
    }
}
