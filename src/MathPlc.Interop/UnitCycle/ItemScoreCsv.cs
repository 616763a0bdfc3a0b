using MathPlc.Core;
using MathPlc.Interop.Csv;

namespace MathPlc.Interop.UnitCycle;

/// <summary>
/// Item-score files (<c>mathplc cycle --evidence scores.csv</c>): a common assessment's scores, one row per student and
/// item, columns <c>student_id</c>, <c>item_id</c>, <c>score</c> (points earned; empty when the item was not answered).
/// Other columns (such as <c>max_score</c>) are ignored; the blueprint in the unit file says each item's points.
/// </summary>
/// <remarks>
/// The file rules and shape problems are those of <see cref="EvidenceCsv"/>. Field problems: <c>empty-id</c>,
/// <c>not-a-number</c> (a score that is not a finite number 0 or more), <c>duplicate-score</c> (a student's second row
/// for the same item, since which one counts would be a guess). Whether the student is on the roster and the item on
/// the blueprint is checked when the cycle's input is put together (<see cref="CycleInputs"/>).
/// </remarks>
public static class ItemScoreCsv
{
    private const int Student = 0, Item = 1, Score = 2;
    private static readonly CsvColumns Columns = new(new CsvColumn("student_id", true), new CsvColumn("item_id", true), new CsvColumn("score", true));

    /// <summary>Reads an item-score file from a stream, left open; every row comes back as a value or its problems.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static CsvReadResult<ItemScoreLine> Read(Stream stream, string fileName)
    {
        Guard.Against.Null(stream);
        Guard.Against.Null(fileName);
        var seen = new HashSet<(StudentId, ItemId)>();
        return CsvFileReader.Read(stream, fileName, Columns, row =>
        {
            bool ok = row.TryId(Student, out StudentId student);
            ok &= row.TryId(Item, out ItemId item);
            ok &= row.TryOptionalNonNegative(Score, CsvDiagnosticCodes.NotANumber, out double? score);
            if (ok && !seen.Add((student, item)))
            {
                row.Report(Item, "duplicate-score", $"The student {student} already has a score on item {item}; keep one row per student and item.");
                ok = false;
            }
            return ok ? new ItemScoreLine(student, item, score) : null;
        });
    }

    /// <summary>Reads an item-score file from disk; diagnostics name it by <paramref name="path"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    public static CsvReadResult<ItemScoreLine> ReadFile(string path) => InterventionCsvFile.Read(path, Read);

    /// <summary>Writes item scores as CSV (<c>student_id, item_id, score</c>; an unanswered item has an empty score).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Stream output, IEnumerable<ItemScoreLine> scores)
    {
        Guard.Against.Null(output);
        Guard.Against.Null(scores);
        CsvTable.Write(output, ["student_id", "item_id", "score"],
            scores.Select(s => (IReadOnlyList<string?>)[s.Student.Value, s.Item.Value, s.Score is { } v ? InvariantNumber(v) : null]), CsvFormulas.Raw); // an input format MathPlc reads back: cells as they are
    }

    internal static string InvariantNumber(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
