using System.Text.Json;
using System.Text.Json.Serialization;

namespace MathPlc.Core.Json;

/// <summary>
/// The source-generated contracts of Core's own types (decision 0093): camelCase, nulls left out on writing, comments
/// and trailing commas accepted on reading, unknown members collected into each contract's <c>Unknown</c>, numbers finite (<see cref="FiniteNumberJsonConverter"/>). Read and
/// write them through the mappers (<see cref="EvidenceJsonMapper"/>, …), which keep Core's invariants.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    Converters = [typeof(FiniteNumberJsonConverter)])]
[JsonSerializable(typeof(EvidenceContract))]
[JsonSerializable(typeof(ReasonContract))]
[JsonSerializable(typeof(ProficiencyLevelContract))]
[JsonSerializable(typeof(ProficiencyScaleContract))]
[JsonSerializable(typeof(GradingPeriodContract))]
[JsonSerializable(typeof(NonInstructionalPeriodContract))]
[JsonSerializable(typeof(SchoolCalendarContract))]
[JsonSerializable(typeof(List<EvidenceContract?>))]
[JsonSerializable(typeof(List<ReasonContract?>))]
public sealed partial class CoreJsonContext : JsonSerializerContext;
