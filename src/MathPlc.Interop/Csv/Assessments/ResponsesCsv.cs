using System.Globalization;
using MathPlc.Assessments;
using MathPlc.Core;

namespace MathPlc.Interop.Csv;

/// <summary>
/// Item response files for item analysis, as <c>mathplc items --in</c> reads them: columns <c>student_id</c>,
/// <c>item_id</c>, <c>score</c> (empty = no response), <c>max_score</c>, and optional <c>target_id</c>.
/// </summary>
/// <remarks>
/// Common rules as <see cref="EvidenceCsv"/>. Problems beyond the common ones: <c>negative-score</c>,
/// <c>above-maximum</c> (a score above the row's <c>max_score</c>), <c>bad-maximum</c> (not a number above 0),
/// <c>inconsistent-maximum</c> and <c>inconsistent-target</c> (an item given another maximum or target than on its
/// first row), <c>duplicate-score</c> (a student scored twice on an item; reported on the later row).
/// </remarks>
public static class ResponsesCsv
{
    private const int Student = 0, Item = 1, Score = 2, Max = 3, Target = 4;

    private static readonly CsvColumns Columns = new(
        new CsvColumn("student_id", Required: true), new CsvColumn("item_id", Required: true), new CsvColumn("score", Required: true),
        new CsvColumn("max_score", Required: true), new CsvColumn("target_id", Required: false));

    /// <summary>Reads a responses file; never throws for bad data (see <see cref="ReadResult{T}.GetValueOrThrow"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="fileName"/> is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static CsvReadResult<ResponseRow> Read(Stream stream, string fileName)
    {
        Guard.Against.Null(stream);
        Guard.Against.Null(fileName);
        var seen = new Dictionary<(StudentId, ItemId), int>();
        var items = new Dictionary<ItemId, (double Max, TargetId? Target, int Line)>();
        return CsvFileReader.Read(stream, fileName, Columns, row =>
        {
            bool ok = row.TryId(Student, out StudentId student);
            ok &= row.TryId(Item, out ItemId item);
            ok &= row.TryOptionalNumber(Score, out double? score);
            bool maxOk = row.TryFiniteNumber(Max, out double max);
            if (maxOk && max <= 0)
            {
                row.Report(Max, AssessmentCsvCodes.BadMaximum, "The maximum score must be more than 0.");
                maxOk = false;
            }
            ok &= maxOk;
            TargetId? target = row.Has(Target) && !row.Span(Target).IsEmpty && row.TryId(Target, out TargetId t) ? t : null;
            if (score is < 0)
            {
                row.Report(Score, AssessmentCsvCodes.NegativeScore, "A score must be 0 or more.");
                ok = false;
            }
            else if (maxOk && score is { } s && s > max + 1e-9)
            {
                row.Report(Score, AssessmentCsvCodes.AboveMaximum, string.Create(CultureInfo.InvariantCulture, $"The score is above the item's maximum of {max:R}."));
                ok = false;
            }
            if (!ok) return null;
            if (items.TryGetValue(item, out var known))
            {
                if (known.Max != max)
                {
                    row.Report(Max, AssessmentCsvCodes.InconsistentMaximum, string.Create(CultureInfo.InvariantCulture, $"Item {item} has maximum {known.Max:R} on line {known.Line}."));
                    ok = false;
                }
                if (known.Target != target && row.Has(Target))
                {
                    row.Report(Target, AssessmentCsvCodes.InconsistentTarget, string.Create(CultureInfo.InvariantCulture, $"Item {item} has target {known.Target?.Value ?? "(none)"} on line {known.Line}."));
                    ok = false;
                }
            }
            else items.Add(item, (max, target, row.Line));
            if (ok && !seen.TryAdd((student, item), row.Line))
            {
                row.Report(Item, AssessmentCsvCodes.DuplicateScore, string.Create(CultureInfo.InvariantCulture, $"Student {student} already has a score for item {item} on line {seen[(student, item)]}."));
                ok = false;
            }
            return ok ? new ResponseRow(new ItemScore(student, item, score), max, target) : null;
        });
    }

    /// <summary>Reads a responses file from disk; diagnostics name it by <paramref name="path"/> as given.</summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null, empty or white space.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static CsvReadResult<ResponseRow> ReadFile(string path)
    {
        Guard.Against.NullOrWhiteSpace(path);
        using var stream = InputPath.OpenRead(path);
        return Read(stream, path);
    }
}
