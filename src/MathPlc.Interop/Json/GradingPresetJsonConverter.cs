using System.Text.Json;
using MathPlc.Grading;

namespace MathPlc.Interop.Json;

/// <summary>
/// Reads and writes a <see cref="GradingPreset"/>, a named system setting:
/// <c>{"name":"canvas-decaying-average","method":{"name":"decaying-average","decay":0.65},"rounding":{"digits":2,"mode":"ruby"},
/// "source":"Canvas LMS, app/models/rollup_score.rb","description":"…"}</c>.
/// </summary>
/// <remarks>
/// <c>name</c>, <c>method</c> (see <see cref="CalculationMethodJsonConverter"/>), <c>source</c> and
/// <c>description</c> are required; <c>rounding</c> (see <see cref="ScoreRoundingJsonConverter"/>) is left out
/// when the preset does not round, and read as none when absent or null.
/// </remarks>
internal sealed class GradingPresetJsonConverter : ObjectJsonConverter<GradingPreset>
{
    private static readonly string[] Properties = ["name", "method", "rounding", "source", "description"];

    /// <inheritdoc/>
    public override GradingPreset ReadAt(ref Utf8JsonReader reader, string path)
    {
        JsonRead.StartObject(ref reader, path);
        string? name = null, source = null, description = null;
        CalculationMethod? method = null;
        ScoreRounding? rounding = null;
        while (JsonRead.NextProperty(ref reader, path, Properties, out string property))
        {
            string at = JsonPath.Property(path, property);
            switch (property)
            {
                case "name": name = JsonRead.String(ref reader, at); break;
                case "method": method = CalculationMethodJsonConverter.Instance.ReadAt(ref reader, at); break;
                case "rounding": rounding = reader.TokenType == JsonTokenType.Null ? null : ScoreRoundingJsonConverter.Instance.ReadAt(ref reader, at); break;
                case "source": source = JsonRead.String(ref reader, at); break;
                case "description": description = JsonRead.String(ref reader, at); break;
            }
        }
        JsonRead.Required(path, ("name", name is not null), ("method", method is not null), ("source", source is not null),
            ("description", description is not null));
        return JsonRead.Construct(path, "invalid-preset", Properties, () => new GradingPreset(name!, method!, rounding, source!, description!));
    }

    /// <inheritdoc/>
    public override void WriteValue(Utf8JsonWriter writer, GradingPreset value)
    {
        writer.WriteStartObject();
        writer.WriteString("name", value.Name);
        writer.WritePropertyName("method");
        CalculationMethodJsonConverter.Instance.WriteValue(writer, value.Method);
        if (value.Rounding is { } rounding)
        {
            writer.WritePropertyName("rounding");
            ScoreRoundingJsonConverter.Instance.WriteValue(writer, rounding);
        }
        writer.WriteString("source", value.Source);
        writer.WriteString("description", value.Description);
        writer.WriteEndObject();
    }
}
