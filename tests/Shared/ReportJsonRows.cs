using System.Text.Json;
using System.Text.Json.Nodes;

namespace MathPlc.Tests;

/// <summary>
/// The rows per student and target of a <c>report.json</c> as a reader without MathPlc gets them (decision 0200): each
/// table <c>{"columns", "data"}</c> as one object per row (column → cell), and every text index resolved through the
/// file's <c>texts</c> (a reason's <c>text</c>, an evidence <c>source</c>, a result's <c>description</c> and <c>level</c>).
/// </summary>
public static class ReportJsonRows
{
    /// <summary>The members holding a text index in a row or in its nested values.</summary>
    private static readonly string[] TextMembers = ["text", "source", "description", "level"];

    /// <summary>The file's <c>texts</c>.</summary>
    public static string[] Texts(JsonElement report) => [.. report.GetProperty("texts").EnumerateArray().Select(t => t.GetString()!)];

    /// <summary>The table at <c>report.section.name</c>, one object per row, its texts resolved.</summary>
    public static List<JsonObject> Rows(JsonElement report, string section, string name)
    {
        var texts = Texts(report);
        var table = report.GetProperty(section).GetProperty(name);
        string[] columns = [.. table.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!)];
        var rows = new List<JsonObject>();
        foreach (var data in table.GetProperty("data").EnumerateArray())
        {
            Assert.Equal(columns.Length, data.GetArrayLength());
            var row = new JsonObject();
            int k = 0;
            foreach (var cell in data.EnumerateArray()) row[columns[k++]] = JsonNode.Parse(cell.GetRawText());
            rows.Add(Resolved(row, texts));
        }
        return rows;
    }

    /// <summary>Replaces every text index in <paramref name="node"/> (see <see cref="TextMembers"/>) by its text; a member holding a string already is kept.</summary>
    public static T Resolved<T>(T node, string[] texts) where T : JsonNode
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, value) in o.ToList())
                {
                    if (TextMembers.Contains(name) && value is JsonValue v && v.GetValueKind() == JsonValueKind.Number)
                        o[name] = texts[v.GetValue<int>()];
                    else if (value is not null) Resolved(value, texts);
                }
                break;
            case JsonArray a:
                foreach (var item in a)
                    if (item is not null) Resolved(item, texts);
                break;
        }
        return node;
    }
}
