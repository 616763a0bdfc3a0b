using System.Text.Json;
using System.Text.Json.Serialization;
using static System.Text.Json.Serialization.JsonIgnoreCondition;

namespace MathPlc.CriticalQuestions.Json;

// report.json as JSON, nothing else (decisions 0093, 0105, 0145): members in the order the file has always had them;
// every member nullable; [JsonIgnore(Condition = Never)] on the members the file writes as an explicit null (a value
// that is undefined, a group without an adult), the others left out when null (an optional code, a score that does
// not exist). The three row arrays per student and target are IEnumerable so the writer hands the serializer a lazy
// projection (a district's rows are never a second time in memory), written as tables {"columns", "data"} by
// RowTableJsonConverter (decision 0200: the row contract's members are the columns, a null member a null cell); reading
// keeps each table's JSON (RowTable) for RowTableCheck. Internal:
// UnitCycleReportJson and DistrictCycleJson read and write the format and document it.

internal sealed record DistrictReportContract : JsonContractRecord
{
    public string? District { get; init; }
    public List<TeamReportContract?>? Teams { get; init; }
}

internal sealed record TeamReportContract : JsonContractRecord
{
    public string? TeamId { get; init; }
    public ReportContract? Report { get; init; }
}

internal sealed record ReportContract : JsonContractRecord
{
    public string? Team { get; init; }
    public string? Unit { get; init; }
    public string? Assessment { get; init; }
    public string? AssessedOn { get; init; }
    public string? NextCycleStart { get; init; }
    public CountsContract? Counts { get; init; }
    public WhatToLearnContract? WhatToLearn { get; init; }
    public HowWillWeKnowContract? HowWillWeKnow { get; init; }
    public HowWillWeRespondContract? HowWillWeRespond { get; init; }
    public HowWillWeExtendContract? HowWillWeExtend { get; init; }
    public List<TeamActionContract?>? TeamActions { get; init; }
    public List<PromptContract?>? Prompts { get; init; }
    public List<string?>? Texts { get; init; }
}

internal sealed record CountsContract : JsonContractRecord
{
    public double? Students { get; init; }
    public double? Teachers { get; init; }
    public double? Sections { get; init; }
    public double? Targets { get; init; }
    public double? Tier3 { get; init; }
    public double? Referral { get; init; }
    public double? Tier2 { get; init; }
    public double? WholeClass { get; init; }
    public double? NotAssessed { get; init; }
    public double? Extension { get; init; }
    public double? Groups { get; init; }
    public double? DoesNotFit { get; init; }
}

internal sealed record WhatToLearnContract : JsonContractRecord
{
    public string? Question { get; init; }
    public List<EssentialTargetContract?>? Targets { get; init; }
    public RigorContract? TargetRigor { get; init; }
    public RigorContract? AssessmentRigor { get; init; }
    public BlueprintReviewContract? Blueprint { get; init; }
}

internal sealed record EssentialTargetContract : JsonContractRecord
{
    public string? Id { get; init; }
    public string? Code { get; init; }
    public string? Statement { get; init; }
    public double? Dok { get; init; }
    public string? Demand { get; init; }
    public List<string?>? Aspects { get; init; }
}

internal sealed record RigorContract : JsonContractRecord
{
    public double? Tasks { get; init; }
    public List<double>? DepthShares { get; init; }
    public List<double>? DemandShares { get; init; }
    [JsonIgnore(Condition = Never)] public double? HigherLevelShare { get; init; }
    public double? UntaggedDemand { get; init; }
    public bool? MeetsExpectation { get; init; }
    public List<ReasonContract?>? Reasons { get; init; }
}

internal sealed record BlueprintReviewContract : JsonContractRecord
{
    public double? TotalPoints { get; init; }
    public double? TotalMinutes { get; init; }
    public double? HigherLevelShare { get; init; }
    public List<string?>? Formats { get; init; }
    public List<CoverageContract?>? Coverage { get; init; }
    public List<FindingContract?>? Findings { get; init; }
}

internal sealed record CoverageContract : JsonContractRecord
{
    public string? TargetId { get; init; }
    public bool? IsEssential { get; init; }
    public double? Items { get; init; }
    public double? Points { get; init; }
    public double? ShareOfPoints { get; init; }
}

