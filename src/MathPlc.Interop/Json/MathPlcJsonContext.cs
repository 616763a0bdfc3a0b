using System.Text.Json.Serialization;
using MathPlc.Core;
using MathPlc.Grading;
using NodaTime;

namespace MathPlc.Interop.Json;

/// <summary>
/// The source-generated System.Text.Json contracts for every public MathPlc Core type and the public Grading
/// models (proficiency results with their weighted and excluded evidence, statuses, shortfalls, rounding rules,
/// calculation methods, presets, policies, options, conversion tables, conjunctive rules and report-card rules and marks): camelCase names,
/// nulls left out on writing, NodaTime values as ISO strings, enums as camelCase names, identifiers as plain
/// strings. Use it through <see cref="MathPlcJson.Options"/> or its typed properties
/// (<c>MathPlcJsonContext.Default.SchoolCalendar</c>).
/// </summary>
/// <remarks>
/// Source generation keeps the contracts safe under trimming and native AOT: nothing is discovered by
/// reflection at run time. Core's types check their invariants in constructors that take
/// <see cref="IEnumerable{T}"/>s and expose computed properties, so the types with invariants have
/// hand-written converters that report a broken invariant as a <see cref="System.Text.Json.JsonException"/>
/// naming the JSON path, with Core's exception inside. See <c>reference/dotnet.md</c> §5 for the pitfalls this avoids.
/// No contract ignores a property it does not have: the hand-written converters refuse it with the names allowed
/// and the nearest one, the generated contracts (<see cref="InstructionalWeek"/>, <see cref="NonInstructionalDate"/>)
/// by <see cref="JsonUnmappedMemberHandling.Disallow"/>. Property names are case-sensitive.
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    Converters = [
        typeof(LocalDateJsonConverter), typeof(LocalTimeJsonConverter), typeof(InstantJsonConverter), typeof(PeriodJsonConverter),
        typeof(IsoDayOfWeekJsonConverter), typeof(NonInstructionalKindJsonConverter), typeof(EvidenceKindJsonConverter), typeof(LevelRuleJsonConverter),
        typeof(IdentifierJsonConverter<StudentId>), typeof(IdentifierJsonConverter<TargetId>), typeof(IdentifierJsonConverter<TeacherId>),
        typeof(IdentifierJsonConverter<SectionId>), typeof(IdentifierJsonConverter<TeamId>), typeof(IdentifierJsonConverter<SchoolId>),
        typeof(IdentifierJsonConverter<ItemId>),
        typeof(EvidenceJsonConverter), typeof(ReasonJsonConverter), typeof(ProficiencyLevelJsonConverter), typeof(ProficiencyScaleJsonConverter),
        typeof(GradingPeriodJsonConverter), typeof(NonInstructionalPeriodJsonConverter), typeof(SchoolCalendarJsonConverter),
        typeof(ProficiencyStatusJsonConverter), typeof(ShortfallJsonConverter), typeof(RoundingModeJsonConverter), typeof(ModeTieRuleJsonConverter),
        typeof(PowerLawZeroPolicyJsonConverter), typeof(FitErrorMeasureJsonConverter),
        typeof(ScoreRoundingJsonConverter), typeof(WeightedEvidenceJsonConverter), typeof(ExcludedEvidenceJsonConverter),
        typeof(ProficiencyResultJsonConverter), typeof(CalculationMethodJsonConverter), typeof(GradingPresetJsonConverter),
        typeof(MarkStatusJsonConverter), typeof(MissingTargetsJsonConverter), typeof(TeacherOverrideJsonConverter), typeof(RecencyWindowJsonConverter),
        typeof(ReassessmentRuleJsonConverter), typeof(GradingPolicyJsonConverter), typeof(ProficiencyOptionsJsonConverter), typeof(MethodSettingsJsonConverter),
        typeof(LetterBandJsonConverter), typeof(LetterGradeTableJsonConverter), typeof(LetterGradeJsonConverter),
        typeof(HundredPointBandJsonConverter), typeof(HundredPointTableJsonConverter), typeof(HundredPointScoreJsonConverter),
        typeof(TargetConditionJsonConverter), typeof(ConjunctiveRuleJsonConverter), typeof(ConjunctiveRuleSetJsonConverter),
        typeof(ReportCardRuleJsonConverter), typeof(ReportCardMarkJsonConverter),
        typeof(ShareAtOrAboveJsonConverter), typeof(CountBelowJsonConverter), typeof(CountAtOrAboveJsonConverter), typeof(MeanAtLeastJsonConverter),
        typeof(MeanOfTargetsJsonConverter), typeof(LowestTargetJsonConverter), typeof(ConjunctiveRulesJsonConverter),
    ])]
