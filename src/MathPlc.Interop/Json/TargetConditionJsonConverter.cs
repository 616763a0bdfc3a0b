using System.Text.Json;
using MathPlc.Grading;

namespace MathPlc.Interop.Json;

/// <summary>
/// Reads and writes a <see cref="TargetCondition"/> as an object tagged by its kind:
/// <c>{"kind":"shareAtOrAbove","score":3,"share":0.9}</c>, <c>{"kind":"countBelow","score":3,"atLeast":1,"atMost":1}</c>,
/// <c>{"kind":"countAtOrAbove","score":2,"atLeast":1}</c>, <c>{"kind":"meanAtLeast","minimum":2.5}</c>.
/// </summary>
/// <remarks>
/// <c>kind</c> and the kind's numbers are required, except <c>countBelow</c>'s <c>atLeast</c> (0) and
/// <c>atMost</c> (none, left out when absent); a property of another kind is refused. A broken invariant (a share
/// off [0, 1], a negative count) is refused with <c>invalid-condition</c> at its property.
/// </remarks>
internal sealed class TargetConditionJsonConverter : ObjectJsonConverter<TargetCondition>
{
    private const string Code = "invalid-condition";
    private static readonly string[] Properties = ["kind", "score", "share", "atLeast", "atMost", "minimum"];
    private static readonly string[] Kinds = ["shareAtOrAbove", "countBelow", "countAtOrAbove", "meanAtLeast"];

    /// <summary>The one instance, for converters of rules that hold conditions.</summary>
    public static TargetConditionJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    public override TargetCondition ReadAt(ref Utf8JsonReader reader, string path)
    {
        JsonRead.StartObject(ref reader, path);
        string? kind = null;
        double? score = null, share = null, minimum = null;
        int? atLeast = null, atMost = null;
        var present = new List<string>();
        while (JsonRead.NextProperty(ref reader, path, Properties, out string property))
        {
            string at = JsonPath.Property(path, property);
            present.Add(property);
            switch (property)
            {
                case "kind": kind = JsonRead.String(ref reader, at); break;
                case "score": score = JsonRead.Number(ref reader, at); break;
                case "share": share = JsonRead.Number(ref reader, at); break;
                case "atLeast": atLeast = JsonRead.Int32(ref reader, at); break;
                case "atMost": atMost = reader.TokenType == JsonTokenType.Null ? null : JsonRead.Int32(ref reader, at); break;
                case "minimum": minimum = JsonRead.Number(ref reader, at); break;
            }
        }
        switch (kind)
        {
            case "shareAtOrAbove":
                TaggedJson.Check(path, Code, kind, Kinds, present, "score", "share");
                JsonRead.Required(path, ("score", score is not null), ("share", share is not null));
                return JsonRead.Construct<TargetCondition>(path, Code, Properties, () => new ShareAtOrAbove(score!.Value, share!.Value));
            case "countBelow":
                TaggedJson.Check(path, Code, kind, Kinds, present, "score", "atLeast", "atMost");
                JsonRead.Required(path, ("score", score is not null));
                return JsonRead.Construct<TargetCondition>(path, Code, Properties, () => new CountBelow(score!.Value, atLeast ?? 0, atMost));
            case "countAtOrAbove":
                TaggedJson.Check(path, Code, kind, Kinds, present, "score", "atLeast");
                JsonRead.Required(path, ("score", score is not null), ("atLeast", atLeast is not null));
                return JsonRead.Construct<TargetCondition>(path, Code, Properties, () => new CountAtOrAbove(score!.Value, atLeast!.Value));
            default:
                TaggedJson.Check(path, Code, kind, Kinds, present, "minimum");
                JsonRead.Required(path, ("minimum", minimum is not null));
                return JsonRead.Construct<TargetCondition>(path, Code, Properties, () => new MeanAtLeast(minimum!.Value));
        }
    }

    /// <inheritdoc/>
    public override void WriteValue(Utf8JsonWriter writer, TargetCondition value)
    {
        writer.WriteStartObject();
        switch (value)
        {
            case ShareAtOrAbove share:
                writer.WriteString("kind", Kinds[0]);
                writer.WriteNumber("score", share.Score);
                writer.WriteNumber("share", share.Share);
                break;
            case CountBelow below:
                writer.WriteString("kind", Kinds[1]);
                writer.WriteNumber("score", below.Score);
                writer.WriteNumber("atLeast", below.AtLeast);
                if (below.AtMost is { } most) writer.WriteNumber("atMost", most);
                break;
            case CountAtOrAbove above:
                writer.WriteString("kind", Kinds[2]);
                writer.WriteNumber("score", above.Score);
                writer.WriteNumber("atLeast", above.AtLeast);
                break;
            case MeanAtLeast mean:
                writer.WriteString("kind", Kinds[3]);
                writer.WriteNumber("minimum", mean.Minimum);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(value), value, $"The condition {value.Description} has no JSON contract.");
        }
        writer.WriteEndObject();
    }
}
