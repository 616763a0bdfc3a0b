using System.Text;
using MathPlc.Core;
using MathPlc.Interop.Csv;
using MathPlc.Interventions;

namespace MathPlc.Interop.Tests.Interventions;

/// <summary>
/// The columnar proficiency reader (issue 18): plain files into a <see cref="TierScoreTable"/> with the row reader's
/// values; anything it does not vouch for (so that <see cref="ProficiencyCsv"/> names the line) is null.
/// </summary>
public sealed class ColumnarProficiencyCsvTests
{
    private const string Header = "student_id,target_id,method,score,level,status,evidence_used,evidence_excluded\n";

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void A_plain_file_is_read_into_columns_with_ids_numbered_once()
    {
        var table = ColumnarProficiencyCsv.TryRead(Utf8(Header +
            "s1,6.RP.A.1,mean,2.5,Approaching,scored,3,0\n" +
            "s2,6.RP.A.1,mean,,,insufficient_evidence,0,0\n" +
            "s1,6.EE.A.1,mode,4,Beyond,scored,,\n" +
            "s2,6.EE.A.1,mode,,,teacher_judgement,2,1"));
        Assert.NotNull(table);
        Assert.Equal([new StudentId("s1"), new StudentId("s2")], table.Students.ToArray());
        Assert.Equal([new TargetId("6.RP.A.1"), new TargetId("6.EE.A.1")], table.Targets.ToArray());
        Assert.Equal([0, 1, 0, 1], table.StudentOf.ToArray());
        Assert.Equal([0, 0, 1, 1], table.TargetOf.ToArray());
        Assert.Equal([2.5, double.NaN, 4, double.NaN], table.Scores.ToArray());
    }

    [Fact]
    public void Spaces_inside_a_value_are_plain()
    {
        var table = ColumnarProficiencyCsv.TryRead(Utf8(Header + "S 1,6.RP.A.1,mean,3,Target content,scored,1,0\n"));
        Assert.NotNull(table);
        Assert.Equal([new StudentId("S 1")], table.Students.ToArray());
    }

