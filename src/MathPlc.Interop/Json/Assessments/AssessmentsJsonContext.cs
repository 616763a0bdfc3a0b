using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using MathPlc.Assessments;

namespace MathPlc.Interop.Json;

/// <summary>
/// The source-generated System.Text.Json contracts for the Assessments models a unit file carries: the common
/// assessment's blueprint and the team's rule for turning item scores into evidence. Combined into
/// <see cref="MathPlcJson.Options"/>, so <c>MathPlcJson.Deserialize&lt;AssessmentBlueprint&gt;(json)</c> works.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    Converters = [typeof(BlueprintItemJsonConverter), typeof(AssessmentBlueprintJsonConverter), typeof(TargetScoringRuleJsonConverter)])]
[JsonSerializable(typeof(BlueprintItem))]
[JsonSerializable(typeof(AssessmentBlueprint))]
[JsonSerializable(typeof(TargetScoringRule))]
public sealed partial class AssessmentsJsonContext : JsonSerializerContext
{
    /// <summary>Adds these contracts to MathPlc's options: the resolver after the existing one, and the hand-written converters.</summary>
    internal static void Register(JsonSerializerOptions options)
    {
        options.TypeInfoResolver = JsonTypeInfoResolver.Combine(options.TypeInfoResolver, Default);
        foreach (var converter in Default.Options.Converters) options.Converters.Add(converter);
    }
}
