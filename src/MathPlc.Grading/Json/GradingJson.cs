namespace MathPlc.Grading.Json;

/// <summary>
/// Grading's JSON forms (decision 0160): every Grading file and value — grading policies, report-card rules, calculation
/// methods and their settings, options and presets, conversion tables, results — read and written through its internal
/// contract and mapper. A consumer of <c>MathPlc.Grading</c> needs nothing else (decision 0138).
/// </summary>
/// <remarks>
/// <para>
/// Reading a file lists every problem (file, line, column, JSON path, value, reason) in a
/// <see cref="DataFileException"/>; malformed JSON and a value of the wrong JSON type stop at the first, as the parser
/// does. Comments and trailing commas are accepted; unknown properties are refused with the names allowed and the
/// nearest. The formats: docs/schemas/ (scale, policy, report-card rule) and the samples in docs/examples/.
/// </para>
/// <code>
/// var policy = GradingJson.Formats.Read&lt;GradingPolicy&gt;(File.OpenRead("policy.json"), "policy.json");
/// string json = GradingJson.Formats.Serialize(result);                          // a ProficiencyResult, compact
/// var rule = GradingJson.Formats.Deserialize&lt;ReportCardRule&gt;("""{"kind":"meanOfTargets"}""");
/// </code>
/// </remarks>
public static class GradingJson
{
    /// <summary>
    /// The table of Grading's types: <see cref="ProficiencyResult"/> (and a list of them), <see cref="WeightedEvidence"/>,
    /// <see cref="ExcludedEvidence"/>, <see cref="ScoreRounding"/>, <see cref="GradingPolicy"/> and its parts
    /// (<see cref="TeacherOverride"/>, <see cref="RecencyWindow"/>, <see cref="ReassessmentRule"/>),
    /// <see cref="CalculationMethod"/>, <see cref="MethodSettings"/>, <see cref="ProficiencyOptions"/>,
    /// <see cref="GradingPreset"/> (and a list), the conversion tables and grades (<see cref="LetterGradeTable"/>,
    /// <see cref="LetterBand"/>, <see cref="LetterGrade"/>, <see cref="HundredPointTable"/>, <see cref="HundredPointBand"/>,
    /// <see cref="HundredPointScore"/>), <see cref="TargetCondition"/> and each of its kinds, <see cref="ConjunctiveRule"/>,
    /// <see cref="ConjunctiveRuleSet"/> (and a list), <see cref="ReportCardRule"/> and each of its kinds, and
    /// <see cref="ReportCardMark"/> (and a list). See <see cref="JsonFormats"/> for reading and writing.
    /// </summary>
    public static JsonFormats Formats { get; } = new JsonFormats()
        .Add<ProficiencyResult, ProficiencyResultContract, ProficiencyResultJsonMapper>()
        .AddList<ProficiencyResult, ProficiencyResultContract, ProficiencyResultJsonMapper>(GradingJsonContext.Default.ListProficiencyResultContract)
        .Add<WeightedEvidence, WeightedEvidenceContract, WeightedEvidenceJsonMapper>()
        .Add<ExcludedEvidence, ExcludedEvidenceContract, ExcludedEvidenceJsonMapper>()
        .Add<ScoreRounding, ScoreRoundingContract, ScoreRoundingJsonMapper>()
        .Add<TeacherOverride, TeacherOverrideContract, TeacherOverrideJsonMapper>()
        .Add<RecencyWindow, RecencyWindowContract, RecencyWindowJsonMapper>()
        .Add<ReassessmentRule, ReassessmentRuleContract, ReassessmentRuleJsonMapper>()
        .Add<GradingPolicy, GradingPolicyContract, GradingPolicyJsonMapper>()
        .Add<MethodSettings, MethodSettingsContract, MethodSettingsJsonMapper>()
        .Add<CalculationMethod, CalculationMethodContract, CalculationMethodJsonMapper>()
        .Add<ProficiencyOptions, ProficiencyOptionsContract, ProficiencyOptionsJsonMapper>()
        .Add<GradingPreset, GradingPresetContract, GradingPresetJsonMapper>()
        .AddList<GradingPreset, GradingPresetContract, GradingPresetJsonMapper>(GradingJsonContext.Default.ListGradingPresetContract)
        .Add<LetterBand, LetterBandContract, LetterBandJsonMapper>()
        .Add<LetterGradeTable, LetterGradeTableContract, LetterGradeTableJsonMapper>()
        .Add<LetterGrade, LetterGradeContract, LetterGradeJsonMapper>()
        .Add<HundredPointBand, HundredPointBandContract, HundredPointBandJsonMapper>()
        .Add<HundredPointTable, HundredPointTableContract, HundredPointTableJsonMapper>()
        .Add<HundredPointScore, HundredPointScoreContract, HundredPointScoreJsonMapper>()
        .Add<TargetCondition, TargetConditionContract, TargetConditionJsonMapper>()
        .AddKind<TargetCondition, ShareAtOrAbove>("shareAtOrAbove", ConditionCode)
        .AddKind<TargetCondition, CountBelow>("countBelow", ConditionCode)
        .AddKind<TargetCondition, CountAtOrAbove>("countAtOrAbove", ConditionCode)
        .AddKind<TargetCondition, MeanAtLeast>("meanAtLeast", ConditionCode)
        .Add<ConjunctiveRule, ConjunctiveRuleContract, ConjunctiveRuleJsonMapper>()
        .Add<ConjunctiveRuleSet, ConjunctiveRuleSetContract, ConjunctiveRuleSetJsonMapper>()
        .AddList<ConjunctiveRuleSet, ConjunctiveRuleSetContract, ConjunctiveRuleSetJsonMapper>(GradingJsonContext.Default.ListConjunctiveRuleSetContract)
        .Add<ReportCardRule, ReportCardRuleContract, ReportCardRuleJsonMapper>()
        .AddKind<ReportCardRule, MeanOfTargets>("meanOfTargets", RuleCode)
        .AddKind<ReportCardRule, LowestTarget>("lowestTarget", RuleCode)
        .AddKind<ReportCardRule, ConjunctiveRules>("conjunctiveRules", RuleCode)
        .Add<ReportCardMark, ReportCardMarkContract, ReportCardMarkJsonMapper>()
        .AddList<ReportCardMark, ReportCardMarkContract, ReportCardMarkJsonMapper>(GradingJsonContext.Default.ListReportCardMarkContract);

    private const string ConditionCode = "invalid-condition";
    private const string RuleCode = "invalid-report-card-rule";
}
