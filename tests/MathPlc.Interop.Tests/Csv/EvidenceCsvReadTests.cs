using MathPlc.Core;
using MathPlc.Interop;
using MathPlc.Interop.Csv;
using NodaTime;

namespace MathPlc.Tests.Csv;

public class EvidenceCsvReadTests
{
    private static readonly StudentId Ana = new("S-1001");
    private static readonly StudentId Ben = new("S-1002");
    private static readonly TargetId Ratios = new("6.RP.A.3");
    private static readonly TargetId UnitRate = new("6.RP.A.2");

    [Fact] // A grade-6 team's export after a unit 1 common formative assessment and a reassessment.
    public void A_realistic_file_reads_to_exact_values()
    {
        var result = CsvText.Read("""
            student_id,target_id,assessed_on,score,sequence,kind,weight,source
            S-1001,6.RP.A.3,2026-09-14,3,0,summative,1,Unit 1 CFA item 4
            S-1001,6.RP.A.3,2026-09-14,3.5,1,formative,0.5,Exit ticket
            S-1002,6.RP.A.2,2026-09-15,2.25,,,,
            S-1002,6.RP.A.3,2026-10-02,-0.5,2,Behavior,1e1,reassessment

            """);

        Assert.False(result.HasErrors);
        Assert.Equal<Evidence>(
            [
                new Evidence(Ana, Ratios, new LocalDate(2026, 9, 14), 3, 0, EvidenceKind.Summative, 1, "Unit 1 CFA item 4"),
                new Evidence(Ana, Ratios, new LocalDate(2026, 9, 14), 3.5, 1, EvidenceKind.Formative, 0.5, "Exit ticket"),
                new Evidence(Ben, UnitRate, new LocalDate(2026, 9, 15), 2.25),
                new Evidence(Ben, Ratios, new LocalDate(2026, 10, 2), -0.5, 2, EvidenceKind.Behaviour, 10, "reassessment"),
            ],
            result.GetValueOrThrow());
        Assert.Equal([2, 3, 4, 5], result.Rows.Select(r => r.Line));
    }

    [Fact]
    public void Columns_in_another_order_with_unknown_columns_and_a_byte_order_mark_are_found_by_name()
    {
        var result = CsvText.Read(
            " Score ,Teacher,ASSESSED_ON,Target_Id,notes,STUDENT_ID\n4,T-7,2026-09-14,6.RP.A.3,\"late, retaken\",S-1001\n",
            byteOrderMark: true);

        var evidence = Assert.Single(result.GetValueOrThrow());
        Assert.Equal(new Evidence(Ana, Ratios, new LocalDate(2026, 9, 14), 4), evidence);
    }

    [Fact]
    public void Quoted_fields_hold_commas_doubled_quotes_and_line_breaks()
    {
        var result = CsvText.Read(
            "student_id,target_id,assessed_on,score,source\n" +
            "\"Smith, Ana\",\"6.RP.A.3 \"\"ratios\"\"\",2026-09-14,\"3\",\"Unit 1\nitem 4, part b\"\n" +
            "S-1002,6.RP.A.2,2026-09-15,2,\n");

        Assert.Equal<Evidence>(
            [
                new Evidence(new StudentId("Smith, Ana"), new TargetId("6.RP.A.3 \"ratios\""), new LocalDate(2026, 9, 14), 3, source: "Unit 1\nitem 4, part b"),
                new Evidence(Ben, UnitRate, new LocalDate(2026, 9, 15), 2),
            ],
            result.GetValueOrThrow());
        Assert.Equal([2, 4], result.Rows.Select(r => r.Line)); // the quoted line break moves the next row to line 4
    }

