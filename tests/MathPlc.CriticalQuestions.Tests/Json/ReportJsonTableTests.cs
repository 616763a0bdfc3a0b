using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MathPlc.CriticalQuestions.Json;
using MathPlc.Tests;

namespace MathPlc.CriticalQuestions.Tests.Json;

/// <summary>
/// Decision 0200: report.json's rows per student and target are tables in pandas' "split" orientation, and the reader
/// checks their shape — the columns exactly the format's, one cell per column, each cell of its column's JSON type — with
/// the path, line and column of the first fault; a file of the earlier shape gets one error that says so.
/// </summary>
public sealed class ReportJsonTableTests
{
    private static readonly Lazy<string> Sample = new(() =>
    {
        using var stream = new MemoryStream();
        UnitCycleReportJson.Write(stream, UnitCycle.Run(SampleTeam.Default.Input));
        return Encoding.UTF8.GetString(stream.ToArray());
    });

    private static readonly string[] EvidenceColumns = ["studentId", "targetId", "status", "pointsEarned", "pointsPossible", "percent", "score", "reasons"];

    // The sample's report.json with the table howWillWeKnow.evidence (or another) edited, on a line of its own (line 2).
    private static string WithTable(Action<JsonObject> edit, string section = "howWillWeKnow", string name = "evidence")
    {
        using var doc = JsonDocument.Parse(Sample.Value);
        string table = doc.RootElement.GetProperty(section).GetProperty(name).GetRawText();
        var node = JsonNode.Parse(table)!.AsObject();
        edit(node);
        Assert.Equal(1, CountOf(Sample.Value, table));
        return Sample.Value.Replace(table, "\n" + node.ToJsonString(), StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part)
    {
        int n = 0;
        for (int at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal)) n++;
        return n;
    }

