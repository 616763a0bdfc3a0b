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

    /// <summary>Writes <paramref name="rows"/> to <paramref name="output"/> (left open).</summary>
    public static void Write(Stream output, IEnumerable<ProficiencyRow> rows)
    {
        var writer = ParquetWriter.CreateAsync(Schema, output).GetAwaiter().GetResult();
        try
        {
            var batch = new List<ProficiencyRow>(RowGroupSize);
            foreach (var row in rows)
            {
                batch.Add(row);
                if (batch.Count == RowGroupSize) Flush(writer, batch);
            }
            if (batch.Count > 0) Flush(writer, batch);
        }
        finally
        {
            writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static void Flush(ParquetWriter writer, List<ProficiencyRow> batch)
    {
        using (var group = writer.CreateRowGroup())
        {
            Text(group, Student, batch, r => r.StudentId);
            Text(group, Target, batch, r => r.TargetId);
            Text(group, Method, batch, r => r.Method);
            group.WriteAsync(Score, (ReadOnlyMemory<double?>)batch.Select(r => r.Score).ToArray()).GetAwaiter().GetResult();
            Text(group, Level, batch, r => r.Level);
            Text(group, Status, batch, r => r.Status);
            group.WriteAsync(Used, (ReadOnlyMemory<int>)batch.Select(r => r.EvidenceUsed).ToArray()).GetAwaiter().GetResult();
            group.WriteAsync(Excluded, (ReadOnlyMemory<int>)batch.Select(r => r.EvidenceExcluded).ToArray()).GetAwaiter().GetResult();
        }
        batch.Clear();
    }

    private static void Text(ParquetRowGroupWriter group, DataField<string> field, List<ProficiencyRow> batch, Func<ProficiencyRow, string?> value) =>
        group.WriteAsync(field, batch.Select(value).ToArray()!).GetAwaiter().GetResult();
}
