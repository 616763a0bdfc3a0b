using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using MathPlc.Core;
using MathPlc.Interop.Csv;
using MathPlc.Tests;

namespace MathPlc.Tests.Csv;

/// <summary>
/// Typed rows (a Parquet file's columns) straight into the columnar evidence (decision 0166): the same series as the
/// same rows read from CSV text, in memory and spilled; null — the caller then reads the file's CSV text — for every
/// row or column set the fast scan would not vouch for.
/// </summary>
public sealed class ColumnarEvidenceRowsTests
{
    private sealed record Row(string Student, string Target, DateOnly Day, double Score, long? Sequence, string? Kind);

    private static readonly string[] Names = ["student_id", "Target_ID", "assessed_on", "score", "sequence", "kind", "note"];
    private static readonly SpillPlan InMemory = new(1_000, 2);

    private static bool Counts(EvidenceKind kind) => kind == EvidenceKind.Summative;

    private static EvidenceRows? FromRows(IReadOnlyList<Row> rows, SpillPlan plan, IReadOnlyList<string>? names = null) =>
        ColumnarEvidenceCsv.ReadRows(names ?? Names, ProficiencyScale.Marzano, Counts, plan, null, sink =>
        {
            Assert.Equal((0, 1, 2, 3, 4, 5), (sink.StudentColumn, sink.TargetColumn, sink.AssessedOnColumn, sink.ScoreColumn, sink.SequenceColumn, sink.KindColumn));
            return rows.All(r => sink.Add(r.Student, r.Target, r.Day, r.Score, r.Sequence, r.Kind));
        });

