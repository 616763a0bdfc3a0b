using System.Text.Json;
using MathPlc.Core;
using MathPlc.Grading;

namespace MathPlc.Interop.Json;

/// <summary>
/// Reads and writes a <see cref="ReportCardMark"/>:
/// <c>{"studentId":"S-1","course":"Math 6","period":{…},"rule":"mean-of-targets","status":"marked","score":3.25,"letter":"A","reasons":[…],"description":"…"}</c>.
/// </summary>
/// <remarks>
/// <c>score</c> and <c>letter</c> are left out when absent and read as absent when missing or null; <c>reasons</c>
/// defaults to none and is always written; everything else is required. The mark's invariants (a marked mark has a
/// score or a letter, an incomplete one neither and a reason) are refused with <c>invalid-mark</c> at the property.
/// </remarks>
internal sealed class ReportCardMarkJsonConverter : ObjectJsonConverter<ReportCardMark>
{
    private static readonly string[] Properties = ["studentId", "course", "period", "rule", "status", "score", "letter", "reasons", "description"];

    /// <inheritdoc/>
    public override ReportCardMark ReadAt(ref Utf8JsonReader reader, string path)
    {
        JsonRead.StartObject(ref reader, path);
        StudentId? student = null;
        string? course = null, rule = null, letter = null, description = null;
        GradingPeriod? period = null;
        MarkStatus? status = null;
        double? score = null;
        ImmutableArray<Reason> reasons = [];
        while (JsonRead.NextProperty(ref reader, path, Properties, out string property))
        {
            string at = JsonPath.Property(path, property);
            switch (property)
            {
                case "studentId": student = IdentifierJsonConverter<StudentId>.Instance.ReadAt(ref reader, at); break;
                case "course": course = JsonRead.String(ref reader, at); break;
                case "period": period = GradingPeriodJsonConverter.Instance.ReadAt(ref reader, at); break;
                case "rule": rule = JsonRead.String(ref reader, at); break;
                case "status": status = MarkStatusJsonConverter.Instance.ReadAt(ref reader, at); break;
                case "score": score = JsonRead.OptionalNumber(ref reader, at); break;
                case "letter": letter = JsonRead.OptionalString(ref reader, at); break;
                case "reasons": reasons = JsonRead.Array(ref reader, at, ReasonJsonConverter.Instance.ReadAt); break;
                case "description": description = JsonRead.String(ref reader, at); break;
            }
        }
        JsonRead.Required(path, ("studentId", student is not null), ("course", course is not null), ("period", period is not null),
            ("rule", rule is not null), ("status", status is not null), ("description", description is not null));
        return JsonRead.Construct(path, "invalid-mark", Properties,
            () => new ReportCardMark(student!.Value, course!, period!, rule!, status!.Value, score, letter, reasons, description!));
    }

    /// <inheritdoc/>
    public override void WriteValue(Utf8JsonWriter writer, ReportCardMark value)
    {
        writer.WriteStartObject();
        IdentifierJsonConverter<StudentId>.Instance.WriteProperty(writer, "studentId", value.StudentId);
        writer.WriteString("course", value.Course);
        GradingPeriodJsonConverter.Instance.WriteProperty(writer, "period", value.Period);
        writer.WriteString("rule", value.Rule);
        MarkStatusJsonConverter.Instance.WriteProperty(writer, "status", value.Status);
        if (value.Score is { } score) writer.WriteNumber("score", score);
        if (value.Letter is { } letter) writer.WriteString("letter", letter);
        ReasonJsonConverter.Instance.WriteArray(writer, "reasons", value.Reasons);
        writer.WriteString("description", value.Description);
        writer.WriteEndObject();
    }
}
