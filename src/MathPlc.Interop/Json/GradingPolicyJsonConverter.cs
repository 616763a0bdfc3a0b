using System.Text.Json;
using MathPlc.Grading;

namespace MathPlc.Interop.Json;

/// <summary>
/// Reads and writes a <see cref="GradingPolicy"/>:
/// <c>{"includeFormative":false,"minimumEvidence":1,"recency":{"pieces":5},"reassessment":{"name":"replace-earlier"},"scoreFloor":50,"overrides":[…]}</c>.
/// </summary>
/// <remarks>
/// Every property is optional on reading, with <see cref="GradingPolicy.Default"/>'s value; <c>recency</c> (see
/// <see cref="RecencyWindowJsonConverter"/>) and <c>scoreFloor</c> are left out when there is none, the rest always
/// written. <c>reassessment</c> is a <see cref="ReassessmentRuleJsonConverter">rule</see>, <c>overrides</c> a list of
/// <see cref="TeacherOverrideJsonConverter">overrides</see>. A broken invariant (a minimum below 1, a floor off 0–100,
/// two overrides of the same student and target) is refused with <c>invalid-policy</c> at its property.
/// </remarks>
internal sealed class GradingPolicyJsonConverter : ObjectJsonConverter<GradingPolicy>
{
    private static readonly string[] Properties = ["includeFormative", "minimumEvidence", "recency", "reassessment", "scoreFloor", "overrides"];

    /// <summary>The one instance, for converters of objects that hold a policy.</summary>
    public static GradingPolicyJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    public override GradingPolicy ReadAt(ref Utf8JsonReader reader, string path)
    {
        JsonRead.StartObject(ref reader, path);
        var defaults = GradingPolicy.Default;
        bool includeFormative = defaults.IncludeFormative;
        int minimumEvidence = defaults.MinimumEvidence;
        RecencyWindow? recency = null;
        var reassessment = defaults.Reassessment;
        double? scoreFloor = null;
        ImmutableArray<TeacherOverride> overrides = [];
        while (JsonRead.NextProperty(ref reader, path, Properties, out string property))
        {
            string at = JsonPath.Property(path, property);
            switch (property)
            {
                case "includeFormative": includeFormative = JsonRead.Boolean(ref reader, at); break;
                case "minimumEvidence": minimumEvidence = JsonRead.Int32(ref reader, at); break;
                case "recency": recency = reader.TokenType == JsonTokenType.Null ? null : RecencyWindowJsonConverter.Instance.ReadAt(ref reader, at); break;
                case "reassessment": reassessment = ReassessmentRuleJsonConverter.Instance.ReadAt(ref reader, at); break;
                case "scoreFloor": scoreFloor = JsonRead.OptionalNumber(ref reader, at); break;
                case "overrides": overrides = JsonRead.Array(ref reader, at, TeacherOverrideJsonConverter.Instance.ReadAt); break;
            }
        }
        return JsonRead.Construct(path, "invalid-policy", Properties, () => new GradingPolicy
        {
            IncludeFormative = includeFormative, MinimumEvidence = minimumEvidence, Recency = recency,
            Reassessment = reassessment, ScoreFloor = scoreFloor, Overrides = overrides,
        });
    }

    /// <inheritdoc/>
    public override void WriteValue(Utf8JsonWriter writer, GradingPolicy value)
    {
        writer.WriteStartObject();
        writer.WriteBoolean("includeFormative", value.IncludeFormative);
        writer.WriteNumber("minimumEvidence", value.MinimumEvidence);
        if (value.Recency is { } recency) RecencyWindowJsonConverter.Instance.WriteProperty(writer, "recency", recency);
        ReassessmentRuleJsonConverter.Instance.WriteProperty(writer, "reassessment", value.Reassessment);
        if (value.ScoreFloor is { } floor) writer.WriteNumber("scoreFloor", floor);
        TeacherOverrideJsonConverter.Instance.WriteArray(writer, "overrides", value.Overrides);
        writer.WriteEndObject();
    }
}