    [Fact]
    public void Crlf_a_byte_order_mark_and_columns_in_any_order_are_read()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("status,score,target_id,student_id\r\nscored,3,t,s1\r\n")).ToArray();
        var table = ColumnarProficiencyCsv.TryRead(new MemoryStream(bytes));
        Assert.NotNull(table);
        Assert.Equal([3.0], table.Scores.ToArray());
    }

    [Theory]
    [InlineData("s1,t,mean,3,x,scored,1,0\ns1,t,mean,2,x,scored,1,0\n")]          // duplicate-row
    [InlineData("s1,t,mean,,x,scored,1,0\n")]                                       // a scored row without a score
    [InlineData("s1,t,mean,Infinity,x,scored,1,0\n")]                               // not finite
    [InlineData("s1,t,mean,3,x,insufficient_evidence,1,0\n")]                       // a score on an unscored row
    [InlineData("s1,t,mean,3,x,Scored,1,0\n")]                                      // bad-status
    [InlineData("s1,t,mean,3,x,scored,-1,0\n")]                                     // bad-count
    [InlineData(",t,mean,3,x,scored,1,0\n")]                                        // empty-id
    [InlineData("s1,t,mean,3,x,scored,1\n")]                                        // too few fields
    [InlineData("s1,t,mean,3,x,scored,1,0\n\n")]                                    // a blank line
    [InlineData("\"s1\",t,mean,3,x,scored,1,0\n")]                                  // a quote
    [InlineData("s1 ,t,mean,3,x,scored,1,0\n")]                                    // a space the row reader trims
    [InlineData("s1,t,mean,3,x, scored,1,0\n")]                                    // a space the row reader trims
    [InlineData("s1,t,mean,3,x,scored,1,0\t\n")]                                   // a tab
    [InlineData("é1,t,mean,3,x,scored,1,0\n")]                                      // not ASCII
    public void What_the_row_reader_must_judge_is_not_vouched_for(string rows) =>
        Assert.Null(ColumnarProficiencyCsv.TryRead(Utf8(Header + rows)));

    [Fact]
    public void A_header_that_does_not_match_is_not_vouched_for() =>
        Assert.Null(ColumnarProficiencyCsv.TryRead(Utf8("student_id,target_id,score\ns1,t,3\n")));

    [Fact]
    public void A_file_of_several_stretches_is_read_on_every_core_in_file_order()
    {
        // 17 MB of rows: two stretches of 8 MB or more, read by two readers whose ids are numbered as one.
        using var folder = new MathPlc.Tests.TemporaryFolder();
        var text = new StringBuilder(Header);
        int rows = 0;
        while (text.Length < 17 << 20)
        {
            int student = (int)(rows * 7919L % 40_000);
            text.Append("S").Append(student).Append(",T").Append(rows / 40_000).Append(",mean,").Append(rows % 9 / 2.0).Append(",x,scored,1,0\n");
            rows++;
        }
        string path = folder.Write("proficiency.csv", text.ToString());
        using var file = File.OpenRead(path);
        var table = ColumnarProficiencyCsv.TryRead(file);
        Assert.NotNull(table);
        Assert.Equal(rows, table.Count);
        Assert.Equal(40_000, table.Students.Length);
        for (int i = 0; i < rows; i += 997)
        {
            Assert.Equal(new StudentId($"S{i * 7919L % 40_000}"), table.Students.Span[table.StudentOf.Span[i]]);
            Assert.Equal(i % 9 / 2.0, table.Scores.Span[i]);
        }
    }

    [Fact]
    public void Guards()
    {
        Assert.Throws<ArgumentNullException>("stream", () => ColumnarProficiencyCsv.TryRead(null!));
        Assert.Throws<ArgumentException>("stream", () => ColumnarProficiencyCsv.TryRead(new UnseekableStream()));
    }

    private sealed class UnseekableStream : MemoryStream
    {
        public override bool CanSeek => false;
    }
}

