using System.Globalization;
using CsvHelper;
using MathPlc.Core;
using NodaTime;

namespace MathPlc.Interop.Csv;

/// <summary>
/// The known fields of the row a <see cref="CsvReader"/> is on, read from UTF-8 spans with the invariant culture.
/// Each <c>Try…</c> method reports what is wrong with its field (file, line, column, header, value) and returns
/// false, so a row parser can read every field and report all of a row's problems at once.
/// </summary>
/// <remarks>Columns are the indexes of <see cref="CsvColumns.All"/>. One instance serves a whole file, row after row.</remarks>
internal sealed class CsvRowFields(CsvReader reader, string file, ImmutableArray<string> header, ImmutableArray<int> positions)
{
    private readonly List<DataDiagnostic> _diagnostics = [];
    private readonly object?[] _identifiers = new object?[positions.Length];

    /// <summary>The 1-based line where the current row starts.</summary>
    public int Line { get; private set; }

    /// <summary>The problems found in the current row so far.</summary>
    public IReadOnlyList<DataDiagnostic> Diagnostics => _diagnostics;

    /// <summary>Moves on to the reader's current row, forgetting the previous row's problems.</summary>
    public void Start(int line)
    {
        Line = line;
        _diagnostics.Clear();
    }

    /// <summary>Adds a problem with the current row as a whole, such as its field count or quoting.</summary>
    public void Add(DataDiagnostic diagnostic) => _diagnostics.Add(diagnostic);

    /// <summary>Whether the file has the column.</summary>
    public bool Has(int column) => positions[column] >= 0;

    /// <summary>The field's bytes, trimmed of spaces and tabs; empty when the file lacks the column.</summary>
    public ReadOnlySpan<byte> Span(int column) => Has(column) ? reader.GetSpan(positions[column]) : [];

    /// <summary>An identifier; reports <c>empty-id</c> when the field is empty or white space.</summary>
    public bool TryId<TId>(int column, out TId id) where TId : struct, IIdentifier<TId>
    {
        const int OnStack = 256;
        int field = positions[column];
        int length = reader.GetSpan(field).Length; // UTF-8 bytes: at least as many as the UTF-16 chars
        Span<char> buffer = length <= OnStack ? stackalloc char[OnStack] : new char[length];
        var text = buffer[..reader.GetChars(field, buffer)];
        if (text.IsWhiteSpace())
        {
            id = default;
            Report(column, CsvDiagnosticCodes.EmptyId, "The identifier is empty; every row needs one.");
            return false;
        }
        _identifiers[column] ??= new IdentifierCache<TId>();
        id = ((IdentifierCache<TId>)_identifiers[column]!).Get(text);
        return true;
    }

    /// <summary>A date written <c>yyyy-MM-dd</c>; reports <c>bad-date</c> otherwise.</summary>
    public bool TryDate(int column, out LocalDate date)
    {
        if (IsoDateText.TryParse(Span(column), out date, out string? problem)) return true;
        Report(column, CsvDiagnosticCodes.BadDate, problem);
        return false;
    }

    /// <summary>A finite number such as <c>3</c>, <c>-2.5</c> or <c>1e-3</c>; reports <c>not-a-number</c> otherwise.</summary>
    public bool TryFiniteNumber(int column, out double value)
    {
        var span = Span(column);
        if (double.TryParse(span, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value)) return true;
        Report(column, CsvDiagnosticCodes.NotANumber,
            span.IsEmpty ? "The number is empty; every row needs one."
            : double.IsFinite(value) ? "This is not a number; write numbers with a point for decimals, e.g. 2.5."
            : "The number must be finite, not NaN or infinity.");
        return false;
    }

    /// <summary>An optional whole number, zero or more; an empty field or an absent column reads as 0. Reports <paramref name="code"/> otherwise.</summary>
    public bool TryOptionalCount(int column, string code, out int value)
    {
        var span = Span(column);
        value = 0;
        if (span.IsEmpty || (int.TryParse(span, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value) && value >= 0)) return true;
        Report(column, code, "This must be a whole number, 0 or more.");
        value = 0;
        return false;
    }

    /// <summary>An optional finite number, zero or more; an empty field or an absent column reads as null. Reports <paramref name="code"/> otherwise.</summary>
    public bool TryOptionalNonNegative(int column, string code, out double? value)
    {
        var span = Span(column);
        value = null;
        if (span.IsEmpty) return true;
        if (double.TryParse(span, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) && double.IsFinite(number) && number >= 0)
        {
            value = number;
            return true;
        }
        Report(column, code, "This must be a finite number, 0 or more, with a point for decimals.");
        return false;
    }

    /// <summary>An optional text; an empty or white-space field or an absent column reads as null.</summary>
    public string? OptionalText(int column)
    {
        if (!Has(column)) return null;
        string text = reader.GetString(positions[column]);
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    /// <summary>Reports a problem with a known column's field of the current row.</summary>
    public void Report(int column, string code, string message)
    {
        int field = positions[column];
        _diagnostics.Add(new DataDiagnostic(code, message, file, Line, field + 1, header[field], reader.GetString(field)));
    }
}
