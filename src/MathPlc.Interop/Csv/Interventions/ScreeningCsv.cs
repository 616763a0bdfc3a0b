using MathPlc.Core;
using MathPlc.Interventions;

namespace MathPlc.Interop.Csv;

/// <summary>
/// Universal-screening files (<c>mathplc tiers --screening</c>): columns <c>student_id</c> and <c>percentile</c>
/// (a national percentile rank, 0–100), one row per student.
/// </summary>
/// <remarks>
/// The file rules and the shape problems are those of <see cref="EvidenceCsv"/>. Field problems: <c>empty-id</c>,
/// <c>not-a-number</c>, <c>bad-percentile</c> (outside 0–100), <c>duplicate-student</c> (a student's second row,
/// since which result counts would be a guess).
/// </remarks>
public static class ScreeningCsv
{
    private const int Student = 0, Percentile = 1;
    /// <summary>The columns, in the order of the constants above (the columnar reader matches the header with them too).</summary>
    internal static readonly CsvColumns Columns = new(new CsvColumn("student_id", true), new CsvColumn("percentile", true));

    /// <summary>Reads a screening file from a stream, left open; every row comes back as a result or its problems.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static CsvReadResult<ScreeningScore> Read(Stream stream, string fileName)
    {
        Guard.Against.Null(stream);
        Guard.Against.Null(fileName);
        var seen = new HashSet<StudentId>();
        return CsvFileReader.Read(stream, fileName, Columns, row =>
        {
            bool ok = row.TryId(Student, out StudentId student);
            ok &= row.TryFiniteNumber(Percentile, out double percentile);
            if (ok && (percentile < 0 || percentile > 100))
            {
                row.Report(Percentile, InterventionCsvCodes.BadPercentile, "A percentile rank must be from 0 to 100.");
                ok = false;
            }
            if (ok && !seen.Add(student))
            {
                row.Report(Student, InterventionCsvCodes.DuplicateStudent, "This student already has a screening result; keep one row per student.");
                ok = false;
            }
            return ok ? new ScreeningScore(student, percentile) : null;
        });
    }

    /// <summary>Reads a screening file from disk; diagnostics name it by <paramref name="path"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    public static CsvReadResult<ScreeningScore> ReadFile(string path) => InterventionCsvFile.Read(path, Read);
}
