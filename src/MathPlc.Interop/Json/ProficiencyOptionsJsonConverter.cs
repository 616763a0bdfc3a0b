using System.Text.Json;
using MathPlc.Core;
using MathPlc.Grading;

namespace MathPlc.Interop.Json;

/// <summary>
/// Reads and writes <see cref="ProficiencyOptions"/>:
/// <c>{"method":{"name":"decaying-average","decay":0.65},"scale":{…},"rounding":{"digits":2,"mode":"ruby"},"policy":{…},"levelRule":"floor","name":"canvas"}</c>.
/// </summary>
/// <remarks>
/// <c>method</c> (see <see cref="CalculationMethodJsonConverter"/>) and <c>scale</c> (see
/// <see cref="ProficiencyScaleJsonConverter"/>) are required; <c>rounding</c>, <c>policy</c> (see
/// <see cref="GradingPolicyJsonConverter"/>) and <c>name</c> are left out when null and read as null when absent;
/// <c>levelRule</c> is always written and <c>floor</c> when absent.
/// </remarks>
internal sealed class ProficiencyOptionsJsonConverter : ObjectJsonConverter<ProficiencyOptions>
{
    private static readonly string[] Properties = ["method", "scale", "rounding", "policy", "levelRule", "name"];

    /// <inheritdoc/>
    public override ProficiencyOptions ReadAt(ref Utf8JsonReader reader, string path)
    {
        JsonRead.StartObject(ref reader, path);
        CalculationMethod? method = null;
        ProficiencyScale? scale = null;
        ScoreRounding? rounding = null;
        GradingPolicy? policy = null;
        var levelRule = LevelRule.Floor;
        string? name = null;
        while (JsonRead.NextProperty(ref reader, path, Properties, out string property))
        {
            string at = JsonPath.Property(path, property);
            switch (property)
            {
                case "method": method = CalculationMethodJsonConverter.Instance.ReadAt(ref reader, at); break;
                case "scale": scale = ProficiencyScaleJsonConverter.Instance.ReadAt(ref reader, at); break;
                case "rounding": rounding = reader.TokenType == JsonTokenType.Null ? null : ScoreRoundingJsonConverter.Instance.ReadAt(ref reader, at); break;
                case "policy": policy = reader.TokenType == JsonTokenType.Null ? null : GradingPolicyJsonConverter.Instance.ReadAt(ref reader, at); break;
                case "levelRule": levelRule = LevelRuleJsonConverter.Instance.ReadAt(ref reader, at); break;
                case "name": name = JsonRead.OptionalString(ref reader, at); break;
            }
        }
        JsonRead.Required(path, ("method", method is not null), ("scale", scale is not null));
        return JsonRead.Construct(path, "invalid-options", Properties, () => new ProficiencyOptions(method!, scale!, rounding, policy, levelRule, name));
    }

    /// <inheritdoc/>
    public override void WriteValue(Utf8JsonWriter writer, ProficiencyOptions value)
    {
        writer.WriteStartObject();
        CalculationMethodJsonConverter.Instance.WriteProperty(writer, "method", value.Method);
        ProficiencyScaleJsonConverter.Instance.WriteProperty(writer, "scale", value.Scale);
        if (value.Rounding is { } rounding) ScoreRoundingJsonConverter.Instance.WriteProperty(writer, "rounding", rounding);
        if (value.Policy is { } policy) GradingPolicyJsonConverter.Instance.WriteProperty(writer, "policy", policy);
        LevelRuleJsonConverter.Instance.WriteProperty(writer, "levelRule", value.LevelRule);
        if (value.Name is { } name) writer.WriteString("name", name);
        writer.WriteEndObject();
    }
}
