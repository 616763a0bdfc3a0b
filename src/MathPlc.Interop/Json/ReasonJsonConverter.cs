using System.Text.Json;
using MathPlc.Core;

namespace MathPlc.Interop.Json;

/// <summary>Reads and writes a <see cref="Reason"/>: <c>{"code":"below-cut","message":"…","data":{"cut":"3","score":"2.5"}}</c>.</summary>
/// <remarks><c>code</c> and <c>message</c> are required; <c>data</c> is optional (none) and always written, keys in ordinal order.</remarks>
internal sealed class ReasonJsonConverter : ObjectJsonConverter<Reason>
{
    /// <summary>The one instance, for converters of objects that hold reasons.</summary>
    public static ReasonJsonConverter Instance { get; } = new();

    private static readonly string[] Properties = ["code", "message", "data"];

    /// <inheritdoc/>
    public override Reason ReadAt(ref Utf8JsonReader reader, string path)
    {
        JsonRead.StartObject(ref reader, path);
        string? code = null, message = null;
        var data = new List<KeyValuePair<string, string>>();
        while (JsonRead.NextProperty(ref reader, path, Properties, out string property))
        {
            string at = JsonPath.Property(path, property);
            switch (property)
            {
                case "code": code = JsonRead.String(ref reader, at); break;
                case "message": message = JsonRead.String(ref reader, at); break;
                case "data":
                    JsonRead.StartObject(ref reader, at);
                    while (JsonRead.NextKey(ref reader, out string key))
                        data.Add(new(key, JsonRead.String(ref reader, JsonPath.Property(at, key))));
                    break;
            }
        }
        JsonRead.Required(path, ("code", code is not null), ("message", message is not null));
        return JsonRead.Construct(path, "invalid-reason", Properties, () => new Reason(code!, message!, data));
    }

    /// <inheritdoc/>
    public override void WriteValue(Utf8JsonWriter writer, Reason value)
    {
        writer.WriteStartObject();
        writer.WriteString("code", value.Code);
        writer.WriteString("message", value.Message);
        writer.WriteStartObject("data");
        foreach (var (key, text) in value.Data)
            writer.WriteString(key, text);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
