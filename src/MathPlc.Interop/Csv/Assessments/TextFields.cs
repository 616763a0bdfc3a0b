namespace MathPlc.Interop.Csv;

/// <summary>Field readers the assessment files share: free-text identifiers and optional numbers.</summary>
internal static class TextFields
{
    /// <summary>A free-text identifier (trimmed); reports <c>empty-id</c> when empty.</summary>
    public static bool TryText(this CsvRowFields row, int column, out string text)
    {
        text = row.OptionalText(column)?.Trim() ?? "";
        if (text.Length > 0) return true;
        row.Report(column, CsvDiagnosticCodes.EmptyId, "The identifier is empty; every row needs one.");
        return false;
    }

    /// <summary>An optional finite number: empty reads as null (a missing score).</summary>
    public static bool TryOptionalNumber(this CsvRowFields row, int column, out double? value)
    {
        value = null;
        if (row.Span(column).IsEmpty) return true;
        if (!row.TryFiniteNumber(column, out double number)) return false;
        value = number;
        return true;
    }
}
