using System.Globalization;
using System.Text;

namespace MathPlc.Cli.Text;

/// <summary>Builds a short Markdown report in memory: headings, bullet facts and pipe tables; <c>\n</c> line ends.</summary>
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

    private static string EscapeCell(string cell) =>
        cell.Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal).Replace('\n', ' ');
}
