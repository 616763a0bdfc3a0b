using System.Text.Json;
using System.Text.Json.Serialization;

namespace MathPlc.Interop.UnitCycle;

// The unit file's own parts as plain contracts (decision 0165, after 0093): JSON-shaped nullable members in the file's
// member order, unknown members collected. The parts other packages own are their formats: the calendar is Core's
// contract; the unit plan, the grading options and the tier rules, whose contracts are internal to Standards, Grading
// and Interventions, are held as the JSON they are and handed to their package's public reader (CycleUnitMapper).

/// <summary>A whole unit file.</summary>
internal sealed record CycleUnitContract : JsonContractRecord
{
    public string? Team { get; init; }

    public JsonElement? Unit { get; init; }

    public CycleAssessmentContract? Assessment { get; init; }

    public SchoolCalendarContract? Calendar { get; init; }

    public string? NextCycleStart { get; init; }

    public List<PercentCutContract?>? Scoring { get; init; }

    [JsonConverter(typeof(CompactJsonElementConverter))]
    public JsonElement? Grading { get; init; }

    [JsonConverter(typeof(CompactJsonElementConverter))]
    public JsonElement? TierRules { get; init; }

    public double? MinimumGroupSize { get; init; }

    public ResponseContract? Response { get; init; }
}

/// <summary>The common assessment: its name, date and items.</summary>
internal sealed record CycleAssessmentContract : JsonContractRecord
{
    public string? Name { get; init; }

    public string? AssessedOn { get; init; }

    public List<CycleItemContract?>? Items { get; init; }
}

/// <summary>One item of the common assessment's blueprint.</summary>
internal sealed record CycleItemContract : JsonContractRecord
{
    public string? Id { get; init; }

    public double? Points { get; init; }

    public List<string?>? Targets { get; init; }

    public double? Dok { get; init; }

    public string? Demand { get; init; }

    public string? Format { get; init; }

    public double? Minutes { get; init; }

    public bool? Rubric { get; init; }
}

/// <summary>One cut of the conversion table from percent of points to the scale.</summary>
internal sealed record PercentCutContract : JsonContractRecord
{
    public double? Percent { get; init; }

    public double? Score { get; init; }
}

/// <summary>The team's response settings.</summary>
internal sealed record ResponseContract : JsonContractRecord
{
    public List<string?>? Adults { get; init; }

    public List<InterventionBlockContract?>? Blocks { get; init; }

    public double? WholeClassAtLeast { get; init; }

    public double? ReassessAfterDays { get; init; }
}

/// <summary>One weekly intervention block.</summary>
internal sealed record InterventionBlockContract : JsonContractRecord
{
    public string? Day { get; init; }

    public double? Minutes { get; init; }
}

/// <summary>
/// A part held as the JSON it is, written back as it was given: compact, its escapes kept (the unit file has always
/// carried <c>grading</c> and <c>tierRules</c> on one line each, as their own writers make them).
/// </summary>
internal sealed class CompactJsonElementConverter : JsonConverter<JsonElement>
{
    public override JsonElement Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => JsonElement.ParseValue(ref reader);

    public override void Write(Utf8JsonWriter writer, JsonElement value, JsonSerializerOptions options) => writer.WriteRawValue(value.GetRawText(), skipInputValidation: true);
}

/// <summary>The unit file's source-generated contracts, with the options every MathPlc contract context has (decision 0093).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    Converters = [typeof(FiniteNumberJsonConverter)])]
[JsonSerializable(typeof(CycleUnitContract))]
internal sealed partial class CycleUnitJsonContext : JsonSerializerContext;
