using System.Text.Json;
using MathPlc.Core;
using MathPlc.Grading;

namespace MathPlc.Interop.Json;

/// <summary>
/// Reads and writes a <see cref="WeightedEvidence"/>, a piece of evidence a method used and its weight:
/// <c>{"evidence":{"studentId":"S-1",…},"weight":0.35}</c>. Both are required.
/// </summary>
internal sealed class WeightedEvidenceJsonConverter : ObjectJsonConverter<WeightedEvidence>
{
    private static readonly string[] Properties = ["evidence", "weight"];

    /// <summary>The one instance, for the result's converter.</summary>
    public static WeightedEvidenceJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    public override WeightedEvidence ReadAt(ref Utf8JsonReader reader, string path)
    {
        JsonRead.StartObject(ref reader, path);
        Evidence? evidence = null;
        double? weight = null;
        while (JsonRead.NextProperty(ref reader, path, Properties, out string property))
        {
            string at = JsonPath.Property(path, property);
            switch (property)
            {
                case "evidence": evidence = EvidenceJsonConverter.Instance.ReadAt(ref reader, at); break;
                case "weight": weight = JsonRead.Number(ref reader, at); break;
            }
        }
        JsonRead.Required(path, ("evidence", evidence is not null), ("weight", weight is not null));
        return new WeightedEvidence(evidence!, weight!.Value);
    }

    /// <inheritdoc/>
    public override void WriteValue(Utf8JsonWriter writer, WeightedEvidence value)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("evidence");
        EvidenceJsonConverter.Instance.WriteValue(writer, value.Evidence);
        writer.WriteNumber("weight", value.Weight);
        writer.WriteEndObject();
    }
}