internal sealed record FindingContract : JsonContractRecord
{
    public string? Criterion { get; init; }
    public string? Severity { get; init; }
    public ReasonContract? Reason { get; init; }
}

internal sealed record HowWillWeKnowContract : JsonContractRecord
{
    public string? Question { get; init; }
    public double? MinimumGroupSize { get; init; }
    public List<TargetSummaryContract?>? Targets { get; init; }
    [JsonConverter(typeof(RowTableJsonConverter<EvidenceRowContract>))] public IEnumerable<EvidenceRowContract?>? Evidence { get; init; }
    [JsonConverter(typeof(RowTableJsonConverter<ProficiencyRowContract>))] public IEnumerable<ProficiencyRowContract?>? Proficiency { get; init; }
    public List<RateContract?>? Rates { get; init; }
    public List<ComparisonContract?>? Teachers { get; init; }
    public List<ComparisonContract?>? Gaps { get; init; }
    [JsonIgnore(Condition = Never)] public ItemAnalysisContract? ItemAnalysis { get; init; }
}

internal sealed record TargetSummaryContract : JsonContractRecord
{
    public string? TargetId { get; init; }
    public string? Code { get; init; }
    public double? Proficient { get; init; }
    public double? NotYetProficient { get; init; }
    public double? WithoutScore { get; init; }
    public double? Cut { get; init; }
    [JsonIgnore(Condition = Never)] public double? ProficientShare { get; init; }
}

internal sealed record EvidenceRowContract : JsonContractRecord
{
    public string? StudentId { get; init; }
    public string? TargetId { get; init; }
    public string? Status { get; init; }
    public double? PointsEarned { get; init; }
    public double? PointsPossible { get; init; }
    [JsonIgnore(Condition = Never)] public double? Percent { get; init; }
    [JsonIgnore(Condition = Never)] public double? Score { get; init; }
    public List<RowReasonContract?>? Reasons { get; init; }
}

/// <summary>A reason in a row per student and target: its code and the index of its sentence in <c>texts</c> (decision 0105).</summary>
internal sealed record RowReasonContract : JsonContractRecord
{
    public string? Code { get; init; }
    public double? Text { get; init; }
}

internal sealed record ProficiencyRowContract : JsonContractRecord
{
    public string? StudentId { get; init; }
    public string? TargetId { get; init; }
    public string? Method { get; init; }
    public string? Status { get; init; }
    public double? Score { get; init; }
    public double? UnroundedScore { get; init; }
    /// <summary>The level's label, as the index of its text in <c>texts</c> (decision 0200).</summary>
    public double? Level { get; init; }
    public List<UsedEvidenceContract?>? Used { get; init; }
    public List<ExcludedEvidenceRowContract?>? Excluded { get; init; }
    public List<RowReasonContract?>? Reasons { get; init; }
    public double? Description { get; init; }
}

internal sealed record UsedEvidenceContract : JsonContractRecord
{
    public string? AssessedOn { get; init; }
    public double? Score { get; init; }
    public double? Sequence { get; init; }
    public string? Kind { get; init; }
    public double? Source { get; init; }
    public double? Weight { get; init; }
}

internal sealed record ExcludedEvidenceRowContract : JsonContractRecord
{
    public string? AssessedOn { get; init; }
    public double? Score { get; init; }
    public double? Sequence { get; init; }
    public string? Kind { get; init; }
    public double? Source { get; init; }
    public RowReasonContract? Reason { get; init; }
}

internal sealed record RateContract : JsonContractRecord
{
    public string? TargetId { get; init; }
    public string? Kind { get; init; }
    public string? Group { get; init; }
    [JsonIgnore(Condition = Never)] public double? Students { get; init; }
    [JsonIgnore(Condition = Never)] public double? Proficient { get; init; }
    public StatisticContract? Rate { get; init; }
    [JsonIgnore(Condition = Never)] public double? Lower { get; init; }
    [JsonIgnore(Condition = Never)] public double? Upper { get; init; }
}

internal sealed record StatisticContract : JsonContractRecord
{
    [JsonIgnore(Condition = Never)] public double? Value { get; init; }
    public string? Status { get; init; }
    public List<ReasonContract?>? Reasons { get; init; }
}

