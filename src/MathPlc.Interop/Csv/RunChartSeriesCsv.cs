using MathPlc.Teams;

namespace MathPlc.Interop.Csv;

/// <summary>One row of a run-chart series file: a measure's value on a date.</summary>
/// <param name="Measure">The measure's name.</param>
/// <param name="Point">The date and value.</param>
public sealed record RunChartSeriesRow(string Measure, RunChartPoint Point);

/// <summary>
/// Run-chart series files, as <c>mathplc runchart --in</c> reads them: columns <c>measure</c>, <c>date</c>
/// (<c>yyyy-MM-dd</c>) and <c>value</c> (a finite number), one row per point, any number of measures.
/// </summary>
/// <remarks>
/// The file follows the common CSV rules of <see cref="EvidenceCsv"/> (RFC 4180, UTF-8, header matched by name ignoring
/// case, unknown columns ignored, blank lines between rows reported). Problems: <c>empty-file</c>, <c>no-header</c>,
/// <c>duplicate-header</c>, <c>missing-column</c>, <c>wrong-field-count</c>, <c>bad-quoting</c>, <c>blank-line</c>,
/// <c>empty-id</c> (an empty measure), <c>bad-date</c>, <c>not-a-number</c>, <c>duplicate-date</c> (a measure's second
/// value on one date); every bad row is reported, none dropped.
/// </remarks>
public static class RunChartSeriesCsv
{
    private const int Measure = 0, Date = 1, Value = 2;

    private static readonly CsvColumns Columns = new(
        new CsvColumn("measure", Required: true),
        new CsvColumn("date", Required: true),
        new CsvColumn("value", Required: true));

    /// <summary>Reads a series file from a stream, which is read to its end and left open. Never throws for bad data.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static CsvReadResult<RunChartSeriesRow> Read(Stream stream, string fileName)
    {
        Guard.Against.Null(stream);
        Guard.Against.Null(fileName);
        var seen = new HashSet<(string, NodaTime.LocalDate)>();
        return CsvFileReader.Read(stream, fileName, Columns, row =>
        {
            var parsed = Parse(row);
            if (parsed is null || seen.Add((parsed.Measure, parsed.Point.Date))) return parsed;
            // Two values on one date would both count as points of the run (issue 14): which one is meant is a guess.
            row.Report(Date, "duplicate-date", "This measure already has a value on this date; keep one value per date (a run chart has one point per date).");
            return null;
        });
    }

    /// <summary>Reads a series file from disk; diagnostics name it by <paramref name="path"/> as given.</summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    public static CsvReadResult<RunChartSeriesRow> ReadFile(string path)
    {
        Guard.Against.NullOrWhiteSpace(path);
        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    /// <summary>The rows grouped by measure, measures in order of first appearance, points in file order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    public static ImmutableArray<(string Measure, ImmutableArray<RunChartPoint> Points)> ByMeasure(IEnumerable<RunChartSeriesRow> rows)
    {
        Guard.Against.Null(rows);
        return [.. rows.GroupBy(r => r.Measure, StringComparer.Ordinal).Select(g => (g.Key, g.Select(r => r.Point).ToImmutableArray()))];
    }

    private static RunChartSeriesRow? Parse(CsvRowFields row)
    {
        string? measure = row.OptionalText(Measure);
        bool ok = measure is not null;
        if (!ok) row.Report(Measure, CsvDiagnosticCodes.EmptyId, "The measure is empty; every row names its measure.");
        ok &= row.TryDate(Date, out var date);
        ok &= row.TryFiniteNumber(Value, out double value);
        return ok ? new RunChartSeriesRow(measure!.Trim(), new RunChartPoint(date, value)) : null;
    }
}
