using System.Text.Json;
using MathPlc.Core;
using MathPlc.Interventions;

namespace MathPlc.Interop.Json;

/// <summary>Reads and writes <see cref="TierRules"/> as the JSON object <see cref="TierRulesJson"/> describes.</summary>
internal sealed class TierRulesJsonConverter : ObjectJsonConverter<TierRules>
{
    private const string Code = "invalid-rules";
    private static readonly string[] Properties =
        ["proficientCut", "essentialTargets", "targetCuts", "farBelowCut", "tier3WhenUnmetAtLeast", "screening", "tier3FromIntensiveScreening", "tier2FromTargetedScreening"];
    private static readonly string[] BandProperties = ["coreFrom", "watchFrom", "targetedFrom"];

    /// <summary>The one instance.</summary>
    public static TierRulesJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    public override TierRules ReadAt(ref Utf8JsonReader reader, string path)
    {
        JsonRead.StartObject(ref reader, path);
        var defaults = TierRules.Default;
        double cut = defaults.ProficientCut;
        ImmutableArray<TargetId> essential = [];
        var targetCuts = new List<KeyValuePair<TargetId, double>>();
        double? far = null;
        int? many = defaults.Tier3WhenUnmetAtLeast;
        ScreeningBands? bands = null;
        bool tier3 = defaults.Tier3FromIntensiveScreening, tier2 = defaults.Tier2FromTargetedScreening;
        while (JsonRead.NextProperty(ref reader, path, Properties, out string property))
        {
            string at = JsonPath.Property(path, property);
            switch (property)
            {
                case "proficientCut": cut = JsonRead.Number(ref reader, at); break;
                case "essentialTargets": essential = JsonRead.Array(ref reader, at, static (ref Utf8JsonReader r, string p) => Target(JsonRead.String(ref r, p), p)); break;
                case "targetCuts":
                    JsonRead.StartObject(ref reader, at);
                    while (JsonRead.NextKey(ref reader, out string key))
                        targetCuts.Add(new(Target(key, JsonPath.Property(at, key)), JsonRead.Number(ref reader, JsonPath.Property(at, key))));
                    break;
                case "farBelowCut": far = JsonRead.OptionalNumber(ref reader, at); break;
                case "tier3WhenUnmetAtLeast": many = reader.TokenType == JsonTokenType.Null ? null : JsonRead.Int32(ref reader, at); break;
                case "screening": bands = ReadBands(ref reader, at); break;
                case "tier3FromIntensiveScreening": tier3 = JsonRead.Boolean(ref reader, at); break;
                case "tier2FromTargetedScreening": tier2 = JsonRead.Boolean(ref reader, at); break;
            }
        }
        return JsonRead.Construct(path, Code, Properties, () => new TierRules(cut, essential, targetCuts, far, many, bands, tier3, tier2));
    }

    private static ScreeningBands ReadBands(ref Utf8JsonReader reader, string path)
    {
        JsonRead.StartObject(ref reader, path);
        var d = ScreeningBands.Default;
        double core = d.CoreFrom, watch = d.WatchFrom, targeted = d.TargetedFrom;
        while (JsonRead.NextProperty(ref reader, path, BandProperties, out string property))
        {
            double value = JsonRead.Number(ref reader, JsonPath.Property(path, property));
            switch (property)
            {
                case "coreFrom": core = value; break;
                case "watchFrom": watch = value; break;
                case "targetedFrom": targeted = value; break;
            }
        }
        return JsonRead.Construct(path, Code, BandProperties, () => new ScreeningBands(core, watch, targeted));
    }

    private static TargetId Target(string text, string path)
    {
        if (string.IsNullOrWhiteSpace(text)) throw JsonFailure.Create("empty-id", path, text, "a target id must not be empty.");
        return new TargetId(text);
    }

    /// <inheritdoc/>
    public override void WriteValue(Utf8JsonWriter writer, TierRules value)
    {
        writer.WriteStartObject();
        writer.WriteNumber("proficientCut", value.ProficientCut);
        writer.WriteStartArray("essentialTargets");
        foreach (var target in value.EssentialTargets) writer.WriteStringValue(target.Value);
        writer.WriteEndArray();
        writer.WriteStartObject("targetCuts");
        foreach (var (target, cut) in value.TargetCuts) writer.WriteNumber(target.Value, cut);
        writer.WriteEndObject();
        if (value.FarBelowCut is { } far) writer.WriteNumber("farBelowCut", far);
        else writer.WriteNull("farBelowCut");
        if (value.Tier3WhenUnmetAtLeast is { } many) writer.WriteNumber("tier3WhenUnmetAtLeast", many);
        else writer.WriteNull("tier3WhenUnmetAtLeast");
        writer.WriteStartObject("screening");
        writer.WriteNumber("coreFrom", value.Screening.CoreFrom);
        writer.WriteNumber("watchFrom", value.Screening.WatchFrom);
        writer.WriteNumber("targetedFrom", value.Screening.TargetedFrom);
        writer.WriteEndObject();
        writer.WriteBoolean("tier3FromIntensiveScreening", value.Tier3FromIntensiveScreening);
        writer.WriteBoolean("tier2FromTargetedScreening", value.Tier2FromTargetedScreening);
        writer.WriteEndObject();
    }
}
