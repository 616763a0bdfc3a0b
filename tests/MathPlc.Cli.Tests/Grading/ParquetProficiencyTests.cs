using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using MathPlc.Cli.Grading;
using MathPlc.Cli.Shell;
using MathPlc.Core;
using MathPlc.Grading;
using MathPlc.Interop;
using MathPlc.Interop.Csv;
using MathPlc.Tests;
using Parquet;
using Parquet.Schema;

namespace MathPlc.Cli.Tests.Grading;

/// <summary>
/// <c>mathplc proficiency</c> with Parquet in and out (issue 17): the same evidence as Parquet and as CSV gives the same
/// results, or the same bad-data diagnostics with the Parquet row (CSV line − 1, the header being line 1) in place of
/// the line. The CSV files here are written by the test with every field quoted (RFC 4180), and the Parquet files
/// with Parquet.Net's own writer, typed or all text.
/// </summary>
public sealed class ParquetProficiencyTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>One evidence row: each value null (an empty CSV field) or given.</summary>
    private sealed record Row(string? Student, string? Target, DateOnly? Day, double? Score, int? Sequence, string? Kind);

    private static readonly Gen<Row> Rows =
        from student in Gen.Frequency((9, Gen.Elements<string?>("S-1", "S-2", "S-10", "-S3")), (1, Gen.Elements<string?>(null, "", " S-2 ", "\"S\",1", "é-1")))
        from target in Gen.Frequency((9, Gen.Elements<string?>("6.RP.A.3", "6.EE.A.1")), (1, Gen.Elements<string?>(null, "")))
        from day in Gen.Frequency((9, Gen.Choose(1, 28).Select(d => (DateOnly?)new DateOnly(2026, 9, d))), (1, Gen.Constant<DateOnly?>(null)))
        from score in Gen.Frequency((9, Gen.Choose(0, 8).Select(h => (double?)(h / 2.0))), (1, Gen.Elements<double?>(null, 4.5, -1, 2.25)))
        from sequence in Gen.Frequency((9, Gen.Elements<int?>(null, 0, 1, 2)), (1, Gen.Constant<int?>(-1)))
        from kind in Gen.Frequency((9, Gen.Elements<string?>(null, "summative", "Formative", "behaviour")), (1, Gen.Constant<string?>("quiz")))
        select new Row(student, target, day, score, sequence, kind);

    private static string Text(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
    private static string Text(double? score) => score?.ToString("R", CultureInfo.InvariantCulture) ?? "";
    private static string Text(int? sequence) => sequence?.ToString(CultureInfo.InvariantCulture) ?? "";

    private string WriteCsv(string name, IReadOnlyList<Row> rows)
    {
        static string Q(string? value) => value is null ? "" : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var text = new StringBuilder("student_id,Target_ID,assessed_on,score,sequence,kind\n");
        foreach (var r in rows)
            text.Append(string.Join(',', Q(r.Student), Q(r.Target), Q(r.Day is null ? null : Text(r.Day)), Q(r.Score is null ? null : Text(r.Score)),
                Q(r.Sequence is null ? null : Text(r.Sequence)), Q(r.Kind))).Append('\n');
        return _folder.Write(name, text.ToString());
    }

    private string WriteParquet(string name, IReadOnlyList<Row> rows, bool typed, int rowGroup = 1000)
    {
        string path = _folder.PathOf(name);
        var student = new DataField<string>("student_id", nullable: true);
        var target = new DataField<string>("Target_ID", nullable: true);          // matched ignoring case, as CSV headers are
        var kind = new DataField<string>("kind", nullable: true);
        var note = new DataField<string>("note", nullable: true);                // an extra column, ignored
        DataField day = typed ? new DataField<DateOnly?>("assessed_on") : new DataField<string>("assessed_on", nullable: true);
        DataField score = typed ? new DataField<double?>("score") : new DataField<string>("score", nullable: true);
        DataField sequence = typed ? new DataField<int?>("sequence") : new DataField<string>("sequence", nullable: true);
        var schema = new ParquetSchema(note, kind, score, student, target, day, sequence);
        using (var file = File.Create(path))
        {
            var writer = ParquetWriter.CreateAsync(schema, file).GetAwaiter().GetResult();
            foreach (var chunk in rows.Chunk(rowGroup))
            {
                using var group = writer.CreateRowGroup();
                void Strings(DataField field, Func<Row, string?> value) =>
                    group.WriteAsync(field, chunk.Select(value).ToArray()).GetAwaiter().GetResult();
                Strings(note, _ => "x");
                Strings(kind, r => r.Kind);
                if (typed) group.WriteAsync((DataField<double?>)score, (ReadOnlyMemory<double?>)chunk.Select(r => r.Score).ToArray()).GetAwaiter().GetResult();
                else Strings(score, r => r.Score is null ? null : Text(r.Score));
                Strings(student, r => r.Student);
                Strings(target, r => r.Target);
                if (typed) group.WriteAsync((DataField<DateOnly?>)day, (ReadOnlyMemory<DateOnly?>)chunk.Select(r => r.Day).ToArray()).GetAwaiter().GetResult();
                else Strings(day, r => r.Day is null ? null : Text(r.Day));
                if (typed) group.WriteAsync((DataField<int?>)sequence, (ReadOnlyMemory<int?>)chunk.Select(r => r.Sequence).ToArray()).GetAwaiter().GetResult();
                else Strings(sequence, r => r.Sequence is null ? null : Text(r.Sequence));
            }
            writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
        return path;
    }

    private static (string? Csv, IEnumerable<(string, string, int?, string?, string?)> Problems) Score(string path, ProficiencyOptions options, bool fast)
    {
        try
        {
            return (fast
                ? StreamingProficiency.CsvOf(path, options)
                : ProficiencyTable.Write(Proficiency.ScoreAll(EvidenceFile.Read(path, new EvidenceCsvChecks(options.Scale)), options), OutputFormat.Csv), []);
        }
        catch (DataFileException e)
        {
            // The CSV line L is the Parquet row L − 1; the header's line (the columns) is no row; Parquet has no byte columns.
            return (null, e.Diagnostics.Select(d => (d.Code, d.Message,
                path.EndsWith(".csv", StringComparison.Ordinal) ? d.Line is > 1 ? d.Line - 1 : null : d.Line, d.Field, d.Value)));
        }
    }

    [Fact]
    public void Parquet_evidence_gives_what_the_same_evidence_as_CSV_gives_or_the_same_problems_by_row() =>
        Prop.ForAll(Rows.ArrayOf().ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (rows, typed, fast) =>
        {
            var options = new ProficiencyOptions(new Mean(), ProficiencyScale.Marzano);
            var csv = Score(WriteCsv("evidence.csv", rows), options, fast);
            var parquet = Score(WriteParquet("evidence.parquet", rows, typed, rowGroup: 7), options, fast);
            Assert.Equal(csv.Csv, parquet.Csv);
            Assert.Equal(csv.Problems, parquet.Problems);
        }).Check(maxTest: 150);

    [Fact] // Decision 0166: typed columns go straight into the columnar rows; spilled by student, they merge to the CSV's bytes.
    public void Typed_Parquet_evidence_spilled_into_partitions_gives_the_CSV_files_results() =>
        Prop.ForAll(Rows.Where(r => r is { Student: not null, Target: not null, Day: not null, Score: not null }).ArrayOf().ToArbitrary(), rows =>
        {
            var options = new ProficiencyOptions(new Mean(), ProficiencyScale.Marzano);
            var spilled = new SpillPlan(0, 3);
            string? Csv(string path)
            {
                try
                {
                    return StreamingProficiency.CsvOf(path, options, spilled);
                }
                catch (DataFileException e)
                {
                    return string.Join('\n', e.Diagnostics.Select(d => d.Code));
                }
            }
            Assert.Equal(Csv(WriteCsv("evidence.csv", rows)), Csv(WriteParquet("evidence.parquet", rows, typed: true, rowGroup: 5)));
        }).Check(maxTest: 60);

    [Fact] // PowerSchool Learning help: scores 2 then 3 with the decaying average at 65 % give 2.65.
    public void The_decaying_average_example_comes_out_of_a_Parquet_file_into_a_Parquet_file()
    {
        string evidence = WriteParquet("e.parquet", [new("S-1", "6.RP.A.3", new DateOnly(2026, 9, 1), 2, null, null), new("S-1", "6.RP.A.3", new DateOnly(2026, 9, 8), 3, null, null),
            new("S-2", "6.RP.A.3", new DateOnly(2026, 9, 8), null, null, null)], typed: true);
        string results = _folder.PathOf("results.parquet");
        var run = CliRun.Run("proficiency", "--in", evidence, "--method", "decaying-average", "--decay", "0.65", "--out", results);
        Assert.Equal(3, run.ExitCode); // S-2's empty score is bad data, with its row
        Assert.Contains("e.parquet:3: ", run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(results));

        evidence = WriteParquet("e.parquet", [new("S-1", "6.RP.A.3", new DateOnly(2026, 9, 1), 2, null, null), new("S-1", "6.RP.A.3", new DateOnly(2026, 9, 8), 3, null, null)], typed: true);
        run = CliRun.Run("proficiency", "--in", evidence, "--method", "decaying-average", "--decay", "0.65", "--out", results);
        Assert.True(run.ExitCode == 0, run.Stderr);
        var row = Assert.Single(ReadResults(results));
        Assert.Equal(["S-1", "6.RP.A.3", "decaying-average"], row[..3]);
        Assert.Equal(2.65, (double)row[3]!, precision: 12);
        Assert.Equal(["scored", 2, 0], row[5..]);
    }

    [Fact]
    public void The_Parquet_results_carry_the_CSV_results_typed_with_no_score_as_null_never_zero()
    {
        var rows = new List<Row>();
        var random = new Random(17);
        for (int i = 0; i < 5000; i++)
            rows.Add(new Row($"S-{random.Next(400)}", $"T{random.Next(5)}", new DateOnly(2026, 9, random.Next(1, 29)), random.Next(9) / 2.0, null, random.Next(6) == 0 ? "formative" : null));
        string csvIn = WriteCsv("big.csv", rows), parquetIn = WriteParquet("big.parquet", rows, typed: true), parquetOut = _folder.PathOf("out.parquet");
        foreach (string[] settings in new[] { new[] { "--method", "mean" }, ["--method", "n-mastery", "--n", "3", "--mastery-points", "3"], ["--method", "mean", "--min-evidence", "2", "--reassessment", "keep-all"] })
        {
            var csv = CliRun.Run(["proficiency", "--in", csvIn, "--csv-raw", .. settings]);
            var parquet = CliRun.Run(["proficiency", "--in", parquetIn, "--out", parquetOut, .. settings]);
            Assert.True(parquet.ExitCode == 0, parquet.Stderr);
            var expected = csv.Stdout.TrimEnd('\n').Split('\n').Skip(1).Select(l => l.TrimEnd('\r')).ToArray();
            var actual = ReadResults(parquetOut).Select(r => string.Join(',', r.Select(v => v switch
            {
                null => "",
                double d => d.ToString("R", CultureInfo.InvariantCulture),
                _ => Convert.ToString(v, CultureInfo.InvariantCulture),
            }))).ToArray();
            Assert.Equal(expected, actual);
            Assert.Contains(ReadResults(parquetOut), r => r[5] is "insufficient_evidence" && r[3] is null);
        }
    }

    [Fact]
    public void A_line_break_in_Parquet_text_is_bad_data_with_its_row()
    {
        string evidence = WriteParquet("e.parquet", [new("S-1", "T", new DateOnly(2026, 9, 1), 2, null, null), new("S-1\nS-2", "T", new DateOnly(2026, 9, 2), 2, null, null)], typed: true);
        var run = CliRun.Run("proficiency", "--in", evidence, "--method", "mean");
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("e.parquet:2: line-break-in-text: student_id", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_named_parquet_that_is_not_Parquet_is_bad_data()
    {
        string evidence = _folder.Write("e.parquet", "student_id,target_id,assessed_on,score\nS-1,T,2026-09-01,3\n");
        var run = CliRun.Run("proficiency", "--in", evidence, "--method", "mean");
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("e.parquet: not-parquet:", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Parquet_file_without_a_required_column_is_bad_data_about_its_columns()
    {
        string path = _folder.PathOf("e.parquet");
        await using (var file = File.Create(path))
        {
            var field = new DataField<string>("student_id", nullable: true);
            await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(field), file);
            using var group = writer.CreateRowGroup();
            await group.WriteAsync(field, new string?[] { "S-1" });
        }
        var run = CliRun.Run("proficiency", "--in", path, "--method", "mean");
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("e.parquet: ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("target_id", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Parquet_results_with_json_format_is_a_usage_error_and_writes_nothing()
    {
        string evidence = WriteParquet("e.parquet", [new("S-1", "T", new DateOnly(2026, 9, 1), 2, null, null)], typed: true);
        var run = CliRun.Run("proficiency", "--in", evidence, "--method", "mean", "--format", "json", "--out", _folder.PathOf("r.parquet"));
        Assert.Equal(2, run.ExitCode);
        Assert.False(File.Exists(_folder.PathOf("r.parquet")));
    }

    [Fact] // decision 0195: the column buffers are reused from row group to row group; no value of one may leak into the next
    public async Task Results_in_several_row_groups_are_the_rows_in_one()
    {
        ProficiencyRow[] rows =
        [
            new("S-1", "T1", "mean", 3.5, "Proficient", "scored", 2, 0), new("S-1", "T2", "mean", null, null, "insufficient_evidence", 0, 1),
            new("S-2", "T1", "mean", 1, "Beginning", "scored", 1, 0), new("S-2", "T2", "mean", 2.25, "Developing", "scored", 4, 2),
            new("S-3", "T1", "mean", null, null, "insufficient_evidence", 0, 0),
        ];
        string one = _folder.PathOf("one.parquet"), several = _folder.PathOf("several.parquet");
        using (var file = File.Create(one)) ParquetResults.Write(file, rows);
        using (var file = File.Create(several)) ParquetResults.Write(file, rows, rowGroupSize: 2);
        var expected = rows.Select(r => new object?[] { r.StudentId, r.TargetId, r.Method, r.Score, r.Level, r.Status, r.EvidenceUsed, r.EvidenceExcluded }).ToList();
        Assert.Equal(expected, ReadResults(one));
        Assert.Equal(expected, ReadResults(several));
        await using var stream = File.OpenRead(several);
        await using var reader = await ParquetReader.CreateAsync(stream);
        Assert.Equal(3, reader.RowGroupCount);
    }

    private static readonly Gen<Row> GoodRows =
        from student in Gen.Elements("S-1", "S-2", "S-10", "-S3", "S-4", "S-5")
        from target in Gen.Elements("6.RP.A.3", "6.EE.A.1", "7.NS.A.1")
        from day in Gen.Choose(1, 28)
        from halves in Gen.Choose(0, 8)
        from sequence in Gen.Elements<int?>(null, 0, 1, 2)
        from kind in Gen.Elements<string?>(null, "summative", "Formative", "behaviour")
        select new Row(student, target, new DateOnly(2026, 9, day), halves / 2.0, sequence, kind);

    [Fact] // decision 0220: the grouping buffers go before the results are written; the rows read back are the object path's in any row-group size, spilled or not
    public void Parquet_results_read_back_are_the_object_paths_in_any_row_group_size_in_memory_and_spilled() =>
        Prop.ForAll(GoodRows.ArrayOf().ToArbitrary(), Gen.Elements(1, 2, 3, ParquetResults.RowGroupSize).ToArbitrary(),
            Gen.Elements<SpillPlan?>(null, new SpillPlan(0, 2), new SpillPlan(0, 3)).ToArbitrary(), (rows, rowGroup, plan) =>
        {
            var options = new ProficiencyOptions(new Mean(), ProficiencyScale.Marzano, null, new GradingPolicy { MinimumEvidence = 2 });
            string evidence = WriteParquet("evidence.parquet", rows, typed: true, rowGroup: 4);
            string expected = _folder.PathOf("expected.parquet"), actual = _folder.PathOf("actual.parquet");
            using (var file = File.Create(expected))
                ParquetResults.Write(file, ProficiencyTable.Rows(Proficiency.ScoreAll(EvidenceFile.Read(evidence, new EvidenceCsvChecks(options.Scale)), options)));
            using (var scored = plan is { } forced
                ? StreamingProficiency.TryRun(evidence, options, forced, TextWriter.Null)
                : StreamingProficiency.TryRun(evidence, options, ColumnarEvidenceCsv.DefaultMemoryLimit, TextWriter.Null))
            using (var file = File.Create(actual))
            {
                Assert.NotNull(scored);
                Assert.Equal(plan is { Partitions: var partitions } && rows.Length > 0 ? partitions : 1, scored.Partitions);
                ParquetResults.Write(file, scored.Rows(), rowGroup);
            }
            Assert.Equal(ReadResults(expected), ReadResults(actual));
        }).Check(maxTest: 60);

    [Fact]
    public void A_row_group_size_below_one_is_refused() =>
        Assert.Equal("rowGroupSize", Assert.Throws<ArgumentException>(() => ParquetResults.Write(Stream.Null, [], 0)).ParamName);

    private static List<object?[]> ReadResults(string path)
    {
        using var stream = File.OpenRead(path);
        var reader = ParquetReader.CreateAsync(stream).GetAwaiter().GetResult();
        var fields = reader.Schema.GetDataFields();
        Assert.Equal(ProficiencyTable.Header, fields.Select(f => f.Name));
        var rows = new List<object?[]>();
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            int n = (int)group.RowCount;
            var columns = new object?[fields.Length][];
            for (int c = 0; c < fields.Length; c++)
            {
                if (fields[c].ClrType == typeof(ReadOnlyMemory<char>))
                {
                    var values = new string?[n];
                    group.ReadAsync(fields[c], values.AsMemory()).GetAwaiter().GetResult();
                    columns[c] = values;
                }
                else if (fields[c].ClrType == typeof(double))
                {
                    var values = new double?[n];
                    group.ReadAsync(fields[c], values.AsMemory()).GetAwaiter().GetResult();
                    columns[c] = [.. values.Select(v => (object?)v)];
                }
                else
                {
                    var values = new int[n];
                    group.ReadAsync(fields[c], values.AsMemory()).GetAwaiter().GetResult();
                    columns[c] = [.. values.Select(v => (object?)v)];
                }
            }
            for (int r = 0; r < n; r++) rows.Add([.. columns.Select(col => col[r])]);
        }
        reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return rows;
    }
}