internal sealed record ComparisonContract : JsonContractRecord
{
    public string? TargetId { get; init; }
    public string? Kind { get; init; }
    public string? Group { get; init; }
    public StatisticContract? Rate { get; init; }
    public StatisticContract? RestRate { get; init; }
    public StatisticContract? Difference { get; init; }
    [JsonIgnore(Condition = Never)] public double? Lower { get; init; }
    [JsonIgnore(Condition = Never)] public double? Upper { get; init; }
    public string? Conclusion { get; init; }
    public ReasonContract? Reason { get; init; }
}

internal sealed record ItemAnalysisContract : JsonContractRecord
{
    public List<ItemStatisticsContract?>? Items { get; init; }
    public TestStatisticsContract? Test { get; init; }
}

internal sealed record ItemStatisticsContract : JsonContractRecord
{
    public string? ItemId { get; init; }
    public double? Responses { get; init; }
    public StatisticContract? Difficulty { get; init; }
    public StatisticContract? DiscriminationUpperLower { get; init; }
    public StatisticContract? PointBiserialCorrected { get; init; }
    public List<ReasonContract?>? Flags { get; init; }
}

internal sealed record TestStatisticsContract : JsonContractRecord
{
    public double? Students { get; init; }
    public double? StudentsWithoutResponses { get; init; }
    public double? Items { get; init; }
    public string? Missing { get; init; }
    public double? MeanTotal { get; init; }
    public StatisticContract? CronbachAlpha { get; init; }
    public StatisticContract? Kr20 { get; init; }
    public StatisticContract? Sem { get; init; }
}

internal sealed record HowWillWeRespondContract : JsonContractRecord
{
    public string? Question { get; init; }
    public string? Start { get; init; }
    public string? ReassessOn { get; init; }
    public string? Tier3ReviewOn { get; init; }
    public RulesContract? Rules { get; init; }
    public CapacityContract? Capacity { get; init; }
    public List<PlanTargetContract?>? Targets { get; init; }
    public List<PlanClassContract?>? Classes { get; init; }
    public List<GroupContract?>? Groups { get; init; }
    public List<Tier3Contract?>? Tier3 { get; init; }
    public List<ReferralContract?>? Referrals { get; init; }
    public List<NotAssessedContract?>? NotAssessed { get; init; }
    [JsonConverter(typeof(RowTableJsonConverter<ResponseRowContract>))] public IEnumerable<ResponseRowContract?>? Responses { get; init; }
    public List<ReasonContract?>? Notes { get; init; }
}

internal sealed record RulesContract : JsonContractRecord
{
    public double? WholeClassAtLeast { get; init; }
    public double? ReassessAfterDays { get; init; }
    [JsonIgnore(Condition = Never)] public double? ReferralShare { get; init; }
    public double? ReferralMinimumTargets { get; init; }
    public double? Tier2MaximumSize { get; init; }
    public double? Tier3MaximumSize { get; init; }
    public double? Tier3ReviewAfterDays { get; init; }
}

internal sealed record CapacityContract : JsonContractRecord
{
    public List<string?>? Adults { get; init; }
    public List<BlockContract?>? Blocks { get; init; }
    public double? Slots { get; init; }
    public double? SlotsUsed { get; init; }
}

internal sealed record BlockContract : JsonContractRecord
{
    public string? Day { get; init; }
    public double? Minutes { get; init; }
}

internal sealed record PlanTargetContract : JsonContractRecord
{
    public string? TargetId { get; init; }
    public string? TargetCode { get; init; }
    public double? Proficient { get; init; }
    public double? NotYet { get; init; }
    public double? NoScore { get; init; }
    public bool? WholeTeam { get; init; }
    public List<string?>? WholeClassSections { get; init; }
    public List<string?>? Groups { get; init; }
    public double? DoesNotFit { get; init; }
    public double? Extension { get; init; }
    public ReasonContract? Reason { get; init; }
}

internal sealed record PlanClassContract : JsonContractRecord
{
    public string? TargetId { get; init; }
    public string? TargetCode { get; init; }
    public string? SectionId { get; init; }
    public string? TeacherId { get; init; }
    public double? Proficient { get; init; }
    public double? NotYet { get; init; }
    public double? NoScore { get; init; }
    public bool? WholeClass { get; init; }
    public ReasonContract? Reason { get; init; }
}

