using System.Text.Json;
using System.Text.Json.Serialization;

namespace MathPlc.Grading.Json;

/// <summary>
/// The source-generated contracts of Grading's types (decision 0093): camelCase, nulls left out on writing, comments
/// and trailing commas accepted on reading, unknown members collected into each contract's <c>Unknown</c>, numbers
/// finite. Read and write them through the mappers (<see cref="ProficiencyResultJsonMapper"/>, …), which keep
/// Grading's invariants.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    Converters = [typeof(FiniteNumberJsonConverter)])]
[JsonSerializable(typeof(WeightedEvidenceContract))]
[JsonSerializable(typeof(ExcludedEvidenceContract))]
[JsonSerializable(typeof(ProficiencyResultContract))]
[JsonSerializable(typeof(LetterBandContract))]
[JsonSerializable(typeof(LetterGradeTableContract))]
[JsonSerializable(typeof(HundredPointBandContract))]
[JsonSerializable(typeof(HundredPointTableContract))]
[JsonSerializable(typeof(LetterGradeContract))]
[JsonSerializable(typeof(HundredPointScoreContract))]
[JsonSerializable(typeof(TeacherOverrideContract))]
[JsonSerializable(typeof(RecencyWindowContract))]
[JsonSerializable(typeof(ReassessmentRuleContract))]
[JsonSerializable(typeof(GradingPolicyContract))]
[JsonSerializable(typeof(ScoreRoundingContract))]
[JsonSerializable(typeof(MethodSettingsContract))]
[JsonSerializable(typeof(CalculationMethodContract))]
[JsonSerializable(typeof(ProficiencyOptionsContract))]
[JsonSerializable(typeof(GradingPresetContract))]
[JsonSerializable(typeof(TargetConditionContract))]
[JsonSerializable(typeof(ConjunctiveRuleContract))]
[JsonSerializable(typeof(ConjunctiveRuleSetContract))]
[JsonSerializable(typeof(ReportCardRuleContract))]
[JsonSerializable(typeof(ReportCardMarkContract))]
[JsonSerializable(typeof(List<ProficiencyResultContract?>))]
[JsonSerializable(typeof(List<GradingPresetContract?>))]
[JsonSerializable(typeof(List<ConjunctiveRuleSetContract?>))]
[JsonSerializable(typeof(List<ReportCardMarkContract?>))]
internal sealed partial class GradingJsonContext : JsonSerializerContext;
