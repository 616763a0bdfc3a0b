using MathPlc.Core;

namespace MathPlc.Interop.Csv;

/// <summary>
/// The learning targets a report-card mark is made from (<c>mathplc report-card --targets targets.csv</c>): one
/// <c>target_id</c> per row (required; other columns ignored). A student with no result on a listed target is
/// incomplete, never given a zero. Field problems: <c>empty-id</c>, <c>duplicate-row</c>.
/// </summary>
public static class ReportCardTargetsCsv
{
    private static readonly CsvColumns Columns = new(new CsvColumn("target_id", true));

    /// <summary>Reads a targets file from a stream, left open.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static CsvReadResult<string> Read(Stream stream, string fileName)
    {
        Guard.Against.Null(stream);
        Guard.Against.Null(fileName);
        var seen = new HashSet<TargetId>();
        return CsvFileReader.Read(stream, fileName, Columns, row =>
        {
            if (!row.TryId(0, out TargetId target)) return null;
            if (seen.Add(target)) return target.Value;
            row.Report(0, "duplicate-row", "This target is already listed; list each target once.");
            return null;
        });
    }

    /// <summary>Reads a targets file from disk; diagnostics name it by <paramref name="path"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    public static CsvReadResult<string> ReadFile(string path)
    {
        Guard.Against.NullOrWhiteSpace(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Read(stream, path);
    }
}