/// <summary>The columnar probe and screening readers: plain files as the row readers read them; anything else null.</summary>
public sealed class ColumnarProbeAndScreeningCsvTests
{
    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact] // Probes grouped by student in the file's order (a student's probes need not be in date order: the decision sorts and says so).
    public void Probes_are_grouped_by_student_in_file_order()
    {
        var probes = ColumnarProbeCsv.TryRead(Utf8("student_id,measured_on,score\ns2,2026-09-14,7\ns1,2026-09-21,12.5\ns2,2026-09-07,5\ns1,2026-09-14,11.5\n"));
        Assert.NotNull(probes);
        Assert.Equal([new StudentId("s2"), new StudentId("s1")], probes.Students.ToArray());
        Assert.Equal([new Probe(new NodaTime.LocalDate(2026, 9, 14), 7), new Probe(new NodaTime.LocalDate(2026, 9, 7), 5)], probes.Of(0));
        Assert.Equal([new Probe(new NodaTime.LocalDate(2026, 9, 21), 12.5), new Probe(new NodaTime.LocalDate(2026, 9, 14), 11.5)], probes.Of(1));
    }

    [Theory]
    [InlineData("s1,2026-09-14,3\ns1,2026-09-14,4\n")]   // duplicate-date
    [InlineData("s1,2026-02-30,3\n")]                    // bad-date
    [InlineData("s1,2026-09-14,NaN\n")]                  // not-a-number
    [InlineData(" s1,2026-09-14,3\n")]                   // a space the row reader trims
    [InlineData(",2026-09-14,3\n")]                      // empty-id
    public void Probe_rows_the_row_reader_must_judge_are_not_vouched_for(string rows) =>
        Assert.Null(ColumnarProbeCsv.TryRead(Utf8("student_id,measured_on,score\n" + rows)));

    [Fact]
    public void Screening_results_are_read_in_file_order()
    {
        var results = ColumnarScreeningCsv.TryRead(Utf8("percentile,student_id\n45,s1\n9.5,s2\n"));
        Assert.Equal([new ScreeningScore(new StudentId("s1"), 45), new ScreeningScore(new StudentId("s2"), 9.5)], results!.Value.ToArray());
    }

    [Theory]
    [InlineData("s1,50\ns1,20\n")]   // duplicate-student, on consecutive lines
    [InlineData("s1,50\ns2,1\ns1,20\n")]
    [InlineData("s1,101\n")]         // bad-percentile
    [InlineData("s1,-0.5\n")]
    [InlineData("s1,x\n")]
    public void Screening_rows_the_row_reader_must_judge_are_not_vouched_for(string rows) =>
        Assert.Null(ColumnarScreeningCsv.TryRead(Utf8("student_id,percentile\n" + rows)));

    [Fact]
    public void Guards()
    {
        Assert.Throws<ArgumentNullException>("stream", () => ColumnarProbeCsv.TryRead(null!));
        Assert.Throws<ArgumentNullException>("stream", () => ColumnarScreeningCsv.TryRead(null!));
        StudentId[] one = [new("s1")];
        Probe[] probe = [new(new NodaTime.LocalDate(2026, 9, 7), 3)];
        Assert.Throws<ArgumentNullException>("students", () => new ProbesByStudent(null!, [0, 1], probe));
        Assert.Throws<ArgumentNullException>("starts", () => new ProbesByStudent(one, null!, probe));
        Assert.Throws<ArgumentNullException>("probes", () => new ProbesByStudent(one, [0, 1], null!));
        Assert.Throws<ArgumentException>("starts", () => new ProbesByStudent(one, [0, 2], probe));
        Assert.Throws<ArgumentException>("starts", () => new ProbesByStudent([new("s1"), new("s2")], [0, 2, 1], probe));
        Assert.Throws<ArgumentException>("students", () => new ProbesByStudent([default], [0, 1], probe));
        Assert.Throws<ArgumentOutOfRangeException>("student", () => new ProbesByStudent(one, [0, 1], probe).Of(1));
    }
}

/// <summary>The joined field of <see cref="CsvRowWriter"/>: the bytes of the whole text written at once, and its guards.</summary>
public sealed class CsvRowWriterJoinedTests
{
    private static string Joined(CsvFormulas formulas, string separator, params string[] texts)
    {
        using var bytes = new MemoryStream();
        using (var csv = new CsvRowWriter(bytes, formulas))
            csv.WriteJoined(texts.Select(CsvRowWriter.Piece.Of).ToArray(), separator);
        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    private static string Whole(CsvFormulas formulas, string text) => Encoding.UTF8.GetString(CsvRowWriter.Encode(text, formulas));

    [Theory]
    [InlineData("a: b", "c, d")]
    [InlineData("say \"hi\"", "x")]
    [InlineData(" lead", "trail ")]
    [InlineData("=SUM(A1)", "x")]
    [InlineData("-3", "x")]
    [InlineData("", "x")]
    [InlineData("é", "line\nbreak")]
    [InlineData("plain")]
    public void A_joined_field_is_the_whole_texts_field(params string[] texts)
    {
        foreach (var formulas in new[] { CsvFormulas.Neutralise, CsvFormulas.Raw })
            Assert.Equal(Whole(formulas, string.Join("; ", texts)), Joined(formulas, "; ", texts));
    }

    [Fact]
    public void Guards()
    {
        Assert.Throws<ArgumentNullException>("text", () => CsvRowWriter.Piece.Of(null!));
        using var csv = new CsvRowWriter(Stream.Null);
        Assert.Throws<ArgumentException>("separator", () => csv.WriteJoined([CsvRowWriter.Piece.Of("a")], ", "));
        Assert.Throws<ArgumentException>("separator", () => csv.WriteJoined([CsvRowWriter.Piece.Of("a")], "\""));
    }
}
