using System.Text.Json;
using MathPlc.Core;

namespace MathPlc.Interop.Json;

/// <summary>
/// Reads and writes a <see cref="NonInstructionalPeriod"/>: <c>{"name":"Labor Day","date":"2026-09-07","kind":"holiday"}</c> for
/// one day, <c>{"name":"Winter break","start":"2026-12-21","end":"2027-01-01","kind":"break"}</c> for a range.
/// </summary>
/// <remarks><c>kind</c> is optional on reading (<see cref="NonInstructionalKind.Other"/>) and always written.</remarks>
internal sealed class NonInstructionalPeriodJsonConverter : ObjectJsonConverter<NonInstructionalPeriod>
{
    /// <summary>The one instance, for converters of objects that hold non-instructional periods.</summary>
    public static NonInstructionalPeriodJsonConverter Instance { get; } = new();

    /// <inheritdoc/>
    public override NonInstructionalPeriod ReadAt(ref Utf8JsonReader reader, string path)
    {
        var parts = DateSpanJson.Read(ref reader, path, nonInstructional: true);
        return JsonRead.Construct(path, "invalid-calendar", DateSpanJson.NonInstructionalProperties,
            () => new NonInstructionalPeriod(parts.Name, parts.Start, parts.End, parts.Kind));
    }

    /// <inheritdoc/>
    public override void WriteValue(Utf8JsonWriter writer, NonInstructionalPeriod value)
    {
        writer.WriteStartObject();
        DateSpanJson.WriteDates(writer, value.Name, value.Start, value.End, singleDayAsDate: true);
        NonInstructionalKindJsonConverter.Instance.WriteProperty(writer, "kind", value.Kind);
        writer.WriteEndObject();
    }
}
