using System.Text;
using System.Text.Json;
using MathPlc.Interop;
using MathPlc.Interop.Csv;
using MathPlc.Interop.Json;

namespace MathPlc.Tests.Files;

/// <summary>Issue 14: one gate for every text input — strict UTF-8 (or UTF-16 with a BOM), no NUL, no property twice.</summary>
public class TextInputTests
{
    private const string Header = "student_id,target_id,assessed_on,score\n";

    private static CsvReadResult<MathPlc.Core.Evidence> ReadCsv(byte[] bytes) => EvidenceCsv.Read(new MemoryStream(bytes), "e.csv");

    [Fact] // Was: U+FFFD in the student id and exit 0.
    public void Invalid_utf8_in_a_csv_is_a_diagnostic_with_line_and_column_not_a_replacement_character()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes(Header + "S-1,t,2026-09-14,3\nJos"), 0xE9, .. Encoding.UTF8.GetBytes(",t,2026-09-14,3\n")];
        var result = ReadCsv(bytes);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((TextInput.BadEncodingCode, 3, 4, "0xE9"), (problem.Code, problem.Line, problem.Column, problem.Value));
        Assert.Empty(result.Value);
    }

    [Fact]
    public void A_nul_byte_is_a_diagnostic_with_its_place() =>
        Assert.Equal((TextInput.NulByteCode, 2, 3), Assert.Single(ReadCsv([.. Encoding.UTF8.GetBytes(Header + "S-"), 0, .. Encoding.UTF8.GetBytes("1,t,2026-09-14,3\n")]).Problems) is var d ? (d.Code, d.Line, d.Column) : default);

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void Utf16_with_a_byte_order_mark_reads_as_the_same_values(string encoding)
    {
        string text = Header + "Jos\u00E9,t,2026-09-14,3\n";
        var utf16 = Encoding.GetEncoding(encoding);
        Assert.True(ReadCsv(Encoding.UTF8.GetBytes(text)).Value.SequenceEqual(ReadCsv([.. utf16.GetPreamble(), .. utf16.GetBytes(text)]).Value));
        Assert.Equal("José", ReadCsv([.. utf16.GetPreamble(), .. utf16.GetBytes(text)]).Value[0].StudentId.Value);
    }

    [Fact]
    public void A_lone_surrogate_in_utf16_is_bad_encoding() =>
        Assert.Equal(TextInput.BadEncodingCode, Assert.Single(ReadCsv([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Header), 0x00, 0xD8, .. Encoding.Unicode.GetBytes(",t,2026-09-14,3\n")]).Problems).Code);

    [Fact] // Was: the last value kept silently.
    public void A_json_property_given_twice_is_bad_data_at_its_second_place()
    {
        string json = "{\n  \"firstDay\": \"2026-08-31\",\n  \"lastDay\": \"2026-10-02\",\n  \"firstDay\": \"2026-09-01\"\n}";
        var error = Assert.Throws<DataFileException>(() => CalendarJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "cal.json"));
        var d = Assert.Single(error.Diagnostics);
        Assert.Equal((JsonInput.DuplicatePropertyCode, 4, 3, "$.firstDay"), (d.Code, d.Line, d.Column, d.Field));
        Assert.Contains("first on line 2", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_property_twice_in_a_nested_object_is_found_with_its_path() =>
        Assert.Equal("$.nonInstructional[1].name", Assert.Single(Assert.Throws<DataFileException>(() => CalendarJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(
            """{ "firstDay": "2026-08-31", "lastDay": "2026-10-02", "nonInstructional": [ { "name": "a", "date": "2026-09-07" }, { "name": "b", "name": "c", "date": "2026-09-08" } ] }""")), "c.json")).Diagnostics).Field);

    [Fact] // Was: an InvalidOperationException (exit 1) from Utf8JsonReader.GetString.
    public void Invalid_utf8_and_lone_surrogate_escapes_in_json_are_bad_data()
    {
        byte[] invalid = [.. Encoding.UTF8.GetBytes("{ \"firstDay\": \"2026"), 0xC0, 0xAF, .. Encoding.UTF8.GetBytes("\" }")];
        Assert.Equal(TextInput.BadEncodingCode, Assert.Single(Assert.Throws<DataFileException>(() => CalendarJson.Read(new MemoryStream(invalid), "c.json")).Diagnostics).Code);
        byte[] surrogate = Encoding.UTF8.GetBytes("{ \"firstDay\": \"\\ud800\", \"lastDay\": \"2026-10-02\" }");
        Assert.Equal(TextInput.BadEncodingCode, Assert.Single(Assert.Throws<DataFileException>(() => CalendarJson.Read(new MemoryStream(surrogate), "c.json")).Diagnostics).Code);
    }

    [Fact]
    public void MathPlcJson_refuses_a_property_given_twice_too() =>
        Assert.Contains("given twice", Assert.Throws<JsonException>(() => MathPlcJson.Deserialize<MathPlc.Core.Evidence>(
            """{ "studentId": "a", "studentId": "b", "targetId": "t", "assessedOn": "2026-09-14", "score": 3 }""")).Message, StringComparison.Ordinal);

    [Fact] // Issue 14: a 1 MB value was echoed whole; messages quote at most 80 characters.
    public void A_diagnostic_quotes_at_most_80_characters_and_no_parameter_name()
    {
        var d = new DataDiagnostic("bad", "x must be positive (Parameter 'x')", "f.csv", 2, 1, "id", new string('v', 1_000_000) + "\u001b");
        string text = d.ToString();
        Assert.Contains("\"" + new string('v', 80) + "…\"", text, StringComparison.Ordinal);
        Assert.True(text.Length < 200);
        Assert.DoesNotContain("(Parameter", text, StringComparison.Ordinal);
        Assert.Equal("\"a\\u001Bb\"", DiagnosticText.Quote("a\u001bb"));
    }
}
