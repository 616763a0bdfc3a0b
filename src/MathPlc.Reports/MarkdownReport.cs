using System.Buffers;
using System.Text;

namespace MathPlc.Reports;

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
public static class MarkdownReport
{
    /// <summary>Renders the report.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Render(ReportDocument report)
    {
        Guard.Against.Null(report);
        var md = PageBuffer.Rent();
        RenderInto(md, report);
        return PageBuffer.ToStringAndReturn(md);
    }

    /// <summary>Renders the report into <paramref name="md"/>, after what it holds.</summary>
    internal static void RenderInto(StringBuilder md, ReportDocument report)
    {
        AppendEscaped(md.Append("# "), report.Title, blockStart: false).Append("\n\n");
        if (report.Subtitle is not null) AppendEscaped(md, report.Subtitle, blockStart: true).Append("\n\n");
        foreach (var section in report.Sections) Section(md, section);
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
        AppendEscaped(md.Append("## "), section.Heading, blockStart: false).Append("\n\n");
        foreach (var block in section.Blocks) Block(md, block);
    }

    private static void Block(StringBuilder md, ReportBlock block)
    {
        switch (block)
        {
            case ReportParagraph paragraph:
                Inline(md, paragraph.Content).Append("\n\n");
                break;
            case ReportSubheading heading:
                AppendEscaped(md.Append("### "), heading.Text, blockStart: false).Append("\n\n");
                break;
            case ReportList list:
                foreach (var item in list.Items) Inline(md.Append("- "), item).Append('\n');
                md.Append('\n');
                break;
            case ReportTable table:
                if (table.Caption is not null) AppendEscaped(md.Append("**"), table.Caption, blockStart: false).Append("**\n\n");
                Table(md, table);
                break;
            case ReportChart chart:
                AppendEscaped(md.Append("**"), chart.Title, blockStart: false).Append("** (chart)\n\n");
                if (chart.Description.Length > 0) AppendEscaped(md, chart.Description, blockStart: true).Append("\n\n");
                Table(md, chart.ToTable());
                break;
            default:
                throw new ArgumentException($"Report blocks of type {block.GetType().Name} cannot be rendered.", nameof(block));
        }
    }

    private static void Table(StringBuilder md, ReportTable table)
    {
        md.Append("| ");
        for (int c = 0; c < table.Header.Length; c++) AppendEscaped(c == 0 ? md : md.Append(" | "), table.Header[c], blockStart: false);
        md.Append(" |\n|");
        for (int c = 0; c < table.Header.Length; c++) md.Append(NumericColumn(table, c) ? " ---: |" : " --- |");
        md.Append('\n');
        foreach (var row in table.Rows)
        {
            md.Append("| ");
            for (int c = 0; c < row.Length; c++) AppendEscaped(c == 0 ? md : md.Append(" | "), row[c], blockStart: false);
            md.Append(" |\n");
        }
        md.Append('\n');
    }

    // A column is right-aligned when it has rows and every cell reads as a number, is empty or is a dash.
    private static bool NumericColumn(ReportTable table, int column)
    {
        if (table.Rows.IsEmpty) return false;
        foreach (var row in table.Rows)
            if (row[column] is not ("" or "–") && !HtmlReport.IsNumber(row[column])) return false;
        return true;
    }

