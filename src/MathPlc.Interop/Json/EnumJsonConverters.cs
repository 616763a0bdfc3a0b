using MathPlc.Core;
using NodaTime;

namespace MathPlc.Interop.Json;

/// <summary>Reads and writes an <see cref="EvidenceKind"/> as <c>"summative"</c>, <c>"formative"</c> or <c>"behaviour"</c>.</summary>
public sealed class EvidenceKindJsonConverter() : CamelCaseEnumJsonConverter<EvidenceKind>(EvidenceJsonMapper.Kinds)
{
}

/// <summary>Reads and writes a <see cref="NonInstructionalKind"/> as <c>"holiday"</c>, <c>"break"</c>, <c>"testing"</c>, <c>"professionalDevelopment"</c>, <c>"closure"</c> or <c>"other"</c>.</summary>
public sealed class NonInstructionalKindJsonConverter() : CamelCaseEnumJsonConverter<NonInstructionalKind>(NonInstructionalPeriodJsonMapper.Kinds)
{
}

/// <summary>Reads and writes a <see cref="LevelRule"/> as <c>"floor"</c> or <c>"nearest"</c>.</summary>
public sealed class LevelRuleJsonConverter() : CamelCaseEnumJsonConverter<LevelRule>(MathPlc.Grading.Json.ProficiencyOptionsJsonMapper.LevelRules)
{
}

/// <summary>Reads and writes an <see cref="IsoDayOfWeek"/> as <c>"monday"</c> … <c>"sunday"</c>; <see cref="IsoDayOfWeek.None"/> is neither written nor read.</summary>
public sealed class IsoDayOfWeekJsonConverter() : CamelCaseEnumJsonConverter<IsoDayOfWeek>(SchoolCalendarJsonMapper.Weekdays)
{
}
