using MathPlc.Core;
using MathPlc.Interop.Csv;
using MathPlc.Interventions;

namespace MathPlc.Interop.UnitCycle;

/// <summary>
/// Documented Tier 2 non-response (<c>mathplc cycle --nonresponse nonresponse.csv</c>): columns <c>student_id</c>,
/// <c>decided_on</c> (<c>yyyy-MM-dd</c>) and <c>reason</c> (what the progress-monitoring data showed), one row per
/// student — with universal screening, the only route into Tier 3.
/// </summary>
/// <remarks>
/// The file rules and the shape problems are those of <see cref="EvidenceCsv"/>. Field problems: <c>empty-id</c>,
/// <c>bad-date</c>, <c>empty-reason</c> (a decision must say why), <c>duplicate-student</c>. A student not on the
/// roster is reported by <see cref="CycleInputs.WithResponseData"/>, which knows the roster.
/// </remarks>
public static class NonResponseCsv
{
    private const int Student = 0, DecidedOn = 1, Why = 2;
    private static readonly CsvColumns Columns = new(new CsvColumn("student_id", true), new CsvColumn("decided_on", true), new CsvColumn("reason", true));

    /// <summary>Reads a non-response file from a stream, left open; every row comes back as a decision or its problems.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static CsvReadResult<NonResponse> Read(Stream stream, string fileName)
    {
        Guard.Against.Null(stream);
        Guard.Against.Null(fileName);
        var seen = new HashSet<StudentId>();
        return CsvFileReader.Read(stream, fileName, Columns, row =>
        {
            bool ok = row.TryId(Student, out StudentId student);
            ok &= row.TryDate(DecidedOn, out var date);
            string? reason = row.OptionalText(Why)?.Trim();
            if (string.IsNullOrEmpty(reason))
            {
                row.Report(Why, "empty-reason", "A non-response decision must say what the progress-monitoring data showed.");
                ok = false;
            }
            if (ok && !seen.Add(student))
            {
                row.Report(Student, "duplicate-student", "This student already has a non-response decision; keep one row per student.");
                ok = false;
            }
            return ok ? new NonResponse(student, date, reason!) : null;
        });
    }

    /// <summary>Reads a non-response file from disk; diagnostics name it by <paramref name="path"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    public static CsvReadResult<NonResponse> ReadFile(string path) => InterventionCsvFile.Read(path, Read);

    /// <summary>Writes decisions as CSV with the three columns.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Stream output, IEnumerable<NonResponse> decisions)
    {
        Guard.Against.Null(output);
        Guard.Against.Null(decisions);
        CsvTable.Write(output, ["student_id", "decided_on", "reason"],
            decisions.Select(d => (IReadOnlyList<string?>)[d.Student.Value, Figures.Date(d.DecidedOn), d.Reason]));
    }
}
