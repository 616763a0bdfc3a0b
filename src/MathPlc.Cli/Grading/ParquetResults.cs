using Parquet;
using Parquet.Schema;

namespace MathPlc.Cli.Grading;

/// <summary>
/// <c>mathplc proficiency --out results.parquet</c>: the results table as Apache Parquet, the same columns as the CSV,
/// typed — <c>student_id, target_id, method, status</c> text; <c>level</c> text, null when there is no score;
/// <c>score</c> a double, null when there is none (never zero); <c>evidence_used, evidence_excluded</c> 32-bit integers —
/// in row groups of a million rows. Text is written as it is: formula neutralisation is for CSV opened in a spreadsheet.
/// </summary>
/// <remarks>Parquet.Net 6.1.0, in the CLI only (decision 0055).</remarks>
internal static class ParquetResults
{
    /// <summary>Whether <paramref name="path"/> names a Parquet file (by its extension, ignoring case).</summary>
    public static bool IsParquet(string? path) => ParquetEvidence.IsParquet(path);

    /// <summary>The most rows in one row group.</summary>
    public const int RowGroupSize = 1_000_000;

    private static readonly DataField<string> Student = new("student_id", nullable: false), Target = new("target_id", nullable: false),
        Method = new("method", nullable: false), Level = new("level", nullable: true), Status = new("status", nullable: false);
    private static readonly DataField<double?> Score = new("score");
    private static readonly DataField<int> Used = new("evidence_used"), Excluded = new("evidence_excluded");

    /// <summary>The schema, columns in the CSV's order.</summary>
    public static ParquetSchema Schema { get; } = new(Student, Target, Method, Score, Level, Status, Used, Excluded);

    /// <summary>
    /// Writes <paramref name="rows"/> to <paramref name="output"/> (left open), a row group at a time from column buffers
    /// made once and reused (decision 0195): a row group's rows are not kept as objects, so the memory is the buffers'
    /// (about 60 MB) however many rows there are.
    /// </summary>
    public static void Write(Stream output, IEnumerable<ProficiencyRow> rows) => Write(output, rows, RowGroupSize);

    /// <summary>As <see cref="Write(Stream, IEnumerable{ProficiencyRow})"/>, in row groups of <paramref name="rowGroupSize"/> rows (tests write several small ones).</summary>
    internal static void Write(Stream output, IEnumerable<ProficiencyRow> rows, int rowGroupSize)
    {
        Guard.Against.NegativeOrZero(rowGroupSize);
        var writer = ParquetWriter.CreateAsync(Schema, output).GetAwaiter().GetResult();
        try
        {
            var batch = new Columns(rowGroupSize);
            foreach (var row in rows)
                if (batch.Add(row) == rowGroupSize) batch.Flush(writer);
            if (batch.Count > 0) batch.Flush(writer);
        }
        finally
        {
            writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>One row group's columns, filled row by row and written when full; the arrays are reused from row group to row group.</summary>
    private sealed class Columns(int size)
    {
        private readonly string[] _students = new string[size], _targets = new string[size], _methods = new string[size], _statuses = new string[size];
        private readonly string?[] _levels = new string?[size];
        private readonly double?[] _scores = new double?[size];
        private readonly int[] _used = new int[size], _excluded = new int[size];

        /// <summary>How many rows are waiting to be written.</summary>
        public int Count { get; private set; }

        /// <summary>Adds a row; returns how many are waiting.</summary>
        public int Add(ProficiencyRow row)
        {
            int i = Count;
            _students[i] = row.StudentId;
            _targets[i] = row.TargetId;
            _methods[i] = row.Method;
            _scores[i] = row.Score;
            _levels[i] = row.Level;
            _statuses[i] = row.Status;
            _used[i] = row.EvidenceUsed;
            _excluded[i] = row.EvidenceExcluded;
            return Count = i + 1;
        }

        /// <summary>Writes the waiting rows as one row group and lets go of their text.</summary>
        public void Flush(ParquetWriter writer)
        {
            int n = Count;
            using (var group = writer.CreateRowGroup())
            {
                group.WriteAsync(Student, new ArraySegment<string>(_students, 0, n)).GetAwaiter().GetResult();
                group.WriteAsync(Target, new ArraySegment<string>(_targets, 0, n)).GetAwaiter().GetResult();
                group.WriteAsync(Method, new ArraySegment<string>(_methods, 0, n)).GetAwaiter().GetResult();
                group.WriteAsync(Score, (ReadOnlyMemory<double?>)_scores.AsMemory(0, n)).GetAwaiter().GetResult();
                group.WriteAsync(Level, new ArraySegment<string>(_levels!, 0, n)).GetAwaiter().GetResult();
                group.WriteAsync(Status, new ArraySegment<string>(_statuses, 0, n)).GetAwaiter().GetResult();
                group.WriteAsync(Used, (ReadOnlyMemory<int>)_used.AsMemory(0, n)).GetAwaiter().GetResult();
                group.WriteAsync(Excluded, (ReadOnlyMemory<int>)_excluded.AsMemory(0, n)).GetAwaiter().GetResult();
            }
            Array.Clear(_students, 0, n);
            Array.Clear(_targets, 0, n);
            Array.Clear(_levels, 0, n);
            Count = 0;
        }
    }
}
