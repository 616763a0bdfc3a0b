using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using MathPlc.Core;
using MathPlc.CriticalQuestions.Json;
using MathPlc.Tests;

namespace MathPlc.CriticalQuestions.Tests.Json;

/// <summary>
/// Decision 0240: report.json's rows are made as bytes by <see cref="RowCellWriter"/>, each distinct text and number encoded
/// once and copied after; its cells must be, byte for byte, what <see cref="Utf8JsonWriter"/> with the file's options writes
/// for them — over texts that need escaping (quotes, controls, non-ASCII, lone surrogates, <c>&lt;/script&gt;</c>, <c>+</c>,
/// <c>&amp;</c>) and numbers the shortest round trip writes in surprising ways (−0, 1e300, subnormals, 0.1 + 0.2).
/// </summary>
public sealed class RowCellWriterTests
{
    private static readonly string[] Pieces =
    [
        "S", "0001", "a", " ", "\"", "\\", "/", "\0", "\u0001", "\b", "\t", "\n", "\r", "\u001f", "\u007f", "'", "+", "&", "<", ">",
        "</script>", "é", "数学", "😀", "\ud83d", "\ude00", "\u2028", "\u2029", "\ufeff", "\ufffd", "`", "=SUM(A1)",
    ];

    private static readonly double[] Awkward =
    [
        0, -0.0, 1, -1, 3, 75, 83.33333333333334, 0.1 + 0.2, 0.5, 1e300, -1e300, double.Epsilon, -double.Epsilon, 2.2250738585072009E-308,
        2.2250738585072014E-308, 1e15, 1e15 - 1, 999999999999999.9, 1e16, 123456789012345, -123456789012345, double.MaxValue, double.MinValue,
        4.35, 1e-7, 12345.678, 9007199254740993,
    ];

    private static readonly Gen<string> Texts = Gen.Elements(Pieces).ArrayOf().Select(string.Concat);

    private static readonly Gen<double> Numbers = Gen.OneOf(
        Gen.Elements(Awkward),
        Gen.Choose(0, 400).Select(n => n / 4.0),
        ArbMap.Default.GeneratorFor<long>().Select(BitConverter.Int64BitsToDouble).Where(double.IsFinite));

    // A cell: a text, a number, null, a reason or an index; the same cells are written twice so the second copies the cache.
    private abstract record Cell;
    private sealed record TextCell(string? Value) : Cell;
    private sealed record NumberCell(double? Value) : Cell;
    private sealed record ReasonCell(string Code, int Text) : Cell;
    private sealed record WholeCell(int Value) : Cell;

    private static readonly Gen<Cell> Cells = Gen.OneOf(
        Texts.Select(t => (Cell)new TextCell(t)),
        Gen.Constant((Cell)new TextCell(null)),
        Numbers.Select(n => (Cell)new NumberCell(n)),
        Gen.Constant((Cell)new NumberCell(null)),
        Gen.Elements("percent-of-target-points", "not-yet", "a-b-2").SelectMany(code => Gen.Choose(0, int.MaxValue).Select(i => (Cell)new ReasonCell(code, i))),
        Gen.Choose(0, int.MaxValue).Select(i => (Cell)new WholeCell(i)));

