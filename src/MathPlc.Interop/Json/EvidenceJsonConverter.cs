using System.Text.Json;
using MathPlc.Core;
using NodaTime;

namespace MathPlc.Interop.Json;

/// <summary>
/// Reads and writes <see cref="Evidence"/>:
/// <c>{"studentId":"S-1","targetId":"6.RP.A.3","assessedOn":"2026-09-14","score":3.5,"sequence":0,"kind":"summative"}</c>,
/// with <c>"weight"</c> and <c>"source"</c> when they are given.
/// </summary>
/// <remarks>
/// <c>studentId</c>, <c>targetId</c>, <c>assessedOn</c> and <c>score</c> are required; <c>sequence</c> (0),
/// <c>kind</c> (<c>summative</c>), <c>weight</c> and <c>source</c> (null) are optional with Core's defaults.
/// Nulls are left out on writing.
/// </remarks>
internal sealed class EvidenceJsonConverter : ObjectJsonConverter<Evidence>
{
    /// <summary>The one instance, for converters of objects that hold evidence.</summary>
    public static EvidenceJsonConverter Instance { get; } = new();

    private static readonly string[] Properties = ["studentId", "targetId", "assessedOn", "score", "sequence", "kind", "weight", "source"];

    /// <inheritdoc/>
    public override Evidence ReadAt(ref Utf8JsonReader reader, string path)
    {
        JsonRead.StartObject(ref reader, path);
        StudentId? student = null;
        TargetId? target = null;
        LocalDate? assessedOn = null;
        double? score = null, weight = null;
        int sequence = 0;
        var kind = EvidenceKind.Summative;
        string? source = null;
        while (JsonRead.NextProperty(ref reader, path, Properties, out string property))
        {
            string at = JsonPath.Property(path, property);
            switch (property)
            {
                case "studentId": student = IdentifierJsonConverter<StudentId>.Instance.ReadAt(ref reader, at); break;
                case "targetId": target = IdentifierJsonConverter<TargetId>.Instance.ReadAt(ref reader, at); break;
                case "assessedOn": assessedOn = LocalDateJsonConverter.Instance.ReadAt(ref reader, at); break;
                case "score": score = JsonRead.Number(ref reader, at); break;
                case "sequence": sequence = JsonRead.Int32(ref reader, at); break;
                case "kind": kind = EvidenceKindJsonConverter.Instance.ReadAt(ref reader, at); break;
                case "weight": weight = JsonRead.OptionalNumber(ref reader, at); break;
                case "source": source = JsonRead.OptionalString(ref reader, at); break;
            }
        }
        JsonRead.Required(path, ("studentId", student is not null), ("targetId", target is not null), ("assessedOn", assessedOn is not null), ("score", score is not null));
        return JsonRead.Construct(path, "invalid-evidence", Properties,
            () => new Evidence(student!.Value, target!.Value, assessedOn!.Value, score!.Value, sequence, kind, weight, source));
    }

    /// <inheritdoc/>
    public override void WriteValue(Utf8JsonWriter writer, Evidence value)
    {
        writer.WriteStartObject();
        IdentifierJsonConverter<StudentId>.Instance.WriteProperty(writer, "studentId", value.StudentId);
        IdentifierJsonConverter<TargetId>.Instance.WriteProperty(writer, "targetId", value.TargetId);
        LocalDateJsonConverter.Instance.WriteProperty(writer, "assessedOn", value.AssessedOn);
        writer.WriteNumber("score", value.Score);
        writer.WriteNumber("sequence", value.Sequence);
        EvidenceKindJsonConverter.Instance.WriteProperty(writer, "kind", value.Kind);
        if (value.Weight is { } weight) writer.WriteNumber("weight", weight);
        if (value.Source is { } source) writer.WriteString("source", source);
        writer.WriteEndObject();
    }
}
