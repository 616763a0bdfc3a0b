using System.Text.Json;
using System.Text.Json.Serialization;

namespace MathPlc.Teams.Json;

// The Teams files as JSON, nothing else (decision 0093): every member nullable, so a missing one is the mapper's
// diagnostic; unknown members collected, so each is reported with the names allowed. Internal: each format is its
// reader's (SmartGoalJson, CommitmentsJson, TeamActionsJson, TeamEvidenceJson) to read and write, documented there.

internal sealed record GoalContract
{
    public string? Id { get; init; }
    public string? Statement { get; init; }
    public string? TargetGroup { get; init; }
    public string? Type { get; init; }
    public string? Indicator { get; init; }
    public double? Baseline { get; init; }
    public string? BaselineDate { get; init; }
    public double? Target { get; init; }
    public string? Deadline { get; init; }
    public string? Horizon { get; init; }
    public double? HistoricalChange { get; init; }
    public double? HistoricalChangePerYear { get; init; }
    public RangeContract? Range { get; init; }
    public List<ActionStepContract?>? ActionSteps { get; init; }
    public List<MeasurementContract?>? Measurements { get; init; }
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed record RangeContract
{
    public double? Min { get; init; }
    public double? Max { get; init; }
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed record ActionStepContract
{
    public string? Description { get; init; }
    public string? Owner { get; init; }
    public string? Due { get; init; }
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed record MeasurementContract
{
    public string? Date { get; init; }
    public double? Value { get; init; }
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed record CommitmentsFileContract
{
    [JsonPropertyName("_about")]
    public string? About { get; init; }
    public List<CommitmentContract?>? Commitments { get; init; }
    public List<LearningActionContract?>? LearningActions { get; init; }
    public List<SelfAssessmentContract?>? Assessments { get; init; }
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed record CommitmentContract
{
    public string? Id { get; init; }
    public string? Title { get; init; }
    public RolesContract? Roles { get; init; }
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed record RolesContract
{
    public string? District { get; init; }
    public string? Site { get; init; }
    public string? Team { get; init; }
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed record LearningActionContract
{
    public string? Id { get; init; }
    public string? Action { get; init; }
    public List<string?>? CurrentActions { get; init; }
    public List<string?>? PossibleNextSteps { get; init; }
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed record SelfAssessmentContract
{
    public string? AssessedOn { get; init; }
    public List<CommitmentEntryContract?>? Entries { get; init; }
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed record CommitmentEntryContract
{
    public string? Commitment { get; init; }
    public string? Level { get; init; }
    public string? Status { get; init; }
    public List<string?>? CurrentActions { get; init; }
    public List<string?>? NextSteps { get; init; }
    public List<string?>? Evidence { get; init; }
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed record TeamActionsFileContract
{
    [JsonPropertyName("_about")]
    public string? About { get; init; }
    public List<TeamActionContract?>? Actions { get; init; }
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed record TeamActionContract
{
    public string? Id { get; init; }
    public string? Phase { get; init; }
    public string? Action { get; init; }
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed record TeamEvidenceContract
{
    public string? Team { get; init; }
    public string? ObservedOn { get; init; }
    public List<string?>? Indicators { get; init; }
    public List<string?>? PartialIndicators { get; init; }
    public string? School { get; init; }
    public List<StageRatingContract?>? SelfRatings { get; init; }
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

internal sealed record StageRatingContract
{
    public string? Member { get; init; }
    public double? Stage { get; init; }
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

/// <summary>The source-generated System.Text.Json context of the Teams files (no reflection; native-AOT safe).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = JsonCommentHandling.Skip, Converters = [typeof(FiniteNumberJsonConverter)],
    AllowTrailingCommas = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, WriteIndented = true)]
[JsonSerializable(typeof(GoalContract))]
[JsonSerializable(typeof(List<GoalContract?>))]
[JsonSerializable(typeof(CommitmentsFileContract))]
[JsonSerializable(typeof(TeamActionsFileContract))]
[JsonSerializable(typeof(TeamEvidenceContract))]
[JsonSerializable(typeof(List<TeamEvidenceContract?>))]
internal sealed partial class TeamsJsonContext : JsonSerializerContext;