    private static string Fast(RowCellWriter cells, IReadOnlyList<Cell> row)
    {
        cells.StartArray();
        foreach (var cell in row)
        {
            switch (cell)
            {
                case TextCell t: cells.Text(t.Value); break;
                case NumberCell n: cells.Number(n.Value); break;
                case ReasonCell r: cells.Reason(r.Code, r.Text); break;
                case WholeCell w: cells.Whole(w.Value); break;
            }
        }
        cells.StartArray();
        cells.StartObject();
        cells.Name(JsonEncodedText.Encode("assessedOn"));
        cells.Text("2026-10-08");
        cells.Name(JsonEncodedText.Encode("score"));
        cells.Number(row.Count);
        cells.EndObject();
        cells.EndArray();
        cells.EndArray();
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, ReportContractWriter.WriterOptions))
        {
            w.WriteStartArray();
            cells.WriteTo(w);   // a row is one value of the table's data
            w.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    // What the writer writes for the same cells, one call per cell (the rows' writer before decision 0240).
    private static string Writer(IReadOnlyList<Cell> row)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, ReportContractWriter.WriterOptions))
        {
            w.WriteStartArray();
            w.WriteStartArray();
            foreach (var cell in row)
            {
                switch (cell)
                {
                    case TextCell { Value: null }: w.WriteNullValue(); break;
                    case TextCell t: w.WriteStringValue(t.Value); break;
                    case NumberCell { Value: null }: w.WriteNullValue(); break;
                    case NumberCell n: ReportContractWriter.NumberValue(w, n.Value!.Value); break;
                    case ReasonCell r:
                        w.WriteStartObject();
                        w.WriteString("code", r.Code);
                        w.WriteNumber("text", r.Text);
                        w.WriteEndObject();
                        break;
                    case WholeCell c: w.WriteNumberValue(c.Value); break;
                }
            }
            w.WriteStartArray();
            w.WriteStartObject();
            w.WriteString("assessedOn", "2026-10-08");
            w.WritePropertyName("score");
            ReportContractWriter.NumberValue(w, row.Count);
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndArray();
            w.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    [Fact]
    public void Any_row_is_the_writers_bytes_first_time_and_from_the_cache() =>
        Prop.ForAll(Cells.ListOf().Select(c => c.ToArray()).ToArbitrary(), row =>
        {
            var cells = new RowCellWriter();
            cells.Begin();
            string expected = Writer(row);
            Assert.Equal(expected, Fast(cells, row));
            Assert.Equal(expected, Fast(cells, row));   // every text and number now from the cache
        }).Check(maxTest: 1000);

    [Fact]
    public void Every_awkward_number_is_the_writers_bytes()
    {
        var cells = new RowCellWriter();
        cells.Begin();
        Cell[] row = [.. Awkward.Select(n => (Cell)new NumberCell(n)), .. Awkward.Select(n => (Cell)new NumberCell(n))];
        string fast = Fast(cells, row);
        Assert.Equal(Writer(row), fast);
        Assert.StartsWith("[[0,-0,1,-1,3,75,83.33333333333334,0.30000000000000004,0.5,1E+300,", fast, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_hostile_piece_is_the_writers_bytes()
    {
        var cells = new RowCellWriter();
        cells.Begin();
        Cell[] row = [.. Pieces.Select(p => (Cell)new TextCell(p)), .. Pieces.Select(p => (Cell)new TextCell(p + p))];
        string fast = Fast(cells, row);
        Assert.Equal(Writer(row), fast);
        Assert.Contains("\"\\u003C/script\\u003E\"", fast, StringComparison.Ordinal);
        Assert.Contains("\"\\uFFFD\"", fast, StringComparison.Ordinal);   // a lone surrogate, as the writer replaces it
    }

    [Fact] // more distinct values than the caches keep: they start again, the bytes do not change
    public void Values_past_the_caches_bound_are_the_writers_bytes()
    {
        var cells = new RowCellWriter();
        cells.Begin();
        Cell[] row = [.. Enumerable.Range(0, 20_000).Select(i => (Cell)new TextCell($"S{i}\"")), .. Enumerable.Range(0, 20_000).Select(i => (Cell)new NumberCell(i + 0.5))];
        Assert.Equal(Writer(row), Fast(cells, row));
        cells.Begin();
        Assert.Equal(Writer(row), Fast(cells, row));
    }

    [Fact] // hostile ids, texts and numbers through the whole writer: the serializer's bytes (decision 0180's oracle)
    public void A_report_with_hostile_rows_is_the_serializers_bytes()
    {
        var report = UnitCycle.Run(SampleTeam.Generate(11, new SampleTeamOptions(30, 2, 1)).Input);
        string[] ids = [.. Pieces.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => "S" + p + "\u0000" + p)];
        var evidence = report.HowWillWeKnow.Evidence.Select((e, i) => e with
        {
            Student = new StudentId(ids[i % ids.Length]),
            PointsEarned = Awkward[i % Awkward.Length],
            Percent = i % 3 == 0 ? null : Awkward[(i + 7) % Awkward.Length],
            Reasons = [new Reason("hostile-text", "Earned </script> & + \"é\" " + Pieces[i % Pieces.Length])],
        }).ToImmutableArray();
        var edited = report with { HowWillWeKnow = report.HowWillWeKnow with { Evidence = [.. evidence] } };
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, ReportContractWriter.WriterOptions)) ReportContractWriter.Write(w, edited);
        Assert.Equal(JsonSerializer.Serialize(ReportContractMapper.ToContract(edited), CriticalQuestionsJsonContext.Default.ReportContract),
            Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