    private static EvidenceRows FromCsv(IReadOnlyList<Row> rows, SpillPlan plan)
    {
        var text = new StringBuilder("student_id,target_id,assessed_on,score,sequence,kind\n");
        foreach (var r in rows)
            text.Append(CultureInfo.InvariantCulture, $"{r.Student},{r.Target},{r.Day:yyyy-MM-dd},{r.Score:R},{r.Sequence},{r.Kind}\n");
        var read = ColumnarEvidenceCsv.ReadPlanned(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())), "e.csv", ProficiencyScale.Marzano, Counts, plan, null);
        Assert.NotNull(read);
        Assert.Empty(read.Diagnostics);
        return read;
    }

    // Every partition's series as text: student, target, excluded, scores in order.
    private static string[] Series(EvidenceRows rows)
    {
        var all = new List<string>();
        for (int p = 0; p < rows.Partitions; p++)
        {
            var series = rows.Series(p);
            for (int i = 0; i < series.Count; i++)
            {
                int from = series.Starts.Span[i], to = series.Starts.Span[i + 1];
                all.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{Encoding.UTF8.GetString(rows.Student(series.Students.Span[i]))}|{Encoding.UTF8.GetString(rows.Target(series.Targets.Span[i]))}|{series.Excluded.Span[i]}|{string.Join(' ', series.Scores.Span[from..to].ToArray())}"));
            }
        }
        return [.. all];
    }

    private static readonly Gen<Row> Rows =
        from student in Gen.Elements("S1", "S2", "S10", "-S3", "S.4")
        from target in Gen.Elements("6.RP.A.3", "6.EE.A.1")
        from day in Gen.Choose(1, 28)
        from halves in Gen.Choose(0, 8)
        from sequence in Gen.Elements<long?>(null, 0, 1, 2)
        from kind in Gen.Elements<string?>(null, "", "summative", "Formative")
        select new Row(student, target, new DateOnly(2026, 9, day), halves / 2.0, sequence, kind);

    [Fact]
    public void Typed_rows_give_the_series_their_CSV_text_gives_in_memory_and_spilled() =>
        Prop.ForAll(Rows.ArrayOf().ToArbitrary(), Gen.Elements(InMemory, new SpillPlan(0, 3)).ToArbitrary(), (rows, plan) =>
        {
            using var typed = FromRows(rows, plan);
            using var text = FromCsv(rows, plan);
            Assert.NotNull(typed);
            Assert.Equal(text.Count, typed.Count);
            Assert.Equal(text.Partitions, typed.Partitions);
            Assert.Equal(Series(text), Series(typed));
        }).Check(maxTest: 60);

    [Fact] // decision 0195: ids and kinds as slices of one character buffer, as Parquet's decoder gives them, no string per value
    public void Rows_as_characters_give_the_series_their_CSV_text_gives_in_memory_and_spilled() =>
        Prop.ForAll(Rows.ArrayOf().ToArbitrary(), Gen.Elements(InMemory, new SpillPlan(0, 3)).ToArbitrary(), (rows, plan) =>
        {
            var buffer = string.Concat(rows.Select(r => r.Student + r.Target + r.Kind)).AsMemory();
            using var typed = ColumnarEvidenceCsv.ReadRows(Names, ProficiencyScale.Marzano, Counts, plan, null, sink =>
            {
                int at = 0;
                ReadOnlySpan<char> Next(string? text)
                {
                    var slice = buffer.Span.Slice(at, text?.Length ?? 0);
                    at += slice.Length;
                    return slice;
                }
                return rows.All(r => sink.Add(Next(r.Student), Next(r.Target), r.Day, r.Score, r.Sequence, Next(r.Kind)));
            });
            using var text = FromCsv(rows, plan);
            Assert.NotNull(typed);
            Assert.Equal(Series(text), Series(typed));
        }).Check(maxTest: 60);

    [Theory] // the character form doubts what the string form doubts: an empty id, a space, a non-ASCII id, an unknown kind
    [InlineData("", "t1", "")]
    [InlineData("S1", "", "")]
    [InlineData("S 1", "t1", "")]
    [InlineData("é1", "t1", "")]
    [InlineData("S1", "t1", "quiz")]
    public void A_row_as_characters_the_fast_scan_would_doubt_is_not_vouched_for(string student, string target, string kind) =>
        Assert.Null(ColumnarEvidenceCsv.ReadRows(Names, ProficiencyScale.Marzano, Counts, InMemory, null,
            sink => sink.Add(student.AsSpan(), target.AsSpan(), new DateOnly(2026, 9, 1), 2, null, kind.AsSpan())));

    [Fact] // decision 0220: the buffers sized for the largest partition are not held while the results are written
    public void The_grouping_buffers_are_let_go_once_the_last_partition_is_grouped()
    {
        var rows = Enumerable.Range(0, 60).Select(i => new Row($"S{i % 20}", i % 2 == 0 ? "6.RP.A.3" : "6.EE.A.1", new DateOnly(2026, 9, 1 + i % 28), i % 9 / 2.0, null, null)).ToArray();
        foreach (var plan in new[] { InMemory, new SpillPlan(0, 3) })
        {
            using var read = FromCsv(rows, plan);
            for (int p = 0; p < read.Partitions - 1; p++)
            {
                read.Series(p);
                Assert.NotEqual(0, read.BufferedRows);
            }
            Assert.NotEmpty(read.Series(read.Partitions - 1).Scores.ToArray());
            Assert.Equal(0, read.BufferedRows);
        }
    }

    [Fact] // Marzano's 0–4 scale: two scores of one series, the formative one excluded.
    public void Two_plain_rows_are_kept_as_one_series()
    {
        using var rows = FromRows([new("S1", "t1", new DateOnly(2026, 9, 1), 2, null, null), new("S1", "t1", new DateOnly(2026, 9, 2), 3, 1, "formative")], InMemory);
        Assert.NotNull(rows);
        Assert.Equal(["S1|t1|1|2"], Series(rows));
    }

    [Theory]
    [InlineData("S 1", "t1", 2.0, null, null)]       // a space: the CSV reader would see it
    [InlineData("é1", "t1", 2.0, null, null)]        // not ASCII
    [InlineData("S,1", "t1", 2.0, null, null)]       // a comma: quoted in CSV
    [InlineData("S1", "", 2.0, null, null)]          // an empty id: missing-value
    [InlineData("S1", "t1", 4.5, null, null)]        // off Marzano's scale
    [InlineData("S1", "t1", double.NaN, null, null)] // not a number
    [InlineData("S1", "t1", 2.0, -1L, null)]         // a negative sequence
    [InlineData("S1", "t1", 2.0, 3_000_000_000L, null)] // a sequence beyond int
    [InlineData("S1", "t1", 2.0, null, "quiz")]      // an unknown kind
    public void A_row_the_fast_scan_would_doubt_is_not_vouched_for(string student, string target, double score, long? sequence, string? kind) =>
        Assert.Null(FromRows([new("S0", "t0", new DateOnly(2026, 9, 1), 1, null, null), new(student, target, new DateOnly(2026, 9, 2), score, sequence, kind)], InMemory));

    [Fact]
    public void A_null_id_is_not_vouched_for() =>
        Assert.Null(ColumnarEvidenceCsv.ReadRows(Names, ProficiencyScale.Marzano, Counts, InMemory, null, sink => sink.Add(null, "t1", new DateOnly(2026, 9, 1), 2, null, null)));

    [Fact]
    public void Columns_for_the_object_path_or_with_a_problem_are_not_read()
    {
        bool called = false;
        bool Fill(EvidenceRowSink sink) => called = true;
        Assert.Null(ColumnarEvidenceCsv.ReadRows(["student_id", "target_id", "assessed_on", "score", "weight"], ProficiencyScale.Marzano, Counts, InMemory, null, Fill));
        Assert.Null(ColumnarEvidenceCsv.ReadRows(["student_id", "target_id", "assessed_on", "score", "source"], ProficiencyScale.Marzano, Counts, InMemory, null, Fill));
        Assert.Null(ColumnarEvidenceCsv.ReadRows(["student_id", "target_id", "score"], ProficiencyScale.Marzano, Counts, InMemory, null, Fill));
        Assert.Null(ColumnarEvidenceCsv.ReadRows(["student_id", "target_id", "assessed_on", "score", "score"], ProficiencyScale.Marzano, Counts, InMemory, null, Fill));
        Assert.False(called);
    }

    [Fact]
    public void The_guards_name_their_argument()
    {
        static bool Fill(EvidenceRowSink sink) => true;
        Assert.Equal("columnNames", Assert.Throws<ArgumentNullException>(() => ColumnarEvidenceCsv.ReadRows(null!, ProficiencyScale.Marzano, Counts, InMemory, null, Fill)).ParamName);
        Assert.Equal("scale", Assert.Throws<ArgumentNullException>(() => ColumnarEvidenceCsv.ReadRows(Names, null!, Counts, InMemory, null, Fill)).ParamName);
        Assert.Equal("counts", Assert.Throws<ArgumentNullException>(() => ColumnarEvidenceCsv.ReadRows(Names, ProficiencyScale.Marzano, null!, InMemory, null, Fill)).ParamName);
        Assert.Equal("fill", Assert.Throws<ArgumentNullException>(() => ColumnarEvidenceCsv.ReadRows(Names, ProficiencyScale.Marzano, Counts, InMemory, null, null!)).ParamName);
        Assert.Equal("plan", Assert.ThrowsAny<ArgumentException>(() => ColumnarEvidenceCsv.ReadRows(Names, ProficiencyScale.Marzano, Counts, new SpillPlan(-1, 2), null, Fill)).ParamName);
        Assert.Equal("plan", Assert.Throws<ArgumentOutOfRangeException>(() => ColumnarEvidenceCsv.ReadRows(Names, ProficiencyScale.Marzano, Counts, new SpillPlan(10, 1), null, Fill)).ParamName);
    }
}
