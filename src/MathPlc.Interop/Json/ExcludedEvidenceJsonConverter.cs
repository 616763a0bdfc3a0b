using System.Text.Json;
using MathPlc.Core;
using MathPlc.Grading;

namespace MathPlc.Interop.Json;

/// <summary>
/// Reads and writes an <see cref="ExcludedEvidence"/>, a piece of evidence left out and why:
/// <c>{"evidence":{"studentId":"S-1",…},"reason":{"code":"formative-not-graded","message":"…","data":{}}}</c>. Both are required.
/// </summary>
internal sealed class ExcludedEvidenceJsonConverter : ObjectJsonConverter<ExcludedEvidence>
{
    private static readonly string[] Properties = ["evidence", "reason"];

    /// <summary>The one instance, for the result's converter.</summary>
    public static ExcludedEvidenceJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    public override ExcludedEvidence ReadAt(ref Utf8JsonReader reader, string path)
    {
        JsonRead.StartObject(ref reader, path);
        Evidence? evidence = null;
        Reason? reason = null;
        while (JsonRead.NextProperty(ref reader, path, Properties, out string property))
        {
            string at = JsonPath.Property(path, property);
            switch (property)
            {
                case "evidence": evidence = EvidenceJsonConverter.Instance.ReadAt(ref reader, at); break;
                case "reason": reason = ReasonJsonConverter.Instance.ReadAt(ref reader, at); break;
            }
        }
        JsonRead.Required(path, ("evidence", evidence is not null), ("reason", reason is not null));
        return new ExcludedEvidence(evidence!, reason!);
    }

    /// <inheritdoc/>
    public override void WriteValue(Utf8JsonWriter writer, ExcludedEvidence value)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("evidence");
        EvidenceJsonConverter.Instance.WriteValue(writer, value.Evidence);
        writer.WritePropertyName("reason");
        ReasonJsonConverter.Instance.WriteValue(writer, value.Reason);
        writer.WriteEndObject();
    }
}
