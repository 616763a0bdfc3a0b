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
public sealed partial class GradingJsonContext : JsonSerializerContext;
