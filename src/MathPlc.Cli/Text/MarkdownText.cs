using System.Globalization;
using System.Text;

namespace MathPlc.Cli.Text;

/// <summary>Builds a short Markdown report in memory: headings, bullet facts and pipe tables; <c>\n</c> line ends.</summary>
/// <remarks>
/// Every value that comes from input is escaped at the point of rendering (issue 14): table cells always, and headings
/// and lines through <see cref="Escape"/> around each input value, so an id such as <c>&lt;img src=x onerror=…&gt;</c>
/// or <c>[x](javascript:…)</c> is shown as text and never becomes markup.
/// </remarks>
internal sealed class MarkdownText
{
    private readonly StringBuilder _text = new();

    /// <summary>Appends a heading of the given level (1 is <c>#</c>), followed by a blank line.</summary>
    public MarkdownText Heading(int level, string text)
    {
        _text.Append('#', level).Append(' ').Append(text).Append("\n\n");
        return this;
    }

    /// <summary>Appends a line of text.</summary>
    public MarkdownText Line(string text)
    {
        _text.Append(text).Append('\n');
        return this;
    }

    /// <summary>Appends an empty line.</summary>
    public MarkdownText BlankLine() => Line("");

    /// <summary>Appends a table: the header, its alignment row (<c>true</c> right-aligns a column), then the rows.</summary>
    public MarkdownText Table(IReadOnlyList<string> header, IReadOnlyList<bool> rightAligned, IEnumerable<IReadOnlyList<string>> rows)
    {
        AppendRow(header);
        AppendRow([.. rightAligned.Select(right => right ? "---:" : "---")]);
        foreach (var row in rows) AppendRow(row);
        return this;
    }

    /// <summary>A whole number in invariant form, for table cells and facts.</summary>
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public override string ToString() => _text.ToString();

    private void AppendRow(IEnumerable<string> cells)
    {
        _text.Append('|');
        foreach (var cell in cells) _text.Append(' ').Append(EscapeCell(cell)).Append(" |");
        _text.Append('\n');
    }

    private static string EscapeCell(string cell) => Escape(cell);

    /// <summary>
    /// <paramref name="value"/> as Markdown text: <c>&lt; &gt; &amp;</c> as HTML entities, Markdown's punctuation
    /// (<c>\ ` * _ [ ] | ~ # !</c>) behind a backslash, line breaks as spaces.
    /// </summary>
    public static string Escape(string value)
    {
        var text = new StringBuilder(value.Length + 8);
        foreach (char c in value)
        {
            switch (c)
            {
                case '<': text.Append("&lt;"); break;
                case '>': text.Append("&gt;"); break;
                case '&': text.Append("&amp;"); break;
                case '\r': break;
                case '\n': text.Append(' '); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~' or '#' or '!': text.Append('\\').Append(c); break;
                default: text.Append(c); break;
            }
        }
        return text.ToString();
    }
}
