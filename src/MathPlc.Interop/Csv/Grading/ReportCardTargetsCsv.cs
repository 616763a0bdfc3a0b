using MathPlc.Core;

namespace MathPlc.Interop.Csv;

/// <summary>One row of a report card's targets file: a learning target, and the grading period it is marked in.</summary>
/// <param name="Target">The learning target.</param>
/// <param name="Period">The grading period's name as the school calls it (<c>Q1</c>, <c>Semester 1</c>), or null when the file has no <c>period</c> column.</param>
public sealed record ReportCardTarget(TargetId Target, string? Period);

/// <summary>
/// The learning targets a report-card mark is made from (<c>mathplc report-card --targets targets.csv</c>): one
/// <c>target_id</c> per row (required) and, optionally, the <c>period</c> it is marked in (one mark per student and
/// period, over that period's targets); other columns are ignored. A student with no result on a listed target is
/// incomplete, never given a zero. Field problems: <c>empty-id</c>, <c>empty-period</c> (a row without a period in a
/// file with the column), <c>duplicate-row</c> (a target listed twice for one period).
/// </summary>
public static class ReportCardTargetsCsv
{
    private const int Target = 0, Period = 1;
    private static readonly CsvColumns Columns = new(new CsvColumn("target_id", true), new CsvColumn("period", false));

    /// <summary>Reads a targets file from a stream, left open.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static CsvReadResult<ReportCardTarget> Read(Stream stream, string fileName)
    {
        Guard.Against.Null(stream);
        Guard.Against.Null(fileName);
        var seen = new HashSet<(TargetId, string?)>();
        return CsvFileReader.Read(stream, fileName, Columns, row =>
        {
            bool ok = row.TryId(Target, out TargetId target);
            string? period = row.OptionalText(Period)?.Trim();
            if (row.Has(Period) && period is null)
            {
                row.Report(Period, "empty-period", "The file has a period column, so every target needs the grading period it is marked in.");
                ok = false;
            }
            if (!ok) return null;
            if (seen.Add((target, period))) return new ReportCardTarget(target, period);
            row.Report(Target, "duplicate-row", period is null ? "This target is already listed; list each target once." : $"This target is already listed for {period}; list it once per period.");
            return null;
        });
    }

    /// <summary>Reads a targets file from disk; diagnostics name it by <paramref name="path"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space.</exception>
    /// <exception cref="DataFileException">The path is not a regular file.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    public static CsvReadResult<ReportCardTarget> ReadFile(string path)
    {
        Guard.Against.NullOrWhiteSpace(path);
        using var stream = InputPath.OpenRead(path);
        return Read(stream, path);
    }
}
