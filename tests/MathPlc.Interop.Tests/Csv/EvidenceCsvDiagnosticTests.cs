using MathPlc.Interop;
using MathPlc.Interop.Csv;

namespace MathPlc.Tests.Csv;

/// <summary>One test per problem a reader reports: its code, and where (line, column, header) and what (value) it is.</summary>
public class EvidenceCsvDiagnosticTests
{
    private const string Header = "student_id,target_id,assessed_on,score,sequence,kind,weight\n";
    private const string GoodRow = "S-1001,6.RP.A.3,2026-09-14,3,0,summative,1\n";

    private static void AssertDiagnostic(DataDiagnostic diagnostic, string code, int? line, int? column, string? field, string? value)
    {
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(CsvText.FileName, diagnostic.File);
        Assert.Equal(line, diagnostic.Line);
        Assert.Equal(column, diagnostic.Column);
        Assert.Equal(field, diagnostic.Field);
        Assert.Equal(value, diagnostic.Value);
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message));
    }

    private static void AssertOnlyProblem(string row, string code, int column, string field, string value)
    {
        var result = CsvText.Read(Header + GoodRow + row + GoodRow);
        Assert.Equal(2, result.Value.Length);
        var bad = Assert.Single(result.Rows, r => !r.IsValid);
        Assert.Equal(3, bad.Line);
        AssertDiagnostic(Assert.Single(bad.Diagnostics), code, 3, column, field, value);
    }

    [Fact]
    public void A_date_not_written_yyyy_MM_dd_is_a_bad_date() =>
        AssertOnlyProblem("S-1001,6.RP.A.3,14/09/2026,3,0,summative,1\n", "bad-date", 3, "assessed_on", "14/09/2026");

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("2026-13-01")]
    [InlineData("2026-04-31")]
    [InlineData("2026-00-10")]
    [InlineData("2026-01-00")]
    [InlineData("2025-02-29")]
    public void An_impossible_date_is_a_bad_date(string date) =>
        AssertOnlyProblem($"S-1001,6.RP.A.3,{date},3,0,summative,1\n", "bad-date", 3, "assessed_on", date);

    [Fact]
    public void A_leap_day_in_a_leap_year_is_a_date() =>
        Assert.False(CsvText.Read(Header + "S-1001,6.RP.A.3,2028-02-29,3,0,summative,1\n").HasErrors);

    [Fact]
    public void An_empty_date_is_a_bad_date() =>
        AssertOnlyProblem("S-1001,6.RP.A.3,,3,0,summative,1\n", "bad-date", 3, "assessed_on", "");

    [Theory]
    [InlineData("three")]
    [InlineData("3,5")] // a decimal comma, quoted
    [InlineData("")]
    [InlineData("3 points")]
    public void A_score_that_is_not_a_number_is_reported(string score) =>
        AssertOnlyProblem($"S-1001,6.RP.A.3,2026-09-14,\"{score}\",0,summative,1\n", "not-a-number", 4, "score", score);

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("1e400")]
    public void A_score_that_is_not_finite_is_reported(string score) =>
        AssertOnlyProblem($"S-1001,6.RP.A.3,2026-09-14,{score},0,summative,1\n", "not-a-number", 4, "score", score);

    [Fact]
    public void An_empty_student_id_is_reported() =>
        AssertOnlyProblem(",6.RP.A.3,2026-09-14,3,0,summative,1\n", "empty-id", 1, "student_id", "");

    [Fact]
    public void A_white_space_target_id_is_reported() =>
        AssertOnlyProblem("S-1001,\" \",2026-09-14,3,0,summative,1\n", "empty-id", 2, "target_id", " ");

    [Theory]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("first")]
    public void A_sequence_that_is_not_a_whole_number_of_zero_or_more_is_reported(string sequence) =>
        AssertOnlyProblem($"S-1001,6.RP.A.3,2026-09-14,3,{sequence},summative,1\n", "bad-sequence", 5, "sequence", sequence);

    [Theory]
    [InlineData("quiz")]
    [InlineData("summative ish")]
    public void An_unknown_kind_is_reported(string kind) =>
        AssertOnlyProblem($"S-1001,6.RP.A.3,2026-09-14,3,0,{kind},1\n", "bad-kind", 6, "kind", kind);

    [Theory]
    [InlineData("-0.5")]
    [InlineData("heavy")]
    [InlineData("NaN")]
    public void A_weight_that_is_not_a_number_of_zero_or_more_is_reported(string weight) =>
        AssertOnlyProblem($"S-1001,6.RP.A.3,2026-09-14,3,0,summative,{weight}\n", "bad-weight", 7, "weight", weight);

    [Fact]
    public void A_row_reports_every_bad_field()
    {
        var result = CsvText.Read(Header + ",6.RP.A.3,2026-02-30,x,-1,quiz,-2\n");

        var row = Assert.Single(result.Rows);
        Assert.Equal(["empty-id", "bad-date", "not-a-number", "bad-sequence", "bad-kind", "bad-weight"], row.Diagnostics.Select(d => d.Code));
        Assert.Equal([1, 3, 4, 5, 6, 7], row.Diagnostics.Select(d => d.Column!.Value));
    }

    [Fact]
    public void A_row_with_too_few_fields_names_the_first_missing_column() =>
        AssertOnlyProblem("S-1001,6.RP.A.3,2026-09-14,3,0\n", "wrong-field-count", 6, "kind", null!);

    [Fact]
    public void A_row_with_too_many_fields_shows_the_first_extra_value()
    {
        var result = CsvText.Read(Header + "S-1001,6.RP.A.3,2026-09-14,3,5,0,summative,1\n");

        AssertDiagnostic(Assert.Single(result.Problems), "wrong-field-count", 2, 8, null, "1");
    }

    [Fact]
    public void A_quote_in_the_middle_of_a_value_is_bad_quoting()
    {
        var result = CsvText.Read(Header + "S-1001,6.RP.A.3,2026-09-14,3,0,summative,1\nS-10\"02,6.RP.A.3,2026-09-14,3,0,summative,1\n");

        Assert.Single(result.Value);
        AssertDiagnostic(Assert.Single(result.Problems), "bad-quoting", 3, 1, "student_id", "S-10\"02");
    }

    [Fact]
    public void Bad_quoting_far_into_a_large_file_is_reported_on_its_own_row()
    {
        const int before = 20_000; // well past the reader's 64 KiB buffer
        var text = new System.Text.StringBuilder(Header);
        for (int i = 0; i < before; i++) text.Append(GoodRow);
        text.Append("S-1001,6.RP.A.3,2026-09-14,3,0,summ\"ative,1\n");
        for (int i = 0; i < 10; i++) text.Append(GoodRow);

        var result = CsvText.Read(text.ToString());

        Assert.Equal(before + 10, result.Value.Length);
        var diagnostics = result.Problems;
        Assert.Equal(["bad-quoting", "bad-kind"], diagnostics.Select(d => d.Code));
        Assert.All(diagnostics, d => Assert.Equal(before + 2, d.Line));
        Assert.Equal((6, "kind", "summ\"ative"), (diagnostics[0].Column!.Value, diagnostics[0].Field, diagnostics[0].Value));
    }

    [Fact]
    public void A_quote_that_is_never_closed_is_bad_quoting_and_the_wrong_field_count()
    {
        var result = CsvText.Read(Header + GoodRow + "S-1002,\"6.RP.A.3,2026-09-14,3,0,summative,1\nS-1003,6.RP.A.3,2026-09-14,3,0,summative,1\n");

        Assert.Single(result.Value);
        var bad = Assert.Single(result.Rows, r => !r.IsValid);
        Assert.Equal(["bad-quoting", "wrong-field-count"], bad.Diagnostics.Select(d => d.Code));
        AssertDiagnostic(bad.Diagnostics[0], "bad-quoting", 3, 2, "target_id", "\"6.RP.A.3,2026-09-14,3,0,summative,1…");
    }

    [Fact]
    public void Bad_quoting_in_the_header_is_a_file_problem()
    {
        var result = CsvText.Read("student_id,target_id,assessed_on,sc\"ore\nS-1001,6.RP.A.3,2026-09-14,3\n");

        Assert.Empty(result.Rows);
        Assert.Equal(["bad-quoting", "missing-column"], result.FileDiagnostics.Select(d => d.Code));
        AssertDiagnostic(result.FileDiagnostics[0], "bad-quoting", 1, null, null, null);
    }

    [Fact]
    public void A_blank_line_between_rows_is_reported()
    {
        var result = CsvText.Read(Header + GoodRow + "\n" + GoodRow);

        Assert.Equal(2, result.Value.Length);
        Assert.Equal([2, 3, 4], result.Rows.Select(r => r.Line));
        AssertDiagnostic(Assert.Single(result.Problems), "blank-line", 3, null, null, null);
    }

    [Fact]
    public void A_line_of_only_spaces_between_rows_is_a_blank_line() =>
        Assert.Equal("blank-line", Assert.Single(CsvText.Read(Header + GoodRow + "   \t\r\n" + GoodRow).Problems).Code);

    [Fact]
    public void A_known_column_named_twice_is_a_duplicate_header_and_no_row_is_read()
    {
        var result = CsvText.Read("student_id,target_id,assessed_on,score, Score \n" + "S-1001,6.RP.A.3,2026-09-14,3,4\n");

        Assert.Empty(result.Rows);
        AssertDiagnostic(Assert.Single(result.FileDiagnostics), "duplicate-header", 1, 5, "score", "Score");
    }

    [Fact]
    public void An_unknown_column_named_twice_is_ignored() =>
        Assert.False(CsvText.Read("student_id,note,target_id,assessed_on,score,note\nS-1001,a,6.RP.A.3,2026-09-14,3,b\n").HasErrors);

    [Fact]
    public void A_missing_column_is_named_with_the_header_found()
    {
        var diagnostic = CsvText.OnlyDiagnostic("student_id,target_id,date,score\nS-1001,6.RP.A.3,2026-09-14,3\n");

        AssertDiagnostic(diagnostic, "missing-column", 1, null, "assessed_on", null);
        Assert.Contains("student_id, target_id, date, score", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_missing_column_is_named()
    {
        var result = CsvText.Read("student,target_id,when\nS-1001,6.RP.A.3,2026-09-14\n");

        Assert.Empty(result.Rows);
        Assert.Equal(["student_id", "assessed_on", "score"], result.FileDiagnostics.Select(d => d.Field));
        Assert.All(result.FileDiagnostics, d => AssertDiagnostic(d, "missing-column", 1, null, d.Field, null));
    }

    [Theory]
    [InlineData("", false)]
    [InlineData("", true)] // only a byte order mark
    public void An_empty_file_is_reported(string text, bool byteOrderMark)
    {
        var result = CsvText.Read(text, byteOrderMark);

        Assert.Empty(result.Rows);
        AssertDiagnostic(Assert.Single(result.FileDiagnostics), "empty-file", null, null, null, null);
    }

    [Fact]
    public void A_blank_first_line_is_no_header() =>
        AssertDiagnostic(CsvText.OnlyDiagnostic("\nstudent_id,target_id,assessed_on,score\nS-1001,6.RP.A.3,2026-09-14,3\n"),
            "no-header", 1, null, null, null);

    [Fact]
    public void A_quoted_field_over_several_lines_puts_the_next_problem_on_its_physical_line()
    {
        var result = CsvText.Read("student_id,target_id,assessed_on,score,source\nS-1001,6.RP.A.3,2026-09-14,3,\"a\nb\nc\"\nS-1001,6.RP.A.3,2026-09-14,x,\n");

        AssertDiagnostic(Assert.Single(result.Problems), "not-a-number", 5, 4, "score", "x");
    }
}
