using System.Text.Json;
using MathPlc.Core;
using MathPlc.Grading;
using NodaTime;

namespace MathPlc.Interop.Json;

/// <summary>
/// Reads and writes a <see cref="TeacherOverride"/>:
/// <c>{"studentId":"S-1","targetId":"6.RP.A.3","score":3,"teacherId":"T-7","decidedOn":"2026-11-14","why":"Oral reassessment"}</c>.
/// </summary>
/// <remarks>Every property is required; the override's invariants (a finite score, a non-blank reason) are checked on reading.</remarks>
internal sealed class TeacherOverrideJsonConverter : ObjectJsonConverter<TeacherOverride>
{
    private static readonly string[] Properties = ["studentId", "targetId", "score", "teacherId", "decidedOn", "why"];

    /// <summary>The one instance, for converters of objects that hold overrides.</summary>
    public static TeacherOverrideJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    public override TeacherOverride ReadAt(ref Utf8JsonReader reader, string path)
    {
        JsonRead.StartObject(ref reader, path);
        StudentId? student = null;
        TargetId? target = null;
        TeacherId? teacher = null;
        double? score = null;
        LocalDate? decidedOn = null;
        string? why = null;
        while (JsonRead.NextProperty(ref reader, path, Properties, out string property))
        {
            string at = JsonPath.Property(path, property);
            switch (property)
            {
                case "studentId": student = IdentifierJsonConverter<StudentId>.Instance.ReadAt(ref reader, at); break;
                case "targetId": target = IdentifierJsonConverter<TargetId>.Instance.ReadAt(ref reader, at); break;
                case "score": score = JsonRead.Number(ref reader, at); break;
                case "teacherId": teacher = IdentifierJsonConverter<TeacherId>.Instance.ReadAt(ref reader, at); break;
                case "decidedOn": decidedOn = LocalDateJsonConverter.Instance.ReadAt(ref reader, at); break;
                case "why": why = JsonRead.String(ref reader, at); break;
            }
        }
        JsonRead.Required(path, ("studentId", student is not null), ("targetId", target is not null), ("score", score is not null),
            ("teacherId", teacher is not null), ("decidedOn", decidedOn is not null), ("why", why is not null));
        return JsonRead.Construct(path, "invalid-override", Properties,
            () => new TeacherOverride(student!.Value, target!.Value, score!.Value, teacher!.Value, decidedOn!.Value, why!));
    }

    /// <inheritdoc/>
    public override void WriteValue(Utf8JsonWriter writer, TeacherOverride value)
    {
        writer.WriteStartObject();
        IdentifierJsonConverter<StudentId>.Instance.WriteProperty(writer, "studentId", value.StudentId);
        IdentifierJsonConverter<TargetId>.Instance.WriteProperty(writer, "targetId", value.TargetId);
        writer.WriteNumber("score", value.Score);
        IdentifierJsonConverter<TeacherId>.Instance.WriteProperty(writer, "teacherId", value.TeacherId);
        LocalDateJsonConverter.Instance.WriteProperty(writer, "decidedOn", value.DecidedOn);
        writer.WriteString("why", value.Why);
        writer.WriteEndObject();
    }
}
