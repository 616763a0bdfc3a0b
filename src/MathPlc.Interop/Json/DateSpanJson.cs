using System.Text.Json;
using MathPlc.Core;
using NodaTime;

namespace MathPlc.Interop.Json;

/// <summary>
/// The JSON of a named, inclusive span of school dates, shared by grading periods and non-instructional
/// periods: <c>{"name","start","end"}</c>, and for non-instructional periods also <c>{"name","date"}</c> for a
/// single day and an optional <c>"kind"</c>.
/// </summary>
internal static class DateSpanJson
{
    /// <summary>The properties of a grading period: every one it may have, also for naming the property a Core invariant is about.</summary>
    public static readonly string[] GradingPeriodProperties = ["name", "start", "end"];

    /// <summary>The properties of a non-instructional period: every one it may have, also for naming the property a Core invariant is about.</summary>
    public static readonly string[] NonInstructionalProperties = ["name", "date", "start", "end", "kind"];

    /// <summary>A span as read, before Core checks it.</summary>
    public readonly record struct Parts(string Name, LocalDate Start, LocalDate End, NonInstructionalKind Kind);

    /// <summary>Reads a span.</summary>
    /// <param name="reader">The reader, on the span's object.</param>
    /// <param name="path">The span's JSON path.</param>
    /// <param name="nonInstructional">Whether the span is a non-instructional period, which may have <c>"date"</c> and <c>"kind"</c>; a grading period may not.</param>
    /// <exception cref="JsonException">
    /// A value is bad, a property is unknown (see <see cref="JsonRead.NextProperty"/>), a required property is
    /// missing, or both <c>date</c> and <c>start</c>/<c>end</c> are given.
    /// </exception>
    public static Parts Read(ref Utf8JsonReader reader, string path, bool nonInstructional)
    {
        JsonRead.StartObject(ref reader, path);
        string? name = null;
        LocalDate? start = null, end = null, date = null;
        var kind = NonInstructionalKind.Other;
        while (JsonRead.NextProperty(ref reader, path, nonInstructional ? NonInstructionalProperties : GradingPeriodProperties, out string property))
        {
            string at = JsonPath.Property(path, property);
            switch (property)
            {
                case "name": name = JsonRead.String(ref reader, at); break;
                case "start": start = LocalDateJsonConverter.Instance.ReadAt(ref reader, at); break;
                case "end": end = LocalDateJsonConverter.Instance.ReadAt(ref reader, at); break;
                case "date": date = LocalDateJsonConverter.Instance.ReadAt(ref reader, at); break;
                case "kind": kind = NonInstructionalKindJsonConverter.Instance.ReadAt(ref reader, at); break;
            }
        }
        if (date is { } day)
        {
            if (start is not null || end is not null)
                throw JsonFailure.Create("invalid-calendar", path, null, "give either \"date\" (one day) or \"start\" and \"end\" (a range), not both.");
            start = end = day;
        }
        if (nonInstructional && start is null && end is null)
            JsonRead.Required(path, ("name", name is not null), ("date", false)); // a one-day period is the usual case: ask for "date"
        JsonRead.Required(path, ("name", name is not null), ("start", start is not null), ("end", end is not null));
        return new Parts(name!, start!.Value, end!.Value, kind);
    }

    /// <summary>Writes the name and dates of a span (the caller writes the object's braces and any other property).</summary>
    /// <param name="writer">The writer, inside the span's object.</param>
    /// <param name="name">The span's name.</param>
    /// <param name="start">The first date.</param>
    /// <param name="end">The last date.</param>
    /// <param name="singleDayAsDate">Whether a one-day span is written as <c>"date"</c>.</param>
    public static void WriteDates(Utf8JsonWriter writer, string name, LocalDate start, LocalDate end, bool singleDayAsDate)
    {
        writer.WriteString("name", name);
        if (singleDayAsDate && start == end)
        {
            LocalDateJsonConverter.Instance.WriteProperty(writer, "date", start);
            return;
        }
        LocalDateJsonConverter.Instance.WriteProperty(writer, "start", start);
        LocalDateJsonConverter.Instance.WriteProperty(writer, "end", end);
    }
}
