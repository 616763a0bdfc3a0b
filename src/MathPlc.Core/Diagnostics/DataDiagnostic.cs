using System.Globalization;
using System.Text;

namespace MathPlc.Core.Diagnostics;

/// <summary>
/// One problem found in a data file: where it is (file, line, column, field), what value was there, and
/// what is wrong with it, in words a district data person can act on.
/// </summary>
/// <remarks>
/// Readers never drop a row silently: every row they cannot turn into a value becomes a diagnostic.
/// Lines and columns count from 1. For CSV the column is the 1-based field position; for JSON it is the
/// 1-based byte position in the line, and <see cref="Field"/> holds the JSON path. For a text that is not valid
/// UTF-8 or UTF-16 (<see cref="TextInput"/>), the column is the 1-based character position in the line.
/// </remarks>
/// <param name="Code">A stable, machine-readable code such as <c>bad-date</c>, <c>not-a-number</c>, <c>empty-id</c>, <c>missing-column</c>.</param>
/// <param name="Message">What is wrong, in plain words.</param>
/// <param name="File">The file's name or path as the caller gave it (or <c>&lt;stdin&gt;</c>).</param>
/// <param name="Line">The 1-based line, when known.</param>
/// <param name="Column">The 1-based column, when known.</param>
/// <param name="Field">The column header (CSV) or JSON path, when known.</param>
/// <param name="Value">The offending value as written in the file, when there is one.</param>
public sealed record DataDiagnostic(
    string Code,
    string Message,
    string File,
    int? Line = null,
    int? Column = null,
    string? Field = null,
    string? Value = null)
{
    /// <summary>
    /// The diagnostic as one line, the way compilers write them:
    /// <c>evidence.csv:12:4: bad-date: assessed_on "2024-13-01": the month 13 is out of range.</c>
    /// The value is quoted at most <see cref="DiagnosticText.MaxLength"/> characters long (then <c>…</c>), with control
    /// characters escaped (<see cref="DiagnosticText"/>); <see cref="Value"/> itself keeps the whole value.
    /// </summary>
    public override string ToString()
    {
        // (Message is shown through Plain: the runtime's " (Parameter 'x')" never reaches a user.)
        var text = new StringBuilder(File);
        if (Line is { } line) text.Append(CultureInfo.InvariantCulture, $":{line}");
        if (Line is not null && Column is { } column) text.Append(CultureInfo.InvariantCulture, $":{column}");
        text.Append(": ").Append(Code).Append(": ");
        if (Field is not null) text.Append(DiagnosticText.Shorten(Field)).Append(' ');
        if (Value is not null) text.Append(DiagnosticText.Quote(Value)).Append(' ');
        if (Field is not null || Value is not null) text.Length--; // the space before the colon
        if (Field is not null || Value is not null) text.Append(": ");
        return text.Append(Plain(Message)).ToString();
    }

    /// <summary><paramref name="message"/> without the " (Parameter 'x')" the .NET runtime appends to argument exceptions' messages.</summary>
    private static string Plain(string message)
    {
        int at = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        if (at < 0) return message;
        int end = message.IndexOf("')", at, StringComparison.Ordinal);
        return end < 0 ? message[..at] : message[..at] + message[(end + 2)..];
    }
}