    private static DataDiagnostic Problem(string json) =>
        Assert.Single(Assert.Throws<DataFileException>(() => UnitCycleReportJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "report.json")).Diagnostics);

    private static JsonArray Columns(JsonObject table) => table["columns"]!.AsArray();

    private static JsonArray Row(JsonObject table, int i) => table["data"]!.AsArray()[i]!.AsArray();

    [Fact]
    public void The_three_tables_have_the_row_contracts_members_as_columns()
    {
        using var doc = JsonDocument.Parse(Sample.Value);
        string[] Of(string section, string name) => [.. doc.RootElement.GetProperty(section).GetProperty(name).GetProperty("columns").EnumerateArray().Select(c => c.GetString()!)];
        Assert.Equal(EvidenceColumns, Of("howWillWeKnow", "evidence"));
        Assert.Equal(["studentId", "targetId", "method", "status", "score", "unroundedScore", "level", "used", "excluded", "reasons", "description"],
            Of("howWillWeKnow", "proficiency"));
        Assert.Equal(["studentId", "targetId", "targetCode", "status", "score", "response", "groupId", "adultId", "startsOn", "reassessOn", "reason"],
            Of("howWillWeRespond", "responses"));
        Assert.Equal(1, CountOf(Sample.Value, "\"Beyond the target\"")); // a level's label is in texts, once
    }

    [Fact]
    public void A_wrong_column_name_is_named_with_its_path_and_line()
    {
        var problem = Problem(WithTable(t => Columns(t)[2] = "state"));
        Assert.Equal(("wrong-columns", "$.howWillWeKnow.evidence.columns[2]", "state", 2), (problem.Code, problem.Field, problem.Value, problem.Line));
        Assert.Contains("expected the column \"status\", found \"state\"", problem.Message, StringComparison.Ordinal);
        Assert.Contains(JsonProblems.QuotedList(EvidenceColumns), problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_column_is_the_first_wrong_name()
    {
        var problem = Problem(WithTable(t => Columns(t).RemoveAt(3)));
        Assert.Equal(("wrong-columns", "$.howWillWeKnow.evidence.columns[3]", "pointsPossible"), (problem.Code, problem.Field, problem.Value));
        Assert.Contains("expected the column \"pointsEarned\"", problem.Message, StringComparison.Ordinal);

        var last = Problem(WithTable(t => Columns(t).RemoveAt(7)));
        Assert.Equal(("wrong-columns", "$.howWillWeKnow.evidence.columns", 2), (last.Code, last.Field, last.Line));
        Assert.Contains("the column \"reasons\" is missing", last.Message, StringComparison.Ordinal);

        var extra = Problem(WithTable(t => Columns(t).Add("note")));
        Assert.Equal(("wrong-columns", "$.howWillWeKnow.evidence.columns[8]"), (extra.Code, extra.Field));
        Assert.Contains("\"note\" is not a column of this table", extra.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_row_and_a_long_row_are_refused()
    {
        var shortRow = Problem(WithTable(t => Row(t, 1).RemoveAt(7)));
        Assert.Equal(("wrong-row-length", "$.howWillWeKnow.evidence.data[1]", 2), (shortRow.Code, shortRow.Field, shortRow.Line));
        Assert.Contains("this row has 7 cells; the table has 8 columns", shortRow.Message, StringComparison.Ordinal);

        var longRow = Problem(WithTable(t => Row(t, 0).Add(null), "howWillWeRespond", "responses"));
        Assert.Equal(("wrong-row-length", "$.howWillWeRespond.responses.data[0]"), (longRow.Code, longRow.Field));
        Assert.Contains("this row has 12 cells; the table has 11 columns", longRow.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_of_the_wrong_type_is_wrong_type_with_line_and_column()
    {
        var problem = Problem(WithTable(t => Row(t, 0)[3] = "many"));
        Assert.Equal(("wrong-type", "$.howWillWeKnow.evidence.data[0][3]", "many", 2), (problem.Code, problem.Field, problem.Value, problem.Line));
        Assert.Equal("expected a number, found a string (\"many\").", problem.Message);
        Assert.True(problem.Column > 100, $"the cell stands after the columns, at column {problem.Column}");

        var nested = Problem(WithTable(t => Row(t, 0)[7]![0]!["text"] = "first", "howWillWeKnow", "evidence"));
        Assert.Equal(("wrong-type", "$.howWillWeKnow.evidence.data[0][7][0].text"), (nested.Code, nested.Field));

        var text = Problem(WithTable(t => Row(t, 2)[0] = 7, "howWillWeKnow", "proficiency"));
        Assert.Equal(("wrong-type", "$.howWillWeKnow.proficiency.data[2][0]", "expected a string, found a number (7)."), (text.Code, text.Field, text.Message));

        var row = Problem(WithTable(t => t["data"]!.AsArray()[1] = new JsonObject()));
        Assert.Equal(("wrong-type", "$.howWillWeKnow.evidence.data[1]"), (row.Code, row.Field));
        Assert.Contains("expected an array (a row), found an object", row.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_without_data_or_with_another_member_is_refused()
    {
        var missing = Problem(WithTable(t => t.Remove("data")));
        Assert.Equal(("missing-property", "$.howWillWeKnow.evidence"), (missing.Code, missing.Field));
        var unknown = Problem(WithTable(t => t["index"] = new JsonArray()));
        Assert.Equal(("unknown-property", "$.howWillWeKnow.evidence.index"), (unknown.Code, unknown.Field));
        var scalar = Problem(Sample.Value.Replace("\"evidence\":{\"columns\"", "\"evidence\":7,\"x\":{\"columns\"", StringComparison.Ordinal));
        Assert.Equal(("wrong-type", "$.howWillWeKnow.evidence", "expected an object, found a number (7)."), (scalar.Code, scalar.Field, scalar.Message));
    }

    [Fact]
    public void A_repeated_columns_member_is_refused_with_its_line()
    {
        var problem = Problem(Sample.Value.Replace("\"evidence\":{\"columns\":", "\"evidence\":{\"columns\":[],\n\"columns\":", StringComparison.Ordinal));
        Assert.Equal(("duplicate-property", 2), (problem.Code, problem.Line));
        Assert.Contains("columns", problem.Field, StringComparison.Ordinal);
    }

    [Fact] // a file of the shape before decision 0200 (each table an array of row objects): one error, not one per table
    public void An_old_shaped_file_gets_one_error_that_says_to_rerun_the_cycle()
    {
        static JsonArray Objects(JsonObject t) => new([.. t["data"]!.AsArray().Select(row =>
        {
            var o = new JsonObject();
            int k = 0;
            foreach (var cell in row!.AsArray()) o[(string)t["columns"]![k++]!] = cell?.DeepClone();
            return (JsonNode)o;
        })]);
        var root = JsonNode.Parse(Sample.Value)!;
        foreach (var (section, name) in new[] { ("howWillWeKnow", "evidence"), ("howWillWeKnow", "proficiency"), ("howWillWeRespond", "responses") })
            root[section]![name] = Objects(root[section]![name]!.AsObject());
        var problem = Problem(root.ToJsonString());
        Assert.Equal(("old-report-shape", "$.howWillWeKnow.evidence"), (problem.Code, problem.Field));
        Assert.Contains("written by an earlier MathPlc", problem.Message, StringComparison.Ordinal);
        Assert.Contains("mathplc cycle", problem.Message, StringComparison.Ordinal);
    }

    [Fact] // a table read back gives its rows as the row contracts (what RowTable enumerates)
    public void A_read_table_gives_its_rows_as_contracts()
    {
        using var doc = JsonDocument.Parse(Sample.Value);
        var table = new RowTable<ResponseRowContract>(doc.RootElement.GetProperty("howWillWeRespond").GetProperty("responses").Clone());
        var rows = table.ToList();
        var expected = ReportJsonRows.Rows(doc.RootElement, "howWillWeRespond", "responses");
        Assert.Equal(expected.Count, rows.Count);
        Assert.Equal(expected.Select(r => (string?)r["studentId"]), rows.Select(r => r!.StudentId));
        Assert.Equal(expected.Select(r => (double?)r["score"]), rows.Select(r => r!.Score));
        Assert.Equal(expected.Select(r => (string?)r["groupId"]), rows.Select(r => r!.GroupId));
        Assert.Equal(expected.Select(r => (string?)r["reason"]!["code"]), rows.Select(r => r!.Reason!.Code));
    }
}
