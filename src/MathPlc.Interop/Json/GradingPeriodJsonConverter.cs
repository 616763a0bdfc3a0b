using System.Text.Json;
using MathPlc.Core;

namespace MathPlc.Interop.Json;

/// <summary>Reads and writes a <see cref="GradingPeriod"/> as <c>{"name":"Quarter 1","start":"2026-08-24","end":"2026-10-23"}</c>.</summary>
internal sealed class GradingPeriodJsonConverter : ObjectJsonConverter<GradingPeriod>
{
    /// <summary>The one instance, for converters of objects that hold grading periods.</summary>
    public static GradingPeriodJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    public override GradingPeriod ReadAt(ref Utf8JsonReader reader, string path)
    {
        var parts = DateSpanJson.Read(ref reader, path, nonInstructional: false);
        return JsonRead.Construct(path, "invalid-calendar", DateSpanJson.GradingPeriodProperties, () => new GradingPeriod(parts.Name, parts.Start, parts.End));
    }

    /// <inheritdoc/>
    public override void WriteValue(Utf8JsonWriter writer, GradingPeriod value)
    {
        writer.WriteStartObject();
        DateSpanJson.WriteDates(writer, value.Name, value.Start, value.End, singleDayAsDate: false);
        writer.WriteEndObject();
    }
}
