using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using MathPlc.Reports;

namespace MathPlc.Cli.Text;

/// <summary>Builds a short Markdown report in memory: headings, bullet facts and pipe tables; <c>\n</c> line ends.</summary>
/// <remarks>
/// Every value that comes from input is escaped at the point of rendering (issue 14), by construction: headings and
/// lines are interpolated strings (<see cref="MarkdownLine"/>) whose literal parts are the program's Markdown and whose
/// every hole is escaped, and table cells are always escaped, so an id such as <c>&lt;img src=x onerror=…&gt;</c> or
/// <c>[x](javascript:…)</c> is shown as text and never becomes markup. There is no way to append an unescaped value.
/// </remarks>
internal sealed class MarkdownText
{
    private readonly StringBuilder _text = new();

    /// <summary>Appends a heading of the given level (1 is <c>#</c>), followed by a blank line.</summary>
    public MarkdownText Heading(int level, MarkdownLine text)
    {
        _text.Append('#', level).Append(' ').Append(text.Text).Append("\n\n");
        return this;
    }

    /// <summary>Appends a line of text.</summary>
    public MarkdownText Line(MarkdownLine text)
    {
        _text.Append(text.Text).Append('\n');
        return this;
    }

    /// <summary>Appends an empty line.</summary>
    public MarkdownText BlankLine()
    {
        _text.Append('\n');
        return this;
    }

    /// <summary>Appends a table: the header, its alignment row (<c>true</c> right-aligns a column), then the rows.</summary>
    public MarkdownText Table(IReadOnlyList<string> header, IReadOnlyList<bool> rightAligned, IEnumerable<IReadOnlyList<string>> rows)
    {
        AppendRow(header.Select(Escape));
        AppendRow(rightAligned.Select(right => right ? "---:" : "---"));
        foreach (var row in rows) AppendRow(row.Select(Escape));
        return this;
    }

    /// <summary>A whole number in invariant form, for table cells and facts.</summary>
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public override string ToString() => _text.ToString();

    private void AppendRow(IEnumerable<string> cells)
    {
        _text.Append('|');
        foreach (var cell in cells) _text.Append(' ').Append(cell).Append(" |");
        _text.Append('\n');
    }

    /// <summary><paramref name="value"/> as Markdown text that reads as exactly that text (<see cref="MarkdownReport.Escape(string)"/>).</summary>
    public static string Escape(string value) => MarkdownReport.Escape(value);
}

/// <summary>
/// One line of Markdown written as an interpolated string: the literal parts are the program's own Markdown, and every
/// hole — an id, a name, a number — is formatted with the invariant culture and escaped (<see cref="MarkdownText.Escape"/>).
/// </summary>
[InterpolatedStringHandler]
internal readonly struct MarkdownLine
{
    private readonly StringBuilder _text;

    /// <summary>Starts a line (called by the compiler).</summary>
    public MarkdownLine(int literalLength, int formattedCount) => _text = new StringBuilder(literalLength + 16 * formattedCount);

    /// <summary>The Markdown written so far.</summary>
    public string Text => _text.ToString();

    /// <summary>Appends the program's own Markdown.</summary>
    public void AppendLiteral(string markdown) => _text.Append(markdown);

    /// <summary>Appends a value, escaped.</summary>
    public void AppendFormatted<T>(T value, string? format = null) =>
        _text.Append(MarkdownText.Escape(value is IFormattable formattable ? formattable.ToString(format, CultureInfo.InvariantCulture) : value?.ToString() ?? ""));
}
