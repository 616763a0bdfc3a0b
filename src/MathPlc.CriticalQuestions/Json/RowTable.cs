using System.Buffers;
using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace MathPlc.CriticalQuestions.Json;

/// <summary>
/// The JSON form of a row array per student and target (decision 0200): a table in pandas' "split" orientation without
/// index, <c>{"columns": ["studentId", …], "data": [["S001", …], …]}</c>. The columns are the row contract's members in
/// declaration order (its JSON names); a row is its members' values in that order, a null member an explicit
/// <c>null</c> cell, a nested value (reasons, evidence) in its own contract's shape.
/// </summary>
/// <remarks>
/// Written from the row contracts through the context's own metadata, so the contract stays the one description of a
/// row (<see cref="ReportContractWriter"/> writes the same bytes by hand; a test compares them). Read as the table's
/// JSON (<see cref="RowTable{TRow}"/>), which <see cref="RowTableCheck"/> checks against the same columns.
/// </remarks>
internal sealed class RowTableJsonConverter<TRow> : JsonConverter<IEnumerable<TRow?>> where TRow : class
{
    /// <inheritdoc/>
    public override IEnumerable<TRow?> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new RowTable<TRow>(JsonElement.ParseValue(ref reader));

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, IEnumerable<TRow?> value, JsonSerializerOptions options)
    {
        var columns = RowColumns.Of(options.GetTypeInfo(typeof(TRow)));
        writer.WriteStartObject();
        writer.WriteStartArray(RowColumns.ColumnsName);
        foreach (var column in columns) writer.WriteStringValue(column.Name);
        writer.WriteEndArray();
        writer.WriteStartArray(RowColumns.DataName);
        foreach (var row in value)
        {
            if (row is null)
            {
                writer.WriteNullValue();
                continue;
            }
            writer.WriteStartArray();
            foreach (var column in columns)
            {
                if (column.Get!(row) is { } cell) JsonSerializer.Serialize(writer, cell, options.GetTypeInfo(column.PropertyType));
                else writer.WriteNullValue();
            }
            writer.WriteEndArray();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}

/// <summary>The columns of a row contract: its serialized members in declaration order, without its extension data.</summary>
internal static class RowColumns
{
    /// <summary>The table's member that names the columns.</summary>
    public const string ColumnsName = "columns";

    /// <summary>The table's member that holds the rows.</summary>
    public const string DataName = "data";

    public static JsonPropertyInfo[] Of(JsonTypeInfo row) => [.. row.Properties.Where(p => !p.IsExtensionData)];
}

/// <summary>A row table as read from a file: the table's JSON, checked by <see cref="RowTableCheck"/>, its rows as contracts on demand.</summary>
/// <param name="Json">The value the file holds where the table goes (an object when the file is well-shaped).</param>
internal sealed record RowTable<TRow>(JsonElement Json) : IEnumerable<TRow?> where TRow : class
{
    /// <summary>Each row as its contract (a row object with the columns as its members); only for a table <see cref="RowTableCheck"/> found well-shaped.</summary>
    public IEnumerator<TRow?> GetEnumerator()
    {
        var info = (JsonTypeInfo<TRow>)CriticalQuestionsJsonContext.Default.GetTypeInfo(typeof(TRow))!;
        string[] columns = [.. Json.GetProperty(RowColumns.ColumnsName).EnumerateArray().Select(c => c.GetString()!)];
        foreach (var row in Json.GetProperty(RowColumns.DataName).EnumerateArray())
        {
            if (row.ValueKind == JsonValueKind.Null)
            {
                yield return null;
                continue;
            }
            var buffer = new ArrayBufferWriter<byte>();
            using (var w = new Utf8JsonWriter(buffer))
            {
                w.WriteStartObject();
                int k = 0;
                foreach (var cell in row.EnumerateArray())
                {
                    w.WritePropertyName(columns[k++]);
                    cell.WriteTo(w);
                }
                w.WriteEndObject();
            }
            yield return JsonSerializer.Deserialize(buffer.WrittenSpan, info);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
