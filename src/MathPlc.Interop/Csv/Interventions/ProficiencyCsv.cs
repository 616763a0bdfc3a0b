using MathPlc.Core;
using MathPlc.Grading;

namespace MathPlc.Interop.Csv;

/// <summary>
/// Proficiency files, as <c>mathplc proficiency</c> writes them and <c>mathplc tiers --in</c> reads them: columns
/// <c>student_id</c>, <c>target_id</c>, <c>score</c> and <c>status</c> (<c>scored</c>,
/// <c>insufficient_evidence</c> or <c>teacher_judgement</c>) are required; <c>method</c>, <c>level</c>, <c>evidence_used</c> and
/// <c>evidence_excluded</c> are read when present.
/// </summary>
/// <remarks>
/// The file rules and the shape problems are those of <see cref="EvidenceCsv"/>. Field problems: <c>empty-id</c>,
/// <c>bad-status</c>, <c>not-a-number</c> (a scored row without a finite score, or an insufficient-evidence row with
/// one), <c>bad-count</c>, <c>duplicate-row</c> (a student's second row on one target).
/// </remarks>
public static class ProficiencyCsv
{
    private const int Student = 0, Target = 1, Method = 2, Score = 3, Level = 4, Status = 5, Used = 6, Excluded = 7;
    /// <summary>The columns, in the order of the constants above (the columnar reader matches the header with them too).</summary>
    internal static readonly CsvColumns Columns = new(
        new CsvColumn("student_id", true), new CsvColumn("target_id", true), new CsvColumn("method", false), new CsvColumn("score", true),
        new CsvColumn("level", false), new CsvColumn("status", true), new CsvColumn("evidence_used", false), new CsvColumn("evidence_excluded", false));

    /// <summary>The status as proficiency files write it: <c>scored</c>, <c>insufficient_evidence</c> or <c>teacher_judgement</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined status.</exception>
    public static string StatusText(ProficiencyStatus status) => status switch
    {
        ProficiencyStatus.Scored => "scored",
        ProficiencyStatus.InsufficientEvidence => "insufficient_evidence",
        ProficiencyStatus.TeacherJudgement => "teacher_judgement",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a proficiency status."),
    };

    /// <summary>Reads a proficiency file from a stream, left open; every row comes back as a result or its problems.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static CsvReadResult<ProficiencyCsvRow> Read(Stream stream, string fileName) => Read(stream, fileName, null);

    /// <summary>
    /// Reads a proficiency file from a stream, left open, and when <paramref name="scale"/> is given also reports a score
    /// outside its range as <c>off-scale</c> at its line (a computed proficiency need not lie on the scale's step).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="fileName"/> is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static CsvReadResult<ProficiencyCsvRow> Read(Stream stream, string fileName, ProficiencyScale? scale)
    {
        Guard.Against.Null(stream);
        Guard.Against.Null(fileName);
        var seen = new HashSet<(StudentId, TargetId)>();
        return CsvFileReader.Read(stream, fileName, Columns, row =>
        {
            bool ok = row.TryId(Student, out StudentId student);
            ok &= row.TryId(Target, out TargetId target);
            var statusText = row.Span(Status);
            ProficiencyStatus? status = statusText.SequenceEqual("scored"u8) ? ProficiencyStatus.Scored
                : statusText.SequenceEqual("insufficient_evidence"u8) ? ProficiencyStatus.InsufficientEvidence
                : statusText.SequenceEqual("teacher_judgement"u8) ? ProficiencyStatus.TeacherJudgement : null;
            if (status is null)
            {
                row.Report(Status, InterventionCsvCodes.BadStatus, "The status must be scored, insufficient_evidence or teacher_judgement.");
                ok = false;
            }
            double? score = null;
            if (status == ProficiencyStatus.Scored)
            {
                ok &= row.TryFiniteNumber(Score, out double s) && (scale is null || EvidenceCsvRow.OnScale(row, Score, s, scale, onStep: false));
                score = s;
            }
            else if (status is not null && !row.Span(Score).IsEmpty)
            {
                row.Report(Score, CsvDiagnosticCodes.NotANumber, "An insufficient_evidence or teacher_judgement row has no score; leave it empty.");
                ok = false;
            }
            ok &= row.TryOptionalCount(Used, InterventionCsvCodes.BadCount, out int used);
            ok &= row.TryOptionalCount(Excluded, InterventionCsvCodes.BadCount, out int excluded);
            if (ok && !seen.Add((student, target)))
            {
                row.Report(Target, InterventionCsvCodes.DuplicateRow, "This student already has a row on this target; keep one.");
                ok = false;
            }
            return ok ? new ProficiencyCsvRow(student, target, row.OptionalText(Method), score, row.OptionalText(Level), status!.Value, used, excluded) : null;
        });
    }

    /// <summary>Reads a proficiency file from disk; diagnostics name it by <paramref name="path"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    public static CsvReadResult<ProficiencyCsvRow> ReadFile(string path) => InterventionCsvFile.Read(path, Read);
}