internal sealed record GroupContract : JsonContractRecord
{
    public string? GroupId { get; init; }
    public string? Kind { get; init; }
    public string? TargetId { get; init; }
    public string? TargetCode { get; init; }
    public string? Focus { get; init; }
    public List<string?>? Students { get; init; }
    [JsonIgnore(Condition = Never)] public string? AdultId { get; init; }
    public List<string?>? Blocks { get; init; }
    public List<string?>? Sessions { get; init; }
    public string? ReassessOn { get; init; }
    public bool? Fits { get; init; }
    public ReasonContract? Reason { get; init; }
}

internal sealed record Tier3Contract : JsonContractRecord
{
    public string? StudentId { get; init; }
    public string? Source { get; init; }
    public double? Percentile { get; init; }
    public ReasonContract? Reason { get; init; }
}

internal sealed record ReferralContract : JsonContractRecord
{
    public string? StudentId { get; init; }
    public List<string?>? NotYetTargetCodes { get; init; }
    public ReasonContract? Reason { get; init; }
}

internal sealed record NotAssessedContract : JsonContractRecord
{
    public string? StudentId { get; init; }
    public bool? Absent { get; init; }
    public List<string?>? TargetCodes { get; init; }
    public ReasonContract? Reason { get; init; }
}

internal sealed record ResponseRowContract : JsonContractRecord
{
    public string? StudentId { get; init; }
    public string? TargetId { get; init; }
    public string? TargetCode { get; init; }
    public string? Status { get; init; }
    [JsonIgnore(Condition = Never)] public double? Score { get; init; }
    public string? Response { get; init; }
    [JsonIgnore(Condition = Never)] public string? GroupId { get; init; }
    [JsonIgnore(Condition = Never)] public string? AdultId { get; init; }
    [JsonIgnore(Condition = Never)] public string? StartsOn { get; init; }
    [JsonIgnore(Condition = Never)] public string? ReassessOn { get; init; }
    public RowReasonContract? Reason { get; init; }
}

internal sealed record HowWillWeExtendContract : JsonContractRecord
{
    public string? Question { get; init; }
    public List<ExtensionContract?>? Targets { get; init; }
    public List<string?>? EveryTarget { get; init; }
}

internal sealed record ExtensionContract : JsonContractRecord
{
    public string? TargetId { get; init; }
    public string? TargetCode { get; init; }
    [JsonIgnore(Condition = Never)] public string? MoreComplex { get; init; }
    public List<string?>? Students { get; init; }
}

internal sealed record TeamActionContract : JsonContractRecord
{
    public double? Number { get; init; }
    public string? Action { get; init; }
    public string? Wording { get; init; }
    public string? Phase { get; init; }
    public string? State { get; init; }
    public List<ReasonContract?>? Reasons { get; init; }
}

internal sealed record PromptContract : JsonContractRecord
{
    public string? Kind { get; init; }
    public string? Question { get; init; }
    public ReasonContract? Evidence { get; init; }
}

/// <summary>
/// The source-generated context of report.json (no reflection; native-AOT safe). Metadata only, so
/// <c>JsonSerializer.Serialize(Stream, …)</c> writes through the resumable converters and hands the stream what it has
/// every few kilobytes instead of building a team's report whole.
/// </summary>
[JsonSourceGenerationOptions(
    GenerationMode = JsonSourceGenerationMode.Metadata,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    Converters = [typeof(FiniteNumberJsonConverter)])]
[JsonSerializable(typeof(ReportContract))]
[JsonSerializable(typeof(TeamReportContract))]
[JsonSerializable(typeof(DistrictReportContract))]
[JsonSerializable(typeof(EvidenceRowContract))]      // the rows' metadata, for their tables' converter (behind it, the generator does not look)
[JsonSerializable(typeof(ProficiencyRowContract))]
[JsonSerializable(typeof(ResponseRowContract))]
[JsonSerializable(typeof(string))]
internal sealed partial class CriticalQuestionsJsonContext : JsonSerializerContext;
