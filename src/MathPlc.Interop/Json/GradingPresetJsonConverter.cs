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
/// when the preset does not round, and read as none when absent or null. <c>defaultScale</c> (see
/// <see cref="ProficiencyScaleJsonConverter"/>), <c>settings</c> (the <see cref="MethodSettings"/> property names users may
/// change, e.g. <c>["Decay"]</c>) and <c>settingsHelp</c> are optional and left out when the preset has none.
/// </remarks>
internal sealed class GradingPresetJsonConverter : ObjectJsonConverter<GradingPreset>
{
    private static readonly string[] Properties = ["name", "method", "rounding", "source", "description", "defaultScale", "settings", "settingsHelp"];

    /// <inheritdoc/>
    public override GradingPreset ReadAt(ref Utf8JsonReader reader, string path)
    {
        JsonRead.StartObject(ref reader, path);
        string? name = null, source = null, description = null;
        CalculationMethod? method = null;
        ScoreRounding? rounding = null;
        MathPlc.Core.ProficiencyScale? defaultScale = null;
        ImmutableArray<string> settings = [];
        string? settingsHelp = null;
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
                case "defaultScale": defaultScale = reader.TokenType == JsonTokenType.Null ? null : ProficiencyScaleJsonConverter.Instance.ReadAt(ref reader, at); break;
                case "settings": settings = JsonRead.Array(ref reader, at, (ref Utf8JsonReader r, string p) => JsonRead.String(ref r, p)); break;
                case "settingsHelp": settingsHelp = JsonRead.OptionalString(ref reader, at); break;
            }
        }
        JsonRead.Required(path, ("name", name is not null), ("method", method is not null), ("source", source is not null),
            ("description", description is not null));
        return JsonRead.Construct(path, "invalid-preset", Properties, () => new GradingPreset(name!, method!, rounding, source!, description!)
        {
            DefaultScale = defaultScale, Settings = settings, SettingsHelp = settingsHelp,
        });
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
        if (value.DefaultScale is { } scale) ProficiencyScaleJsonConverter.Instance.WriteProperty(writer, "defaultScale", scale);
        if (!value.Settings.IsEmpty)
        {
            writer.WriteStartArray("settings");
            foreach (string setting in value.Settings) writer.WriteStringValue(setting);
            writer.WriteEndArray();
        }
        if (value.SettingsHelp is { } help) writer.WriteString("settingsHelp", help);
        writer.WriteEndObject();
    }
}
