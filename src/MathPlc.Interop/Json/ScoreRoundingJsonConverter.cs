using System.Text.Json;
using MathPlc.Grading;

namespace MathPlc.Interop.Json;

/// <summary>Reads and writes a <see cref="ScoreRounding"/>: <c>{"digits":2,"mode":"ruby"}</c> (Canvas's rounding).</summary>
/// <remarks>
/// <c>digits</c> is required (0 to 10); <c>mode</c> is optional on reading (<c>awayFromZero</c>, as
/// <see cref="ScoreRounding"/> defaults) and always written.
/// </remarks>
internal sealed class ScoreRoundingJsonConverter : ObjectJsonConverter<ScoreRounding>
{
    private static readonly string[] Properties = ["digits", "mode"];

    /// <summary>The one instance, for converters of objects that hold a rounding rule.</summary>
    public static ScoreRoundingJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    public override ScoreRounding ReadAt(ref Utf8JsonReader reader, string path)
    {
        JsonRead.StartObject(ref reader, path);
        int? digits = null;
        var mode = RoundingMode.AwayFromZero;
        while (JsonRead.NextProperty(ref reader, path, Properties, out string property))
        {
            string at = JsonPath.Property(path, property);
            switch (property)
            {
                case "digits": digits = JsonRead.Int32(ref reader, at); break;
                case "mode": mode = RoundingModeJsonConverter.Instance.ReadAt(ref reader, at); break;
            }
        }
        JsonRead.Required(path, ("digits", digits is not null));
        return JsonRead.Construct(path, "invalid-rounding", Properties, () => new ScoreRounding(digits!.Value, mode));
    }

    /// <inheritdoc/>
    public override void WriteValue(Utf8JsonWriter writer, ScoreRounding value)
    {
        writer.WriteStartObject();
        writer.WriteNumber("digits", value.Digits);
        RoundingModeJsonConverter.Instance.WriteProperty(writer, "mode", value.Mode);
        writer.WriteEndObject();
    }
}
