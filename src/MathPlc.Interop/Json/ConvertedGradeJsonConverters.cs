using System.Text.Json;
using MathPlc.Core;
using MathPlc.Grading;

namespace MathPlc.Interop.Json;

/// <summary>
/// Reads and writes a <see cref="LetterGrade"/>: <c>{"letter":"B","reasons":[{"code":"letter-from-table",…}]}</c>.
/// Both are required; a blank letter or an empty list of reasons is refused with <c>invalid-letter-grade</c>.
/// </summary>
internal sealed class LetterGradeJsonConverter : ObjectJsonConverter<LetterGrade>
{
    private static readonly string[] Properties = ["letter", "reasons"];

    /// <summary>The one instance, for converters of objects that hold a letter grade.</summary>
    public static LetterGradeJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    public override LetterGrade ReadAt(ref Utf8JsonReader reader, string path)
    {
        JsonRead.StartObject(ref reader, path);
        string? letter = null;
        ImmutableArray<Reason>? reasons = null;
        while (JsonRead.NextProperty(ref reader, path, Properties, out string property))
        {
            string at = JsonPath.Property(path, property);
            switch (property)
            {
                case "letter": letter = JsonRead.String(ref reader, at); break;
                case "reasons": reasons = JsonRead.Array(ref reader, at, ReasonJsonConverter.Instance.ReadAt); break;
            }
        }
        JsonRead.Required(path, ("letter", letter is not null), ("reasons", reasons is not null));
        return JsonRead.Construct(path, "invalid-letter-grade", Properties, () => new LetterGrade(letter!, reasons!.Value));
    }

    /// <inheritdoc/>
    public override void WriteValue(Utf8JsonWriter writer, LetterGrade value)
    {
        writer.WriteStartObject();
        writer.WriteString("letter", value.Letter);
        ReasonJsonConverter.Instance.WriteArray(writer, "reasons", value.Reasons);
        writer.WriteEndObject();
    }
}

/// <summary>
/// Reads and writes a <see cref="HundredPointScore"/>: <c>{"points":93,"reasons":[{"code":"points-from-table",…}]}</c>.
/// <c>points</c> is required; <c>reasons</c> defaults to none and is always written.
/// </summary>
internal sealed class HundredPointScoreJsonConverter : ObjectJsonConverter<HundredPointScore>
{
    private static readonly string[] Properties = ["points", "reasons"];

    /// <inheritdoc/>
    public override HundredPointScore ReadAt(ref Utf8JsonReader reader, string path)
    {
        JsonRead.StartObject(ref reader, path);
        double? points = null;
        ImmutableArray<Reason> reasons = [];
        while (JsonRead.NextProperty(ref reader, path, Properties, out string property))
        {
            string at = JsonPath.Property(path, property);
            switch (property)
            {
                case "points": points = JsonRead.Number(ref reader, at); break;
                case "reasons": reasons = JsonRead.Array(ref reader, at, ReasonJsonConverter.Instance.ReadAt); break;
            }
        }
        JsonRead.Required(path, ("points", points is not null));
        return new HundredPointScore(points!.Value, reasons);
    }

    /// <inheritdoc/>
    public override void WriteValue(Utf8JsonWriter writer, HundredPointScore value)
    {
        writer.WriteStartObject();
        writer.WriteNumber("points", value.Points);
        ReasonJsonConverter.Instance.WriteArray(writer, "reasons", value.Reasons);
        writer.WriteEndObject();
    }
}
