using System.Globalization;
using MathPlc.Interop.Csv;
using NodaTime;

namespace MathPlc.Interop.OneRoster;

/// <summary>How OneRoster's field types are read from a CSV row, reporting what is wrong with each field.</summary>
/// <remarks>
/// Booleans are <c>true</c> / <c>false</c> in any case; dates are <c>yyyy-MM-dd</c>, or an ISO 8601 date-time whose
/// date part is kept as written (OneRoster 1.1 writes <c>assignDate</c> and <c>dueDate</c> as date-times, 1.2 as dates);
/// <c>status</c> is <c>active</c>, <c>tobedeleted</c> (and 1.0's <c>inactive</c>) or empty.
/// </remarks>
internal static class OneRosterFields
{
    /// <summary>A required text such as a sourcedId; reports <c>empty-id</c> when empty.</summary>
    public static bool TryRequired(this CsvRowFields row, int column, out string text)
    {
        text = row.OptionalText(column)?.Trim() ?? string.Empty;
        if (text.Length > 0) return true;
        row.Report(column, CsvDiagnosticCodes.EmptyId, "The identifier is empty; every row needs one.");
        return false;
    }

    /// <summary>The row's status; <paramref name="deleted"/> is true for <c>tobedeleted</c> or <c>inactive</c>.</summary>
    public static bool TryStatus(this CsvRowFields row, int column, out bool deleted)
    {
        string text = row.OptionalText(column)?.Trim() ?? string.Empty;
        deleted = text.Equals("tobedeleted", StringComparison.OrdinalIgnoreCase) || text.Equals("inactive", StringComparison.OrdinalIgnoreCase);
        if (deleted || text.Length == 0 || text.Equals("active", StringComparison.OrdinalIgnoreCase)) return true;
        row.Report(column, OneRosterDiagnosticCodes.BadStatus, "The status must be active or tobedeleted, or empty.");
        return false;
    }

    /// <summary>An optional boolean; empty reads as null.</summary>
    public static bool TryBoolean(this CsvRowFields row, int column, out bool? value)
    {
        string text = row.OptionalText(column)?.Trim() ?? string.Empty;
        value = text.Length == 0 ? null
            : text.Equals("true", StringComparison.OrdinalIgnoreCase) ? true
            : text.Equals("false", StringComparison.OrdinalIgnoreCase) ? false
            : null;
        if (value is not null || text.Length == 0) return true;
        row.Report(column, OneRosterDiagnosticCodes.BadBoolean, "This must be true or false, or empty.");
        return false;
    }

    /// <summary>An optional finite number; empty reads as null; reports <c>not-a-number</c> otherwise.</summary>
    public static bool TryOptionalNumber(this CsvRowFields row, int column, out double? value)
    {
        value = null;
        var span = row.Span(column);
        if (span.IsEmpty) return true;
        if (double.TryParse(span, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) && double.IsFinite(number))
        {
            value = number;
            return true;
        }
        row.Report(column, CsvDiagnosticCodes.NotANumber, "This must be a finite number with a point for decimals, e.g. 2.5, or empty.");
        return false;
    }

    /// <summary>An optional date, or the date part of a date-time; empty reads as null; reports <c>bad-date</c> otherwise.</summary>
    public static bool TryOptionalDate(this CsvRowFields row, int column, out LocalDate? value)
    {
        value = null;
        var span = row.Span(column);
        if (span.IsEmpty) return true;
        if (span.Length > 10 && span[10] == (byte)'T') span = span[..10];
        if (IsoDateText.TryParse(span, out var date, out string? problem))
        {
            value = date;
            return true;
        }
        row.Report(column, CsvDiagnosticCodes.BadDate, problem + " A date-time such as 2026-09-14T00:00:00Z is read by its date.");
        return false;
    }

    /// <summary>A score status (<c>fully graded</c>, …; case, hyphens and underscores ignored).</summary>
    public static bool TryScoreStatus(this CsvRowFields row, int column, out OneRosterScoreStatus status)
    {
        string text = (row.OptionalText(column) ?? string.Empty).Trim().Replace('_', ' ').Replace('-', ' ').ToLowerInvariant();
        foreach (var (name, value) in ScoreStatusText.Names)
        {
            if (text != name) continue;
            status = value;
            return true;
        }
        status = default;
        row.Report(column, OneRosterDiagnosticCodes.BadScoreStatus, $"The score status must be one of {string.Join(", ", ScoreStatusText.Names.Select(n => n.Name))}.");
        return false;
    }
}
