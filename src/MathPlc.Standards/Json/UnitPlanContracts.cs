using System.Text.Json;
using System.Text.Json.Serialization;

namespace MathPlc.Standards.Json;

// The unit-plan file as JSON, nothing else (decision 0093): every member nullable, so a missing one is the mapper's
// diagnostic; unknown members collected, so each is reported with the names allowed. Numbers are doubles so that a
// fraction where a whole number goes is reported by the mapper with the rest, not thrown by the serializer. Internal:
// the format is UnitPlanJson's to read and write, and its documentation is there.

/// <summary>A unit-plan file: <c>{ "units": [ … ] }</c>. See <see cref="UnitPlanJson"/> for the format.</summary>
internal sealed record UnitPlanFileContract : JsonContractRecord
{
    public List<UnitPlanContract?>? Units { get; init; }
}

/// <summary>One unit of a unit-plan file.</summary>
internal sealed record UnitPlanContract : JsonContractRecord
{
    public string? Name { get; init; }
    public double? TeachingDays { get; init; }
    public double? AssessmentDays { get; init; }
    public double? FlexDays { get; init; }
    public List<EssentialTargetContract?>? Targets { get; init; }
}

/// <summary>One essential target of a unit.</summary>
internal sealed record EssentialTargetContract : JsonContractRecord
{
    public string? Id { get; init; }
    public string? Code { get; init; }
    public string? Statement { get; init; }
    public double? Dok { get; init; }
    public string? Demand { get; init; }
    public List<string?>? Aspects { get; init; }
    public ScaleDescriptorsContract? Scale { get; init; }
}

/// <summary>A target's proficiency-scale descriptors: all three are required.</summary>
internal sealed record ScaleDescriptorsContract : JsonContractRecord
{
    public string? Simpler { get; init; }
    public string? Target { get; init; }
    public string? MoreComplex { get; init; }
}

/// <summary>The source-generated System.Text.Json context of Standards' files (no reflection; native-AOT safe).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = JsonCommentHandling.Skip, Converters = [typeof(FiniteNumberJsonConverter)],
    AllowTrailingCommas = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, WriteIndented = true)]
[JsonSerializable(typeof(UnitPlanFileContract))]
internal sealed partial class StandardsJsonContext : JsonSerializerContext;
