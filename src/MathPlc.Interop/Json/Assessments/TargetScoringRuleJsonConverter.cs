using System.Text.Json;
using MathPlc.Assessments;
using MathPlc.Core;

namespace MathPlc.Interop.Json;

/// <summary>
/// Reads and writes <see cref="TargetScoringRule"/>:
/// <c>{"scale":{…},"cuts":[{"minimumPercent":0,"score":1},{"minimumPercent":70,"score":3}],"missing":"countAsZero"}</c>.
/// </summary>
/// <remarks><c>scale</c> and <c>cuts</c> are required; <c>missing</c> is optional (<c>countAsZero</c>).</remarks>
internal sealed class TargetScoringRuleJsonConverter : ObjectJsonConverter<TargetScoringRule>
{
    /// <summary>The one instance.</summary>
    public static TargetScoringRuleJsonConverter Instance { get; } = new();

    private static readonly string[] Properties = ["scale", "cuts", "missing"];
    private static readonly string[] CutProperties = ["minimumPercent", "score"];

    /// <inheritdoc/>
    public override TargetScoringRule ReadAt(ref Utf8JsonReader reader, string path)
    {
        JsonRead.StartObject(ref reader, path);
        ProficiencyScale? scale = null;
        ImmutableArray<PercentCut>? cuts = null;
        var missing = MissingResponse.CountAsZero;
        while (JsonRead.NextProperty(ref reader, path, Properties, out string property))
        {
            string at = JsonPath.Property(path, property);
            switch (property)
            {
                case "scale": scale = ProficiencyScaleJsonConverter.Instance.ReadAt(ref reader, at); break;
                case "cuts": cuts = JsonRead.Array(ref reader, at, ReadCut); break;
                case "missing": missing = MissingResponseJsonConverter.Instance.ReadAt(ref reader, at); break;
            }
        }
        JsonRead.Required(path, ("scale", scale is not null), ("cuts", cuts is not null));
        return JsonRead.Construct(path, "invalid-scoring-rule", Properties, () => new TargetScoringRule(scale!, cuts!.Value, missing));
    }

    private static PercentCut ReadCut(ref Utf8JsonReader reader, string path)
    {
        JsonRead.StartObject(ref reader, path);
        double? minimum = null, score = null;
        while (JsonRead.NextProperty(ref reader, path, CutProperties, out string property))
        {
            string at = JsonPath.Property(path, property);
            if (property == "minimumPercent") minimum = JsonRead.Number(ref reader, at);
            else score = JsonRead.Number(ref reader, at);
        }
        JsonRead.Required(path, ("minimumPercent", minimum is not null), ("score", score is not null));
        return new PercentCut(minimum!.Value, score!.Value);
    }

    /// <inheritdoc/>
    public override void WriteValue(Utf8JsonWriter writer, TargetScoringRule value)
    {
        writer.WriteStartObject();
        ProficiencyScaleJsonConverter.Instance.WriteProperty(writer, "scale", value.Scale);
        writer.WriteStartArray("cuts");
        foreach (var cut in value.Cuts)
        {
            writer.WriteStartObject();
            writer.WriteNumber("minimumPercent", cut.MinimumPercent);
            writer.WriteNumber("score", cut.Score);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        MissingResponseJsonConverter.Instance.WriteProperty(writer, "missing", value.Missing);
        writer.WriteEndObject();
    }
}
