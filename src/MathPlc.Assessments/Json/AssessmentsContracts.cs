using System.Text.Json;
using System.Text.Json.Serialization;

namespace MathPlc.Assessments.Json;

// The Assessments JSON as JSON, nothing else (decision 0093): every member nullable, so a missing one is the mapper's
// diagnostic; numbers double?, so a fraction where a whole number goes is found with the rest; unknown members
// collected. Internal: AssessmentBlueprintJson and TargetScoringRuleJson read and write these formats and document them.

internal sealed record BlueprintContract : JsonContractRecord
{
    public string? Name { get; init; }
    public List<BlueprintItemContract?>? Items { get; init; }
}

internal sealed record BlueprintItemContract : JsonContractRecord
{
    public string? Id { get; init; }
    public double? Points { get; init; }
    public List<string?>? Targets { get; init; }
    public double? Dok { get; init; }
    public string? Demand { get; init; }
    public string? Format { get; init; }
    public double? ExpectedMinutes { get; init; }
    public bool? HasScoringRubric { get; init; }
}

internal sealed record ScoringRuleContract : JsonContractRecord
{
    public ProficiencyScaleContract? Scale { get; init; }
    public List<PercentCutContract?>? Cuts { get; init; }
    public string? Missing { get; init; }
}

internal sealed record PercentCutContract : JsonContractRecord
{
    public double? MinimumPercent { get; init; }
    public double? Score { get; init; }
}

/// <summary>The source-generated System.Text.Json context of the Assessments contracts (no reflection; native-AOT safe).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    Converters = [typeof(FiniteNumberJsonConverter)])]
[JsonSerializable(typeof(BlueprintContract))]
[JsonSerializable(typeof(BlueprintItemContract))]
[JsonSerializable(typeof(ScoringRuleContract))]
internal sealed partial class AssessmentsJsonContext : JsonSerializerContext;