    [Fact]
    public void Crlf_line_ends_read_like_lf_and_a_missing_final_line_end_is_fine()
    {
        var crlf = CsvText.Read("student_id,target_id,assessed_on,score\r\nS-1001,6.RP.A.3,2026-09-14,3\r\nS-1002,6.RP.A.2,2026-09-15,2");
        var lf = CsvText.Read("student_id,target_id,assessed_on,score\nS-1001,6.RP.A.3,2026-09-14,3\nS-1002,6.RP.A.2,2026-09-15,2\n");

        Assert.Equal(2, crlf.GetValueOrThrow().Length);
        Assert.Equal(lf, crlf);
    }

    [Fact]
    public void Spaces_and_tabs_around_values_are_trimmed()
    {
        var result = CsvText.Read("student_id,target_id,assessed_on,score,weight\n S-1001 ,\t6.RP.A.3, 2026-09-14 , 3 , 2 \n");

        Assert.Equal(new Evidence(Ana, Ratios, new LocalDate(2026, 9, 14), 3, weight: 2), Assert.Single(result.GetValueOrThrow()));
    }

    [Fact]
    public void Long_and_repeated_ids_read_in_full()
    {
        string longId = "S-" + new string('x', 300) + "é";
        var result = CsvText.Read($"student_id,target_id,assessed_on,score\n{longId},6.RP.A.3,2026-09-14,3\n{longId},6.RP.A.3,2026-09-15,4\nS-1001,6.RP.A.3,2026-09-15,4\n");

        Assert.Equal([longId, longId, "S-1001"], result.GetValueOrThrow().Select(e => e.StudentId.Value));
    }

    [Fact]
    public void A_header_without_rows_is_an_empty_set_of_evidence()
    {
        var result = CsvText.Read("student_id,target_id,assessed_on,score\n");

        Assert.False(result.HasErrors);
        Assert.Empty(result.Rows);
    }

    [Fact]
    public void Blank_lines_after_the_last_row_are_ignored()
    {
        var result = CsvText.Read("student_id,target_id,assessed_on,score\nS-1001,6.RP.A.3,2026-09-14,3\n\n\r\n  \n");

        Assert.Single(result.GetValueOrThrow());
        Assert.Single(result.Rows);
    }

    [Fact]
    public void A_white_space_source_is_no_source()
    {
        var result = CsvText.Read("student_id,target_id,assessed_on,score,source\nS-1001,6.RP.A.3,2026-09-14,3,\" \u00A0 \"\n");

        Assert.Null(Assert.Single(result.GetValueOrThrow()).Source);
    }

    [Fact]
    public void ValuesOrThrow_throws_with_every_diagnostic()
    {
        var result = CsvText.Read("student_id,target_id,assessed_on,score\n,6.RP.A.3,2026-09-14,3\nS-1001,6.RP.A.3,2026-13-01,x\n");

        var error = Assert.Throws<DataFileException>(() => result.GetValueOrThrow());
        Assert.Equal<DataDiagnostic>(result.Problems, error.Diagnostics);
        Assert.Equal(3, error.Diagnostics.Length);
        Assert.StartsWith("evidence.csv:2:1: empty-id: student_id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_names_the_file_as_given_in_diagnostics()
    {
        using var folder = new TemporaryFolder();
        string path = folder.PathOf("evidence.csv");
        File.WriteAllText(path, "student_id,target_id,assessed_on,score\nS-1001,6.RP.A.3,2026-09-14,three\n");

        Assert.Equal(path, Assert.Single(EvidenceCsv.ReadFile(path).Problems).File);
    }

    [Fact]
    public void ReadFile_of_a_missing_file_throws_FileNotFoundException() =>
        Assert.Throws<FileNotFoundException>(() => EvidenceCsv.ReadFile(Path.Combine(Path.GetTempPath(), $"mathplc-{Guid.NewGuid():N}.csv")));

    [Fact]
    public void Read_refuses_a_null_stream_or_file_name()
    {
        Assert.Throws<ArgumentNullException>("stream", () => EvidenceCsv.Read(null!, "x.csv"));
        Assert.Throws<ArgumentNullException>("fileName", () => EvidenceCsv.Read(new MemoryStream(), null!));
    }
}
