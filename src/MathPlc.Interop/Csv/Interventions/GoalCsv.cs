using MathPlc.Core;
using MathPlc.Interventions;
using NodaTime;

namespace MathPlc.Interop.Csv;

/// <summary>
/// Progress-monitoring goal files (<c>mathplc progress --goals</c>): columns <c>student_id</c>, <c>goal</c> and
/// <c>goal_date</c>, and optional <c>baseline</c> and <c>baseline_date</c> (both or neither), one row per student.
/// </summary>
/// <remarks>
/// The file rules and the shape problems are those of <see cref="EvidenceCsv"/>. Field problems: <c>empty-id</c>,
/// <c>not-a-number</c>, <c>bad-date</c>, <c>incomplete-baseline</c> (a baseline without its date or the other way
/// round), <c>goal-before-baseline</c> (the goal date not after the baseline date), <c>duplicate-student</c>.
/// </remarks>
public static class GoalCsv
{
    private const int Student = 0, Goal = 1, GoalDate = 2, Baseline = 3, BaselineDate = 4;
    private static readonly CsvColumns Columns = new(
        new CsvColumn("student_id", true), new CsvColumn("goal", true), new CsvColumn("goal_date", true),
        new CsvColumn("baseline", false), new CsvColumn("baseline_date", false));

    /// <summary>Reads a goals file from a stream, left open; every row comes back as a goal or its problems.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static CsvReadResult<StudentGoal> Read(Stream stream, string fileName)
    {
        Guard.Against.Null(stream);
        Guard.Against.Null(fileName);
        var seen = new HashSet<StudentId>();
        return CsvFileReader.Read(stream, fileName, Columns, row =>
        {
            bool ok = row.TryId(Student, out StudentId student);
            ok &= row.TryFiniteNumber(Goal, out double goal);
            ok &= row.TryDate(GoalDate, out var goalDate);
            double? baseline = null;
            LocalDate? baselineDate = null;
            bool hasBaseline = !row.Span(Baseline).IsEmpty, hasDate = !row.Span(BaselineDate).IsEmpty;
            if (hasBaseline)
            {
                ok &= row.TryFiniteNumber(Baseline, out double b);
                baseline = b;
            }
            if (hasDate)
            {
                ok &= row.TryDate(BaselineDate, out var d);
                baselineDate = d;
            }
            if (ok && hasBaseline != hasDate)
            {
                row.Report(hasBaseline ? Baseline : BaselineDate, InterventionCsvCodes.IncompleteBaseline, "Give both baseline and baseline_date, or neither.");
                ok = false;
            }
            if (ok && baselineDate is { } from && goalDate <= from)
            {
                row.Report(GoalDate, InterventionCsvCodes.GoalBeforeBaseline, "The goal date must be after the baseline date.");
                ok = false;
            }
            if (ok && !seen.Add(student))
            {
                row.Report(Student, InterventionCsvCodes.DuplicateStudent, "This student already has a goal; keep one row per student.");
                ok = false;
            }
            return ok ? new StudentGoal(student, new ProgressGoal(goal, goalDate, baseline, baselineDate), row.Line) : null;
        });
    }

    /// <summary>Reads a goals file from disk; diagnostics name it by <paramref name="path"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    public static CsvReadResult<StudentGoal> ReadFile(string path) => InterventionCsvFile.Read(path, Read);
}
