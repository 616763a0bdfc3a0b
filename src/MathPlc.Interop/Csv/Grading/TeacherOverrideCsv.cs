using System.Globalization;
using MathPlc.Core;
using MathPlc.Grading;

namespace MathPlc.Interop.Csv;

/// <summary>
/// Teacher-override files (<c>mathplc proficiency --overrides overrides.csv</c>): one professional judgement per row,
/// with who made it, when and why — columns <c>student_id</c>, <c>target_id</c>, <c>score</c>, <c>teacher_id</c>,
/// <c>decided_on</c> (<c>yyyy-MM-dd</c>) and <c>why</c>, all required.
/// </summary>
/// <remarks>
/// The file rules and the shape problems are those of <see cref="EvidenceCsv"/>. Field problems: <c>empty-id</c>,
/// <c>not-a-number</c>, <c>bad-date</c>, <c>empty-why</c> (a judgement must say why), <c>duplicate-row</c> (a second
/// override of one student on one target). Whether the student and target are in the evidence, and the score on
/// the scale, is the command's to check, with the line (<see cref="CsvRow{T}.Line"/>).
/// Source: O'Connor fix 11 and PowerTeacher Pro's Professional Judgment Indicator (reference/grading.md §7, §9.1).
/// </remarks>
public static class TeacherOverrideCsv
{
    private const int Student = 0, Target = 1, Score = 2, Teacher = 3, DecidedOn = 4, Why = 5;
    private static readonly CsvColumns Columns = new(
        new CsvColumn("student_id", true), new CsvColumn("target_id", true), new CsvColumn("score", true),
        new CsvColumn("teacher_id", true), new CsvColumn("decided_on", true), new CsvColumn("why", true));

    /// <summary>Reads an overrides file from a stream, left open; every row comes back as an override or its problems.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static CsvReadResult<TeacherOverride> Read(Stream stream, string fileName)
    {
        Guard.Against.Null(stream);
        Guard.Against.Null(fileName);
        var seen = new HashSet<(StudentId, TargetId)>();
        return CsvFileReader.Read(stream, fileName, Columns, row =>
        {
            bool ok = row.TryId(Student, out StudentId student);
            ok &= row.TryId(Target, out TargetId target);
            ok &= row.TryFiniteNumber(Score, out double score);
            ok &= row.TryId(Teacher, out TeacherId teacher);
            ok &= row.TryDate(DecidedOn, out var decidedOn);
            string? why = row.OptionalText(Why);
            if (why is null)
            {
                row.Report(Why, "empty-why", "An override must say why, in the teacher's words.");
                ok = false;
            }
            if (ok && !seen.Add((student, target)))
            {
                row.Report(Target, "duplicate-row", string.Create(CultureInfo.InvariantCulture, $"{student} already has an override on {target}; keep one judgement per student and target."));
                ok = false;
            }
            return ok ? new TeacherOverride(student, target, score, teacher, decidedOn, why!) : null;
        });
    }

    /// <summary>Reads an overrides file from disk; diagnostics name it by <paramref name="path"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    public static CsvReadResult<TeacherOverride> ReadFile(string path)
    {
        Guard.Against.NullOrWhiteSpace(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Read(stream, path);
    }
}
