using MathPlc.Grading;
using MathPlc.Grading.Json;

namespace MathPlc.Interop.Json;

/// <summary>Reads and writes a <see cref="ProficiencyStatus"/> as <c>"scored"</c> or <c>"insufficientEvidence"</c>.</summary>
public sealed class ProficiencyStatusJsonConverter() : CamelCaseEnumJsonConverter<ProficiencyStatus>(ProficiencyResultJsonMapper.Statuses)
{
}

/// <summary>
/// Reads and writes a <see cref="Shortfall"/> as <c>"none"</c>, <c>"noEvidence"</c>, <c>"tooFewScores"</c>,
/// <c>"tooFewAtMastery"</c>, <c>"tiedMode"</c> or <c>"nonPositiveScore"</c>.
/// </summary>
public sealed class ShortfallJsonConverter() : CamelCaseEnumJsonConverter<Shortfall>("unknown-shortfall", "a shortfall")
{
}

/// <summary>Reads and writes a <see cref="RoundingMode"/> as <c>"awayFromZero"</c>, <c>"toEven"</c> or <c>"ruby"</c>.</summary>
public sealed class RoundingModeJsonConverter() : CamelCaseEnumJsonConverter<RoundingMode>(ScoreRoundingJsonMapper.Modes)
{
}

/// <summary>Reads and writes a <see cref="ModeTieRule"/> as <c>"highest"</c>, <c>"mostRecent"</c> or <c>"none"</c>.</summary>
public sealed class ModeTieRuleJsonConverter() : CamelCaseEnumJsonConverter<ModeTieRule>(MethodSettingsJsonMapper.ModeTies)
{
}

/// <summary>Reads and writes a <see cref="PowerLawZeroPolicy"/> as the camelCase name of the policy (e.g. <c>"reject"</c>).</summary>
public sealed class PowerLawZeroPolicyJsonConverter() : CamelCaseEnumJsonConverter<PowerLawZeroPolicy>(MethodSettingsJsonMapper.ZeroPolicies)
{
}

/// <summary>Reads and writes a <see cref="FitErrorMeasure"/> as the camelCase name of the measure (e.g. <c>"sumOfAbsoluteErrors"</c>).</summary>
public sealed class FitErrorMeasureJsonConverter() : CamelCaseEnumJsonConverter<FitErrorMeasure>(MethodSettingsJsonMapper.ErrorMeasures)
{
}

/// <summary>Reads and writes a <see cref="MarkStatus"/> as <c>"marked"</c> or <c>"incomplete"</c>.</summary>
public sealed class MarkStatusJsonConverter() : CamelCaseEnumJsonConverter<MarkStatus>(ReportCardMarkJsonMapper.Statuses)
{
}

/// <summary>Reads and writes a <see cref="MissingTargets"/> as <c>"incomplete"</c> or <c>"markScoredTargets"</c>.</summary>
public sealed class MissingTargetsJsonConverter() : CamelCaseEnumJsonConverter<MissingTargets>(ReportCardMarkJsonMapper.MissingTargetRules)
{
}
