using System.Text.Json;
using System.Text.Json.Serialization;

namespace MathPlc.Interventions.Json;

// The tier-rules file as JSON, nothing else (decision 0093). Internal: the format is TierRulesJson's, documented there.
// tier3WhenUnmetAtLeast is a JsonElement because absent (the default, 3) and null (never) mean different rules, which a
// nullable number cannot tell apart.
internal sealed record TierRulesContract : JsonContractRecord
{
    public double? ProficientCut { get; init; }
    public List<string?>? EssentialTargets { get; init; }
    public Dictionary<string, double>? TargetCuts { get; init; }
    public double? FarBelowCut { get; init; }
    public JsonElement Tier3WhenUnmetAtLeast { get; init; }
    public ScreeningBandsContract? Screening { get; init; }
    public bool? Tier3FromIntensiveScreening { get; init; }
    public bool? Tier2FromTargetedScreening { get; init; }
}

internal sealed record ScreeningBandsContract : JsonContractRecord
{
    public double? CoreFrom { get; init; }
    public double? WatchFrom { get; init; }
    public double? TargetedFrom { get; init; }
}

/// <summary>The source-generated System.Text.Json context of Interventions' files (no reflection; native-AOT safe).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true, Converters = [typeof(FiniteNumberJsonConverter)])]
[JsonSerializable(typeof(TierRulesContract))]
[JsonSerializable(typeof(int))]
internal sealed partial class InterventionsJsonContext : JsonSerializerContext;
