using System.Text.Json;
using MathPlc.Core;
using MathPlc.Interop.Json;
using NodaTime;

namespace MathPlc.Interop.Tests.Json;

/// <summary>The NodaTime, enum and identifier converters on their own, including as dictionary keys.</summary>
public class ScalarConverterTests
{
    private static T Read<T>(string json) => MathPlcJson.Deserialize<T>(json);

    private static void Refused<T>(string json, params string[] parts)
    {
        var e = Assert.Throws<JsonException>(() => Read<T>(json));
        foreach (string part in parts) Assert.Contains(part, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_are_iso_strings() => Assert.Equal("\"2026-09-14\"", MathPlcJson.Serialize(new LocalDate(2026, 9, 14)));

    [Fact]
    public void A_date_out_of_range_names_the_text_and_the_reason() =>
        Refused<LocalDate>("\"2026-13-01\"", "\"2026-13-01\" is not a date in the form yyyy-MM-dd", "month 13");

    [Fact]
    public void A_date_in_another_form_is_refused() => Refused<LocalDate>("\"14/09/2026\"", "\"14/09/2026\" is not a date");

    [Fact]
    public void A_date_outside_the_iso_calendar_is_not_written() =>
        Assert.Throws<ArgumentException>(() => MathPlcJson.Serialize(new LocalDate(2026, 9, 14).WithCalendar(CalendarSystem.Julian)));

    [Fact]
    public void Dates_work_as_dictionary_keys()
    {
        var options = new JsonSerializerOptions { Converters = { new LocalDateJsonConverter() } };
        var byDate = new Dictionary<LocalDate, int> { [new LocalDate(2026, 9, 14)] = 3 };
        string json = JsonSerializer.Serialize(byDate, options);
        Assert.Equal("""{"2026-09-14":3}""", json);
        Assert.Equal(byDate, JsonSerializer.Deserialize<Dictionary<LocalDate, int>>(json, options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Dictionary<LocalDate, int>>("""{"2026-02-30":3}""", options));
    }

    [Fact]
    public void Times_are_extended_iso() =>
        Assert.Equal(("\"07:45:00\"", "\"07:45:00.125\""), (MathPlcJson.Serialize(new LocalTime(7, 45)), MathPlcJson.Serialize(new LocalTime(7, 45, 0, 125))));

    [Fact]
    public void A_time_without_seconds_is_refused() => Refused<LocalTime>("\"7:45\"", "\"7:45\" is not a time");

    [Fact]
    public void Instants_are_extended_iso_in_utc() =>
        Assert.Equal("\"2026-09-14T13:45:30.123Z\"", MathPlcJson.Serialize(Instant.FromUtc(2026, 9, 14, 13, 45, 30).PlusNanoseconds(123_000_000)));

    [Fact]
    public void An_instant_at_hour_25_is_refused() => Refused<Instant>("\"2026-09-14T25:00:00Z\"", "\"2026-09-14T25:00:00Z\" is not an instant");

    [Fact]
    public void Periods_keep_their_units() =>
        Assert.Equal(("\"P14D\"", "\"P2W\""), (MathPlcJson.Serialize(Period.FromDays(14)), MathPlcJson.Serialize(Period.FromWeeks(2))));

    [Fact]
    public void A_period_with_an_unknown_unit_is_refused() => Refused<Period>("\"P1X\"", "\"P1X\" is not an ISO period");

    [Fact]
    public void Enums_are_camel_case_names() =>
        Assert.Equal("\"professionalDevelopment\"", MathPlcJson.Serialize(NonInstructionalKind.ProfessionalDevelopment));

    [Fact]
    public void Names_are_read_ignoring_case() => Assert.Equal(IsoDayOfWeek.Monday, Read<IsoDayOfWeek>("\"Monday\""));

    [Fact]
    public void An_unknown_weekday_lists_the_weekdays() =>
        Refused<IsoDayOfWeek>("\"funday\"", "\"funday\" is not a day of the week; use one of \"monday\", \"tuesday\", \"wednesday\", \"thursday\", \"friday\", \"saturday\", \"sunday\".");

    [Fact]
    public void No_day_of_the_week_is_neither_read_nor_written()
    {
        Refused<IsoDayOfWeek>("\"none\"", "\"none\" is not a day of the week");
        Assert.Throws<ArgumentOutOfRangeException>(() => MathPlcJson.Serialize(IsoDayOfWeek.None));
    }

    [Fact]
    public void Enum_numbers_are_refused() => Refused<LevelRule>("1", "expected a string, found a number (1)");

    [Fact]
    public void An_undefined_enum_value_is_not_written() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => MathPlcJson.Serialize((EvidenceKind)7));

    [Fact]
    public void Identifiers_are_plain_trimmed_strings()
    {
        Assert.Equal("\"S-104233\"", MathPlcJson.Serialize(new StudentId("S-104233")));
        Assert.Equal(new TargetId("6.RP.A.3"), Read<TargetId>("\" 6.RP.A.3 \""));
    }

    [Fact]
    public void A_blank_identifier_is_refused() => Refused<TeacherId>("\"\"", "\"\" is not a TeacherId", "must not be empty");

    [Fact]
    public void An_identifier_given_as_a_number_is_refused() => Refused<StudentId>("104233", "expected a string, found a number (104233)");

    [Fact]
    public void The_default_identifier_is_not_written() => Assert.Throws<ArgumentException>(() => MathPlcJson.Serialize(default(StudentId)));

    [Fact]
    public void Identifiers_work_as_dictionary_keys()
    {
        var options = new JsonSerializerOptions { Converters = { new IdentifierJsonConverter<StudentId>() } };
        var scores = new Dictionary<StudentId, double> { [new StudentId("S-1")] = 3.5 };
        string json = JsonSerializer.Serialize(scores, options);
        Assert.Equal("""{"S-1":3.5}""", json);
        Assert.Equal(scores, JsonSerializer.Deserialize<Dictionary<StudentId, double>>(json, options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Dictionary<StudentId, double>>("""{" ":3.5}""", options));
    }
}
