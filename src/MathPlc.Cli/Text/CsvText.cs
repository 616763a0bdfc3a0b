using System.Text;

namespace MathPlc.Cli.Text;

/// <summary>
/// Builds CSV output in memory: a header row, then records; fields quoted per RFC 4180 only when they hold a
/// comma, a quote or a line break (quotes doubled). Lines end with <c>\n</c> on every platform.
/// </summary>
internal sealed class CsvText
{
    private readonly StringBuilder _text = new();

    /// <summary>Starts a table with its header row.</summary>
    public CsvText(params string[] header) => Row(header);

    /// <summary>Appends one record.</summary>
    public CsvText Row(params string[] fields)
    {
        for (int i = 0; i < fields.Length; i++)
        {
            if (i > 0) _text.Append(',');
            _text.Append(Escape(fields[i]));
        }
        _text.Append('\n');
        return this;
    }

    /// <inheritdoc/>
    public override string ToString() => _text.ToString();

    private static string Escape(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
