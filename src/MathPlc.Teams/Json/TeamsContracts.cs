using System.Text.Json;
using System.Text.Json.Serialization;

namespace MathPlc.Teams.Json;

// The Teams files as JSON, nothing else (decision 0093): every member nullable, so a missing one is the mapper's
// diagnostic; unknown members collected, so each is reported with the names allowed. Internal: each format is its
// reader's (SmartGoalJson, CommitmentsJson, TeamActionsJson, TeamEvidenceJson) to read and write, documented there.

internal sealed record GoalContract : JsonContractRecord
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
}

internal sealed record RangeContract : JsonContractRecord
{
    public double? Min { get; init; }
    public double? Max { get; init; }
}

internal sealed record ActionStepContract : JsonContractRecord
{
    public string? Description { get; init; }
    public string? Owner { get; init; }
    public string? Due { get; init; }
}

internal sealed record MeasurementContract : JsonContractRecord
{
    public string? Date { get; init; }
    public double? Value { get; init; }
}

internal sealed record CommitmentsFileContract : JsonContractRecord
{
    [JsonPropertyName("_about")]
    public string? About { get; init; }
    public List<CommitmentContract?>? Commitments { get; init; }
    public List<LearningActionContract?>? LearningActions { get; init; }
    public List<SelfAssessmentContract?>? Assessments { get; init; }
}

internal sealed record CommitmentContract : JsonContractRecord
{
    public string? Id { get; init; }
    public string? Title { get; init; }
    public RolesContract? Roles { get; init; }
}

internal sealed record RolesContract : JsonContractRecord
{
    public string? District { get; init; }
    public string? Site { get; init; }
    public string? Team { get; init; }
}

internal sealed record LearningActionContract : JsonContractRecord
{
    public string? Id { get; init; }
    public string? Action { get; init; }
    public List<string?>? CurrentActions { get; init; }
    public List<string?>? PossibleNextSteps { get; init; }
}

internal sealed record SelfAssessmentContract : JsonContractRecord
{
    public string? AssessedOn { get; init; }
    public List<CommitmentEntryContract?>? Entries { get; init; }
}

internal sealed record CommitmentEntryContract : JsonContractRecord
{
    public string? Commitment { get; init; }
    public string? Level { get; init; }
    public string? Status { get; init; }
    public List<string?>? CurrentActions { get; init; }
    public List<string?>? NextSteps { get; init; }
    public List<string?>? Evidence { get; init; }
}

internal sealed record TeamActionsFileContract : JsonContractRecord
{
    [JsonPropertyName("_about")]
    public string? About { get; init; }
    public List<TeamActionContract?>? Actions { get; init; }
}

internal sealed record TeamActionContract : JsonContractRecord
{
    public string? Id { get; init; }
    public string? Phase { get; init; }
    public string? Action { get; init; }
}

internal sealed record TeamEvidenceContract : JsonContractRecord
{
    public string? Team { get; init; }
    public string? ObservedOn { get; init; }
    public List<string?>? Indicators { get; init; }
    public List<string?>? PartialIndicators { get; init; }
    public string? School { get; init; }
    public List<StageRatingContract?>? SelfRatings { get; init; }
}

internal sealed record StageRatingContract : JsonContractRecord
{
    public string? Member { get; init; }
    public double? Stage { get; init; }
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