    /// <summary>Structured text: plain runs escaped, bold and code runs marked.</summary>
    private static StringBuilder Inline(StringBuilder md, ReportText text)
    {
        int begin = md.Length;
        foreach (var run in text.Runs)
        {
            bool start = md.Length == begin;
            switch (run.Kind)
            {
                case ReportRunKind.Strong:
                    // Emphasis must not start or end with white space (CommonMark's flanking rules): keep it outside the marks.
                    var inner = run.Text.AsSpan().Trim();
                    if (inner.IsEmpty)
                    {
                        AppendEscaped(md, run.Text, start);
                        break;
                    }
                    int lead = run.Text.Length - run.Text.AsSpan().TrimStart().Length, trail = run.Text.Length - run.Text.AsSpan().TrimEnd().Length;
                    md.Append(' ', lead > 0 ? 1 : 0).Append("**");
                    AppendEscaped(md, inner, blockStart: false).Append("**").Append(' ', trail > 0 ? 1 : 0);
                    break;
                case ReportRunKind.Code:
                    CodeSpan(md, run.Text);
                    break;
                case ReportRunKind.Link:
                    // A pointy-bracket destination holds any character but < > and line breaks; those, and spaces, are percent-encoded.
                    AppendEscaped(md.Append('['), run.Text, blockStart: false).Append("](<");
                    LinkTarget(md, run.Href!).Append(">)");
                    break;
                default:
                    AppendEscaped(md, run.Text, start);
                    break;
            }
        }
        return md;
    }

    // A link's destination with every character outside unreserved URI characters and '/' percent-encoded (UTF-8).
    private static StringBuilder LinkTarget(StringBuilder target, string href)
    {
        foreach (byte b in Encoding.UTF8.GetBytes(href))
            if (char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~' or (byte)'/') target.Append((char)b);
            else target.Append('%').Append(HexDigits[b >> 4]).Append(HexDigits[b & 0xF]);
        return target;
    }

    private const string HexDigits = "0123456789ABCDEF";

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
    internal static string Escape(string text, bool blockStart) => AppendEscaped(new StringBuilder(text.Length + 8), text, blockStart).ToString();

    // The characters Escape changes: HTML's three, Markdown's punctuation; line breaks are found apart (LineBreaks).
    private static readonly SearchValues<char> Special = SearchValues.Create("<>&\\`*_[]|~#$!");

    // What string.ReplaceLineEndings replaces: CR, LF, CR LF, NEL, LS, FF and PS.
    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\r\n\f\u0085\u2028\u2029");

    /// <summary>Appends <paramref name="text"/> as <see cref="Escape(string, bool)"/> escapes it, copying the runs that need no escape as they are.</summary>
    internal static StringBuilder AppendEscaped(StringBuilder md, ReadOnlySpan<char> text, bool blockStart)
    {
        ReadOnlySpan<char> line = text.ContainsAny(LineBreaks) ? text.ToString().ReplaceLineEndings(" ") : text;
        if (blockStart && !line.IsEmpty)
        {
            // "- x", "+ x", "= x" and "1. x" / "1) x" start a list or a heading underline at the start of a block.
            if (line[0] is '-' or '+' or '=') md.Append('\\');
            else
            {
                int digits = 0;
                while (digits < line.Length && char.IsAsciiDigit(line[digits])) digits++;
                if (digits > 0 && digits < line.Length && line[digits] is '.' or ')' && (digits + 1 == line.Length || line[digits + 1] is ' ' or '\t'))
                {
                    md.Append(line[..digits]).Append('\\');
                    line = line[digits..];
                }
            }
        }
        while (true)
        {
            int next = line.IndexOfAny(Special);
            if (next < 0) return md.Append(line);
            md.Append(line[..next]);
            char c = line[next];
            _ = c switch
            {
                '<' => md.Append("&lt;"),
                '>' => md.Append("&gt;"),
                '&' => md.Append("&amp;"),
                _ => md.Append('\\').Append(c),
            };
            line = line[(next + 1)..];
        }
    }

    /// <summary>A code span that holds <paramref name="text"/> as it is: a fence of backticks longer than any run inside it.</summary>
    private static void CodeSpan(StringBuilder md, string text)
    {
        string line = text.ReplaceLineEndings(" ");
        int longest = 0, current = 0;
        foreach (char c in line)
        {
            current = c == '`' ? current + 1 : 0;
            longest = Math.Max(longest, current);
        }
        bool pad = line.StartsWith('`') || line.EndsWith('`') || line.Length == 0;
        md.Append('`', longest + 1);
        if (pad) md.Append(' ');
        md.Append(line);
        if (pad) md.Append(' ');
        md.Append('`', longest + 1);
    }
}