[JsonSerializable(typeof(StudentId))]
[JsonSerializable(typeof(TargetId))]
[JsonSerializable(typeof(TeacherId))]
[JsonSerializable(typeof(SectionId))]
[JsonSerializable(typeof(TeamId))]
[JsonSerializable(typeof(SchoolId))]
[JsonSerializable(typeof(ItemId))]
[JsonSerializable(typeof(Evidence))]
[JsonSerializable(typeof(ImmutableArray<Evidence>))]
[JsonSerializable(typeof(Reason))]
[JsonSerializable(typeof(ImmutableArray<Reason>))]
[JsonSerializable(typeof(ProficiencyLevel))]
[JsonSerializable(typeof(ProficiencyScale))]
[JsonSerializable(typeof(LocalDate))]
[JsonSerializable(typeof(LocalTime))]
[JsonSerializable(typeof(Instant))]
[JsonSerializable(typeof(Period))]
[JsonSerializable(typeof(IsoDayOfWeek))]
[JsonSerializable(typeof(NonInstructionalKind))]
[JsonSerializable(typeof(EvidenceKind))]
[JsonSerializable(typeof(LevelRule))]
[JsonSerializable(typeof(GradingPeriod))]
[JsonSerializable(typeof(NonInstructionalPeriod))]
[JsonSerializable(typeof(SchoolCalendar))]
[JsonSerializable(typeof(InstructionalWeek))]
[JsonSerializable(typeof(NonInstructionalDate))]
[JsonSerializable(typeof(ImmutableArray<InstructionalWeek>))]
[JsonSerializable(typeof(ImmutableArray<NonInstructionalDate>))]
[JsonSerializable(typeof(ProficiencyStatus))]
[JsonSerializable(typeof(Shortfall))]
[JsonSerializable(typeof(RoundingMode))]
[JsonSerializable(typeof(ModeTieRule))]
[JsonSerializable(typeof(PowerLawZeroPolicy))]
[JsonSerializable(typeof(FitErrorMeasure))]
[JsonSerializable(typeof(ScoreRounding))]
[JsonSerializable(typeof(WeightedEvidence))]
[JsonSerializable(typeof(ExcludedEvidence))]
[JsonSerializable(typeof(ProficiencyResult))]
[JsonSerializable(typeof(ImmutableArray<ProficiencyResult>))]
[JsonSerializable(typeof(CalculationMethod))]
[JsonSerializable(typeof(GradingPreset))]
[JsonSerializable(typeof(ImmutableArray<GradingPreset>))]
[JsonSerializable(typeof(MarkStatus))]
[JsonSerializable(typeof(MissingTargets))]
[JsonSerializable(typeof(TeacherOverride))]
[JsonSerializable(typeof(RecencyWindow))]
[JsonSerializable(typeof(ReassessmentRule))]
[JsonSerializable(typeof(GradingPolicy))]
[JsonSerializable(typeof(MethodSettings))]
[JsonSerializable(typeof(ProficiencyOptions))]
[JsonSerializable(typeof(LetterBand))]
[JsonSerializable(typeof(LetterGradeTable))]
[JsonSerializable(typeof(LetterGrade))]
[JsonSerializable(typeof(HundredPointBand))]
[JsonSerializable(typeof(HundredPointTable))]
[JsonSerializable(typeof(HundredPointScore))]
[JsonSerializable(typeof(TargetCondition))]
[JsonSerializable(typeof(ShareAtOrAbove))]
[JsonSerializable(typeof(CountBelow))]
[JsonSerializable(typeof(CountAtOrAbove))]
[JsonSerializable(typeof(MeanAtLeast))]
[JsonSerializable(typeof(ConjunctiveRule))]
[JsonSerializable(typeof(ConjunctiveRuleSet))]
[JsonSerializable(typeof(ImmutableArray<ConjunctiveRuleSet>))]
[JsonSerializable(typeof(ReportCardRule))]
[JsonSerializable(typeof(MeanOfTargets))]
[JsonSerializable(typeof(LowestTarget))]
[JsonSerializable(typeof(ConjunctiveRules))]
[JsonSerializable(typeof(ReportCardMark))]
[JsonSerializable(typeof(ImmutableArray<ReportCardMark>))]
public sealed partial class MathPlcJsonContext : JsonSerializerContext;
