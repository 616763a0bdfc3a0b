using System.Globalization;
using System.Text.Json;
using MathPlc.Grading;
using NodaTime;

namespace MathPlc.Interop.Json;

/// <summary>
/// Reads and writes a <see cref="RecencyWindow"/>: the last pieces of evidence, <c>{"pieces":5}</c>, or the last days
/// up to a date, <c>{"days":30,"asOf":"2026-11-20"}</c>.
/// </summary>
/// <remarks>
/// A window has either <c>pieces</c> or both <c>days</c> and <c>asOf</c>; anything else is refused with
/// <c>invalid-recency</c>, as is a count below 1.
/// </remarks>
internal sealed class RecencyWindowJsonConverter : ObjectJsonConverter<RecencyWindow>
{
    private const string Code = "invalid-recency";
    private static readonly string[] Properties = ["pieces", "days", "asOf"];

    /// <summary>The one instance, for converters of objects that hold a window.</summary>
    public static RecencyWindowJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    public override RecencyWindow ReadAt(ref Utf8JsonReader reader, string path)
    {
        JsonRead.StartObject(ref reader, path);
        int? pieces = null, days = null;
        LocalDate? asOf = null;
        while (JsonRead.NextProperty(ref reader, path, Properties, out string property))
        {
            string at = JsonPath.Property(path, property);
            switch (property)
            {
                case "pieces": pieces = JsonRead.Int32(ref reader, at); break;
                case "days": days = JsonRead.Int32(ref reader, at); break;
                case "asOf": asOf = LocalDateJsonConverter.Instance.ReadAt(ref reader, at); break;
            }
        }
        if (pieces is { } count)
        {
            if (days is not null || asOf is not null)
                throw JsonFailure.Create(Code, JsonPath.Property(path, days is not null ? "days" : "asOf"), null,
                    "a window counts either pieces or days, not both.");
            try
            {
                return RecencyWindow.LastPieces(count);
            }
            catch (ArgumentException e)
            {
                throw JsonFailure.Create(Code, JsonPath.Property(path, "pieces"), count.ToString(CultureInfo.InvariantCulture), JsonRead.ReasonOf(e), e);
            }
        }
        if (days is null && asOf is null)
            throw JsonFailure.Create("missing-property", path, null, "a window needs \"pieces\", or \"days\" and \"asOf\".");
        JsonRead.Required(path, ("days", days is not null), ("asOf", asOf is not null));
        return JsonRead.Construct(path, Code, Properties, () => RecencyWindow.LastDays(days!.Value, asOf!.Value));
    }

    /// <inheritdoc/>
    public override void WriteValue(Utf8JsonWriter writer, RecencyWindow value)
    {
        writer.WriteStartObject();
        if (value.Pieces is { } pieces) writer.WriteNumber("pieces", pieces);
        if (value.Days is { } days) writer.WriteNumber("days", days);
        if (value.AsOf is { } asOf) LocalDateJsonConverter.Instance.WriteProperty(writer, "asOf", asOf);
        writer.WriteEndObject();
    }
}
