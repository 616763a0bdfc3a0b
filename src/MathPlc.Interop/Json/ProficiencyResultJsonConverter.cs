using System.Text.Json;
using MathPlc.Core;
using MathPlc.Grading;

namespace MathPlc.Interop.Json;

/// <summary>
/// Reads and writes a <see cref="ProficiencyResult"/>, one student's proficiency on one learning target with
/// everything that explains it:
/// <c>{"studentId":"S-1","targetId":"6.RP.A.3","method":"decaying-average","status":"scored","score":2.65,"unroundedScore":2.65,
/// "level":{"label":"Simpler content","cut":2},"used":[{"evidence":{…},"weight":0.35},…],"excluded":[{"evidence":{…},"reason":{…}}],
/// "reasons":[],"description":"…"}</c>.
/// </summary>
/// <remarks>
/// <para>
/// <c>studentId</c>, <c>targetId</c>, <c>method</c>, <c>status</c> and <c>description</c> are required;
/// <c>used</c>, <c>excluded</c> and <c>reasons</c> default to none and are always written. <c>score</c>,
/// <c>unroundedScore</c> and <c>level</c> are written exactly when the status is <c>scored</c> and left out
/// when it is <c>insufficientEvidence</c>: no score is never written as zero or null.
/// </para>
/// <para>
/// A result that breaks an invariant of <see cref="ProficiencyResult"/> (a scored result without a level, an
/// insufficient one with a score or without a reason) is refused with <c>invalid-result</c> at the property
/// concerned.
/// </para>
/// </remarks>
internal sealed class ProficiencyResultJsonConverter : ObjectJsonConverter<ProficiencyResult>
{
    private static readonly string[] Properties =
        ["studentId", "targetId", "method", "status", "score", "unroundedScore", "level", "used", "excluded", "reasons", "description"];

    /// <inheritdoc/>
    public override ProficiencyResult ReadAt(ref Utf8JsonReader reader, string path)
    {
        JsonRead.StartObject(ref reader, path);
        StudentId? student = null;
        TargetId? target = null;
        string? method = null, description = null;
        ProficiencyStatus? status = null;
        double? score = null, unrounded = null;
        ProficiencyLevel? level = null;
        ImmutableArray<WeightedEvidence> used = [];
        ImmutableArray<ExcludedEvidence> excluded = [];
        ImmutableArray<Reason> reasons = [];
        while (JsonRead.NextProperty(ref reader, path, Properties, out string property))
        {
            string at = JsonPath.Property(path, property);
            switch (property)
            {
                case "studentId": student = IdentifierJsonConverter<StudentId>.Instance.ReadAt(ref reader, at); break;
                case "targetId": target = IdentifierJsonConverter<TargetId>.Instance.ReadAt(ref reader, at); break;
                case "method": method = JsonRead.String(ref reader, at); break;
                case "status": status = ProficiencyStatusJsonConverter.Instance.ReadAt(ref reader, at); break;
                case "score": score = JsonRead.OptionalNumber(ref reader, at); break;
                case "unroundedScore": unrounded = JsonRead.OptionalNumber(ref reader, at); break;
                case "level": level = reader.TokenType == JsonTokenType.Null ? null : ProficiencyLevelJsonConverter.Instance.ReadAt(ref reader, at); break;
                case "used": used = JsonRead.Array(ref reader, at, WeightedEvidenceJsonConverter.Instance.ReadAt); break;
                case "excluded": excluded = JsonRead.Array(ref reader, at, ExcludedEvidenceJsonConverter.Instance.ReadAt); break;
                case "reasons": reasons = JsonRead.Array(ref reader, at, ReasonJsonConverter.Instance.ReadAt); break;
                case "description": description = JsonRead.String(ref reader, at); break;
            }
        }
        JsonRead.Required(path, ("studentId", student is not null), ("targetId", target is not null), ("method", method is not null),
            ("status", status is not null), ("description", description is not null));
        return JsonRead.Construct(path, "invalid-result", Properties, () => new ProficiencyResult(
            student!.Value, target!.Value, method!, status!.Value, score, unrounded, level, used, excluded, reasons, description!));
    }

    /// <inheritdoc/>
    public override void WriteValue(Utf8JsonWriter writer, ProficiencyResult value)
    {
        writer.WriteStartObject();
        IdentifierJsonConverter<StudentId>.Instance.WriteProperty(writer, "studentId", value.StudentId);
        IdentifierJsonConverter<TargetId>.Instance.WriteProperty(writer, "targetId", value.TargetId);
        writer.WriteString("method", value.Method);
        ProficiencyStatusJsonConverter.Instance.WriteProperty(writer, "status", value.Status);
        if (value.Score is { } score) writer.WriteNumber("score", score);
        if (value.UnroundedScore is { } unrounded) writer.WriteNumber("unroundedScore", unrounded);
        if (value.Level is { } level)
        {
            writer.WritePropertyName("level");
            ProficiencyLevelJsonConverter.Instance.WriteValue(writer, level);
        }
        WeightedEvidenceJsonConverter.Instance.WriteArray(writer, "used", value.Used);
        ExcludedEvidenceJsonConverter.Instance.WriteArray(writer, "excluded", value.Excluded);
        ReasonJsonConverter.Instance.WriteArray(writer, "reasons", value.Reasons);
        writer.WriteString("description", value.Description);
        writer.WriteEndObject();
    }
}
