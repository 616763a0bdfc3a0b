using System.Globalization;
using MathPlc.Cli.Shell;
using MathPlc.Core;
using MathPlc.Grading;
using MathPlc.Interop;
using MathPlc.Interop.Csv;

namespace MathPlc.Cli.Grading;

/// <summary>
/// Reads the <c>proficiency</c> command's input files through Interop (the CLI has no parser of its own): the evidence
/// (<see cref="Read"/>, the one function every evidence format plugs into) and the teacher overrides, checked against
/// the evidence with their lines.
/// </summary>
internal static class EvidenceFile
{
    /// <summary>The evidence in the file at <paramref name="path"/>, every row meeting <paramref name="checks"/>.</summary>
    /// <exception cref="DataFileException">The file is missing, or a row is bad, off the scale or its declared step, or weighted for a method that cannot weigh; every diagnostic names the line and column.</exception>
    public static ImmutableArray<Evidence> Read(string path, EvidenceCsvChecks checks) =>
        Open(path, (stream, file) => EvidenceCsv.Read(stream, file, checks).GetValueOrThrow());

    /// <summary>
    /// Reads the evidence file at <paramref name="path"/> with <paramref name="readCsv"/>: a CSV file as it is, a
    /// Parquet file (<c>.parquet</c>) as the CSV it stands for, its diagnostics naming Parquet rows (<see cref="ParquetEvidence"/>).
    /// </summary>
    /// <exception cref="DataFileException">The file is missing or holds bad data.</exception>
    public static T Open<T>(string path, Func<Stream, string, T> readCsv) =>
        InputFile.Read(path, (stream, file) => ParquetEvidence.IsParquet(path)
            ? ParquetEvidence.ThroughCsv(stream, file, csv => readCsv(csv, file))
            : readCsv(stream, file));

    /// <summary>
    /// The columnar evidence of the file at <paramref name="path"/> for the fast path: a Parquet file's typed columns read
    /// straight into rows by <paramref name="readRows"/> (<see cref="ParquetEvidence.ReadRows"/>), or — for a CSV file, and
    /// for a Parquet file whose columns or rows that reader does not vouch for — <paramref name="readCsv"/> on the file
    /// as it is or on the CSV it stands for, so the diagnostics are always the CSV reader's, naming Parquet rows.
    /// </summary>
    /// <exception cref="DataFileException">The file is missing or holds bad data.</exception>
    public static EvidenceRows? OpenColumnar(string path, Func<IReadOnlyList<string>, long, Func<EvidenceRowSink, bool>, EvidenceRows?> readRows,
        Func<Stream, string, EvidenceRows?> readCsv) =>
        InputFile.Read(path, (stream, file) =>
        {
            if (!ParquetEvidence.IsParquet(path)) return readCsv(stream, file);
            if (ParquetEvidence.ReadRows(stream, file, readRows) is { } rows) return rows;
            stream.Position = 0;
            return ParquetEvidence.ThroughCsv(stream, file, csv => readCsv(csv, file));
        });

    /// <summary>
    /// The overrides in the CSV file at <paramref name="path"/>; each must name a student and target found in
    /// <paramref name="evidence"/> (an override of nothing that was scored is a mistake, not a no-op) and a score on
    /// <paramref name="scale"/>.
    /// </summary>
    /// <exception cref="DataFileException">The file is missing or bad, or a row names a pair not in the evidence or a score off the scale (file, line, column, reason).</exception>
    public static ImmutableArray<TeacherOverride> ReadOverrides(string path, IReadOnlyCollection<Evidence> evidence, ProficiencyScale scale)
    {
        var rows = InputFile.Read(path, TeacherOverrideCsv.Read);
        rows.GetValueOrThrow();
        var students = evidence.Select(e => e.StudentId).ToHashSet();
        var pairs = evidence.Select(e => (e.StudentId, e.TargetId)).ToHashSet();
        var problems = new List<DataDiagnostic>();
        foreach (var row in rows.Rows)
        {
            var o = row.Value!;
            if (!pairs.Contains((o.StudentId, o.TargetId)))
                problems.Add(new DataDiagnostic("not-in-evidence", students.Contains(o.StudentId)
                        ? $"{o.StudentId} has no evidence on {o.TargetId} in the evidence file, so there is nothing to override; check the target id."
                        : $"{o.StudentId} is not in the evidence file, so there is nothing to override; check the student id.",
                    path, row.Line, Field: students.Contains(o.StudentId) ? "target_id" : "student_id",
                    Value: students.Contains(o.StudentId) ? o.TargetId.Value : o.StudentId.Value));
            else if (!scale.Contains(o.Score))
                problems.Add(new DataDiagnostic("off-scale", string.Create(CultureInfo.InvariantCulture,
                        $"The override score is not on the scale {scale.Name}, which runs from {scale.Minimum:R} to {scale.Maximum:R}."),
                    path, row.Line, Field: "score", Value: o.Score.ToString("R", CultureInfo.InvariantCulture)));
        }
        return problems.Count > 0 ? throw new DataFileException(problems) : rows.Value;
    }
}
