using MathPlc.Core;
using MathPlc.Interventions;
using NodaTime;

namespace MathPlc.Interop.Csv;

/// <summary>
/// Progress-monitoring probe files (<c>mathplc progress --in</c>): columns <c>student_id</c>, <c>measured_on</c>
/// (<c>yyyy-MM-dd</c>) and <c>score</c>, one row per probe, in any order.
/// </summary>
/// <remarks>
/// The file rules and the shape problems are those of <see cref="EvidenceCsv"/>. Field problems: <c>empty-id</c>,
/// <c>bad-date</c>, <c>not-a-number</c>, and <c>duplicate-date</c> for a student's second probe on one date (which
/// probe counts would be a guess; decision 0033). Rows out of date order are fine: the decision sorts them.
/// </remarks>
public static class ProbeCsv
{
    private const int Student = 0, MeasuredOn = 1, Score = 2;
    /// <summary>The columns, in the order of the constants above (the columnar reader matches the header with them too).</summary>
    internal static readonly CsvColumns Columns = new(new CsvColumn("student_id", true), new CsvColumn("measured_on", true), new CsvColumn("score", true));

    /// <summary>Reads a probes file from a stream, left open; every row comes back as a probe or its problems.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static CsvReadResult<StudentProbe> Read(Stream stream, string fileName)
    {
        Guard.Against.Null(stream);
        Guard.Against.Null(fileName);
        var seen = new HashSet<(StudentId, LocalDate)>();
        return CsvFileReader.Read(stream, fileName, Columns, row =>
        {
            bool ok = row.TryId(Student, out StudentId student);
            ok &= row.TryDate(MeasuredOn, out var date);
            ok &= row.TryFiniteNumber(Score, out double score);
            if (ok && !seen.Add((student, date)))
            {
                row.Report(MeasuredOn, InterventionCsvCodes.DuplicateDate, "This student already has a probe on this date; keep one probe per date.");
                ok = false;
            }
            return ok ? new StudentProbe(student, new Probe(date, score)) : null;
        });
    }

    /// <summary>Reads a probes file from disk; diagnostics name it by <paramref name="path"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    public static CsvReadResult<StudentProbe> ReadFile(string path) => InterventionCsvFile.Read(path, Read);
}
