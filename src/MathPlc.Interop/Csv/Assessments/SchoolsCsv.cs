using System.Globalization;
using MathPlc.Assessments;
using MathPlc.Core;

namespace MathPlc.Interop.Csv;

/// <summary>
/// School results files, as <c>mathplc schools --in</c> reads them: columns <c>school_id</c>, <c>predictor</c>,
/// <c>actual</c>, and optional <c>district_id</c>.
/// </summary>
/// <remarks>Common rules as <see cref="EvidenceCsv"/>. Beyond the common problems: <c>duplicate-school</c> (reported on the later row).</remarks>
public static class SchoolsCsv
{
    private const int School = 0, Predictor = 1, Actual = 2, District = 3;

    private static readonly CsvColumns Columns = new(
        new CsvColumn("school_id", Required: true), new CsvColumn("predictor", Required: true), new CsvColumn("actual", Required: true),
        new CsvColumn("district_id", Required: false));

    /// <summary>Reads a schools file; never throws for bad data (see <see cref="ReadResult{T}.GetValueOrThrow"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="fileName"/> is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static CsvReadResult<SchoolResult> Read(Stream stream, string fileName)
    {
        Guard.Against.Null(stream);
        Guard.Against.Null(fileName);
        var seen = new Dictionary<SchoolId, int>();
        return CsvFileReader.Read(stream, fileName, Columns, row =>
        {
            bool ok = row.TryId(School, out SchoolId school);
            ok &= row.TryFiniteNumber(Predictor, out double predictor);
            ok &= row.TryFiniteNumber(Actual, out double actual);
            string? district = row.OptionalText(District)?.Trim();
            if (ok && !seen.TryAdd(school, row.Line))
            {
                row.Report(School, AssessmentCsvCodes.DuplicateSchool, string.Create(CultureInfo.InvariantCulture, $"School {school} already appears on line {seen[school]}."));
                ok = false;
            }
            return ok ? new SchoolResult(school, predictor, actual, district) : null;
        });
    }

    /// <summary>Reads a schools file from disk; diagnostics name it by <paramref name="path"/> as given.</summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null, empty or white space.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static CsvReadResult<SchoolResult> ReadFile(string path)
    {
        Guard.Against.NullOrWhiteSpace(path);
        using var stream = InputPath.OpenRead(path);
        return Read(stream, path);
    }
}
