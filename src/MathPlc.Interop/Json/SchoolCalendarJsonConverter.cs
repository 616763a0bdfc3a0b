using System.Text.Json;
using MathPlc.Core;
using NodaTime;

namespace MathPlc.Interop.Json;

/// <summary>
/// Reads and writes a <see cref="SchoolCalendar"/> as calendar JSON, the file format users write by hand:
/// <c>{"firstDay","lastDay","instructionalWeekdays":["monday",…],"nonInstructional":[…],"gradingPeriods":[…]}</c>.
/// </summary>
/// <remarks>
/// <para>
/// <c>firstDay</c> and <c>lastDay</c> are required; <c>instructionalWeekdays</c> defaults to Monday to Friday;
/// <c>nonInstructional</c> and <c>gradingPeriods</c> default to none. An unknown property is refused
/// (see <see cref="JsonRead.NextProperty"/>), here and in every period.
/// </para>
/// <para>
/// So that an error points at the line that causes it, the year is checked as soon as both its days are
/// read, and each period as soon as it is read (when the year is already known); the whole calendar is
/// checked again by its constructor at the end. Every broken invariant is a <see cref="JsonException"/>
/// naming the path (<c>$.nonInstructional[2]</c>) with Core's exception inside.
/// </para>
/// </remarks>
internal sealed class SchoolCalendarJsonConverter : ObjectJsonConverter<SchoolCalendar>
{
    private const string Code = "invalid-calendar";

    private static readonly string[] Properties = ["firstDay", "lastDay", "instructionalWeekdays", "nonInstructional", "gradingPeriods"];

    /// <inheritdoc/>
    public override SchoolCalendar ReadAt(ref Utf8JsonReader reader, string path)
    {
        JsonRead.StartObject(ref reader, path);
        LocalDate? firstDay = null, lastDay = null;
        SchoolCalendar? year = null; // the year alone, once both days are read and valid
        ImmutableArray<IsoDayOfWeek>? weekdays = null;
        var closures = ImmutableArray<NonInstructionalPeriod>.Empty;
        var periods = ImmutableArray<GradingPeriod>.Empty;
        while (JsonRead.NextProperty(ref reader, path, Properties, out string property))
        {
            string at = JsonPath.Property(path, property);
            switch (property)
            {
                case "firstDay": firstDay = LocalDateJsonConverter.Instance.ReadAt(ref reader, at); break;
                case "lastDay": lastDay = LocalDateJsonConverter.Instance.ReadAt(ref reader, at); break;
                case "instructionalWeekdays":
                    weekdays = JsonRead.Array(ref reader, at, IsoDayOfWeekJsonConverter.Instance.ReadAt);
                    break;
                case "nonInstructional":
                    closures = JsonRead.Array(ref reader, at, CheckedInYear(year, NonInstructionalPeriodJsonConverter.Instance.ReadAt,
                        static (y, closure) => new SchoolCalendar(y.FirstDay, y.LastDay, nonInstructional: [closure])));
                    break;
                case "gradingPeriods":
                    periods = JsonRead.Array(ref reader, at, CheckedInYear(year, GradingPeriodJsonConverter.Instance.ReadAt,
                        static (y, period) => new SchoolCalendar(y.FirstDay, y.LastDay, gradingPeriods: [period])));
                    break;
            }
            if (year is null && firstDay is { } first && lastDay is { } last)
                year = JsonRead.Construct(path, Code, Properties, () => new SchoolCalendar(first, last));
        }
        JsonRead.Required(path, ("firstDay", firstDay is not null), ("lastDay", lastDay is not null));
        return JsonRead.Construct(path, Code, Properties,
            () => new SchoolCalendar(firstDay!.Value, lastDay!.Value, weekdays, closures, periods));
    }

    /// <summary>Writes a calendar; the weekdays are always written, single-day periods with <c>"date"</c>.</summary>
    public override void WriteValue(Utf8JsonWriter writer, SchoolCalendar value)
    {
        writer.WriteStartObject();
        LocalDateJsonConverter.Instance.WriteProperty(writer, "firstDay", value.FirstDay);
        LocalDateJsonConverter.Instance.WriteProperty(writer, "lastDay", value.LastDay);
        writer.WriteStartArray("instructionalWeekdays");
        foreach (var day in value.InstructionalWeekdays)
            IsoDayOfWeekJsonConverter.Instance.WriteValue(writer, day);
        writer.WriteEndArray();
        writer.WriteStartArray("nonInstructional");
        foreach (var closure in value.NonInstructional)
            NonInstructionalPeriodJsonConverter.Instance.WriteValue(writer, closure);
        writer.WriteEndArray();
        writer.WriteStartArray("gradingPeriods");
        foreach (var period in value.GradingPeriods)
            GradingPeriodJsonConverter.Instance.WriteValue(writer, period);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    // Reads a period and, when the year is already known, checks it against the year while the reader still stands on it.
    private static JsonRead.ItemReader<T> CheckedInYear<T>(SchoolCalendar? year, JsonRead.ItemReader<T> read, Func<SchoolCalendar, T, SchoolCalendar> yearWith) =>
        (ref Utf8JsonReader reader, string path) =>
        {
            var item = read(ref reader, path);
            if (year is not null) JsonRead.Construct(path, Code, [], () => yearWith(year, item));
            return item;
        };
}
