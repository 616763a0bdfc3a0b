// The generic ContractConverter closed over each aggregate that has a contract and a mapper, under the names the
// hand-written converters had, so the context's list, the converters of larger objects and GradingFilesJson read as
// before (decision 0130). One line per aggregate; the alias goes when MathPlcJson's context does (0093, step 5).
global using EvidenceJsonConverter = MathPlc.Interop.Json.ContractConverter<MathPlc.Core.Evidence, MathPlc.Core.Json.EvidenceContract, MathPlc.Core.Json.EvidenceJsonMapper>;
global using ProficiencyLevelJsonConverter = MathPlc.Interop.Json.ContractConverter<MathPlc.Core.ProficiencyLevel, MathPlc.Core.Json.ProficiencyLevelContract, MathPlc.Core.Json.ProficiencyLevelJsonMapper>;
global using ProficiencyScaleJsonConverter = MathPlc.Interop.Json.ContractConverter<MathPlc.Core.ProficiencyScale, MathPlc.Core.Json.ProficiencyScaleContract, MathPlc.Core.Json.ProficiencyScaleJsonMapper>;
global using ReasonJsonConverter = MathPlc.Interop.Json.ContractConverter<MathPlc.Core.Reason, MathPlc.Core.Json.ReasonContract, MathPlc.Core.Json.ReasonJsonMapper>;
global using ExcludedEvidenceJsonConverter = MathPlc.Interop.Json.ContractConverter<MathPlc.Grading.ExcludedEvidence, MathPlc.Grading.Json.ExcludedEvidenceContract, MathPlc.Grading.Json.ExcludedEvidenceJsonMapper>;
global using ProficiencyResultJsonConverter = MathPlc.Interop.Json.ContractConverter<MathPlc.Grading.ProficiencyResult, MathPlc.Grading.Json.ProficiencyResultContract, MathPlc.Grading.Json.ProficiencyResultJsonMapper>;
global using WeightedEvidenceJsonConverter = MathPlc.Interop.Json.ContractConverter<MathPlc.Grading.WeightedEvidence, MathPlc.Grading.Json.WeightedEvidenceContract, MathPlc.Grading.Json.WeightedEvidenceJsonMapper>;
global using HundredPointBandJsonConverter = MathPlc.Interop.Json.ContractConverter<MathPlc.Grading.HundredPointBand, MathPlc.Grading.Json.HundredPointBandContract, MathPlc.Grading.Json.HundredPointBandJsonMapper>;
global using HundredPointScoreJsonConverter = MathPlc.Interop.Json.ContractConverter<MathPlc.Grading.HundredPointScore, MathPlc.Grading.Json.HundredPointScoreContract, MathPlc.Grading.Json.HundredPointScoreJsonMapper>;
global using HundredPointTableJsonConverter = MathPlc.Interop.Json.ContractConverter<MathPlc.Grading.HundredPointTable, MathPlc.Grading.Json.HundredPointTableContract, MathPlc.Grading.Json.HundredPointTableJsonMapper>;
global using LetterBandJsonConverter = MathPlc.Interop.Json.ContractConverter<MathPlc.Grading.LetterBand, MathPlc.Grading.Json.LetterBandContract, MathPlc.Grading.Json.LetterBandJsonMapper>;
global using LetterGradeJsonConverter = MathPlc.Interop.Json.ContractConverter<MathPlc.Grading.LetterGrade, MathPlc.Grading.Json.LetterGradeContract, MathPlc.Grading.Json.LetterGradeJsonMapper>;
global using LetterGradeTableJsonConverter = MathPlc.Interop.Json.ContractConverter<MathPlc.Grading.LetterGradeTable, MathPlc.Grading.Json.LetterGradeTableContract, MathPlc.Grading.Json.LetterGradeTableJsonMapper>;
global using GradingPolicyJsonConverter = MathPlc.Interop.Json.ContractConverter<MathPlc.Grading.GradingPolicy, MathPlc.Grading.Json.GradingPolicyContract, MathPlc.Grading.Json.GradingPolicyJsonMapper>;
global using ReassessmentRuleJsonConverter = MathPlc.Interop.Json.ContractConverter<MathPlc.Grading.ReassessmentRule, MathPlc.Grading.Json.ReassessmentRuleContract, MathPlc.Grading.Json.ReassessmentRuleJsonMapper>;
global using RecencyWindowJsonConverter = MathPlc.Interop.Json.ContractConverter<MathPlc.Grading.RecencyWindow, MathPlc.Grading.Json.RecencyWindowContract, MathPlc.Grading.Json.RecencyWindowJsonMapper>;
global using TeacherOverrideJsonConverter = MathPlc.Interop.Json.ContractConverter<MathPlc.Grading.TeacherOverride, MathPlc.Grading.Json.TeacherOverrideContract, MathPlc.Grading.Json.TeacherOverrideJsonMapper>;
global using ScoreRoundingJsonConverter = MathPlc.Interop.Json.ContractConverter<MathPlc.Grading.ScoreRounding, MathPlc.Grading.Json.ScoreRoundingContract, MathPlc.Grading.Json.ScoreRoundingJsonMapper>;
global using GradingPeriodJsonConverter = MathPlc.Interop.Json.ContractConverter<MathPlc.Core.GradingPeriod, MathPlc.Core.Json.GradingPeriodContract, MathPlc.Core.Json.GradingPeriodJsonMapper>;
global using NonInstructionalPeriodJsonConverter = MathPlc.Interop.Json.ContractConverter<MathPlc.Core.NonInstructionalPeriod, MathPlc.Core.Json.NonInstructionalPeriodContract, MathPlc.Core.Json.NonInstructionalPeriodJsonMapper>;
global using SchoolCalendarJsonConverter = MathPlc.Interop.Json.ContractConverter<MathPlc.Core.SchoolCalendar, MathPlc.Core.Json.SchoolCalendarContract, MathPlc.Core.Json.SchoolCalendarJsonMapper>;
global using MethodSettingsJsonConverter = MathPlc.Interop.Json.ContractConverter<MathPlc.Grading.MethodSettings, MathPlc.Grading.Json.MethodSettingsContract, MathPlc.Grading.Json.MethodSettingsJsonMapper>;
global using CalculationMethodJsonConverter = MathPlc.Interop.Json.ContractConverter<MathPlc.Grading.CalculationMethod, MathPlc.Grading.Json.CalculationMethodContract, MathPlc.Grading.Json.CalculationMethodJsonMapper>;
global using ProficiencyOptionsJsonConverter = MathPlc.Interop.Json.ContractConverter<MathPlc.Grading.ProficiencyOptions, MathPlc.Grading.Json.ProficiencyOptionsContract, MathPlc.Grading.Json.ProficiencyOptionsJsonMapper>;
global using GradingPresetJsonConverter = MathPlc.Interop.Json.ContractConverter<MathPlc.Grading.GradingPreset, MathPlc.Grading.Json.GradingPresetContract, MathPlc.Grading.Json.GradingPresetJsonMapper>;
global using TargetConditionJsonConverter = MathPlc.Interop.Json.ContractConverter<MathPlc.Grading.TargetCondition, MathPlc.Grading.Json.TargetConditionContract, MathPlc.Grading.Json.TargetConditionJsonMapper>;
global using ConjunctiveRuleJsonConverter = MathPlc.Interop.Json.ContractConverter<MathPlc.Grading.ConjunctiveRule, MathPlc.Grading.Json.ConjunctiveRuleContract, MathPlc.Grading.Json.ConjunctiveRuleJsonMapper>;
global using ConjunctiveRuleSetJsonConverter = MathPlc.Interop.Json.ContractConverter<MathPlc.Grading.ConjunctiveRuleSet, MathPlc.Grading.Json.ConjunctiveRuleSetContract, MathPlc.Grading.Json.ConjunctiveRuleSetJsonMapper>;
global using ReportCardRuleJsonConverter = MathPlc.Interop.Json.ContractConverter<MathPlc.Grading.ReportCardRule, MathPlc.Grading.Json.ReportCardRuleContract, MathPlc.Grading.Json.ReportCardRuleJsonMapper>;
global using ReportCardMarkJsonConverter = MathPlc.Interop.Json.ContractConverter<MathPlc.Grading.ReportCardMark, MathPlc.Grading.Json.ReportCardMarkContract, MathPlc.Grading.Json.ReportCardMarkJsonMapper>;
