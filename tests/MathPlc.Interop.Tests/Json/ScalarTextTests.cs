using System.Text.Json;
using MathPlc.Core;
using MathPlc.Interop.Json;
using NodaTime;

namespace MathPlc.Interop.Tests.Json;

/// <summary>
/// Dates, weekdays, kinds and identifiers as the values that hold them write and read them. They have no JSON form of
/// their own since decision 0160 (the converters that gave them one went with <c>MathPlcJsonContext</c>); the words a
/// user reads for a bad one are the ones those converters printed.
/// </summary>
public class ScalarTextTests
{
    private const string Calendar = """{"firstDay":"2026-08-24","lastDay":"2027-06-04","instructionalWeekdays":[WEEKDAY]}""";

    // An evidence object with one member's value as given (added when it is not one of the four required).
    private static string EvidenceWith(string member, string value)
    {
        var members = new Dictionary<string, string> { ["studentId"] = "\"S-1\"", ["targetId"] = "\"T\"", ["assessedOn"] = "\"2026-09-14\"", ["score"] = "3" };
        members[member] = value;
        return "{" + string.Join(",", members.Select(m => $"\"{m.Key}\":{m.Value}")) + "}";
    }

    private static void Refused<T>(string json, params string[] parts)
    {
        var e = Assert.Throws<JsonException>(() => MathPlcJson.Deserialize<T>(json));
        foreach (string part in parts) Assert.Contains(part, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_are_iso_strings() =>
        Assert.Contains("\"assessedOn\":\"2026-09-14\"", MathPlcJson.Serialize(new Evidence(new StudentId("S-1"), new TargetId("T"), new LocalDate(2026, 9, 14), 3)), StringComparison.Ordinal);

    [Fact]
    public void A_date_out_of_range_names_the_text_and_the_reason() =>
        Refused<Evidence>(EvidenceWith("assessedOn", "\"2026-13-01\""), "$.assessedOn: ", "\"2026-13-01\" is not a date in the form yyyy-MM-dd", "month 13");

    [Fact]
    public void A_date_in_another_form_is_refused() => Refused<Evidence>(EvidenceWith("assessedOn", "\"14/09/2026\""), "\"14/09/2026\" is not a date");

    [Fact]
    public void Kinds_are_camel_case_names()
    {
        var calendar = new SchoolCalendar(new LocalDate(2026, 8, 24), new LocalDate(2027, 6, 4),
            nonInstructional: [NonInstructionalPeriod.OnDate("PD day", new LocalDate(2026, 10, 9), NonInstructionalKind.ProfessionalDevelopment)]);
        Assert.Contains("\"kind\":\"professionalDevelopment\"", MathPlcJson.Serialize(calendar), StringComparison.Ordinal);
    }

    [Fact]
    public void Weekdays_are_read_ignoring_case() =>
        Assert.Equal([IsoDayOfWeek.Monday], MathPlcJson.Deserialize<SchoolCalendar>(Calendar.Replace("WEEKDAY", "\"Monday\"", StringComparison.Ordinal)).InstructionalWeekdays);

    [Fact]
    public void An_unknown_weekday_lists_the_weekdays() =>
        Refused<SchoolCalendar>(Calendar.Replace("WEEKDAY", "\"funday\"", StringComparison.Ordinal),
            "\"funday\" is not a day of the week; use one of \"monday\", \"tuesday\", \"wednesday\", \"thursday\", \"friday\", \"saturday\", \"sunday\".");

    [Fact]
    public void No_day_of_the_week_is_not_read() =>
        Refused<SchoolCalendar>(Calendar.Replace("WEEKDAY", "\"none\"", StringComparison.Ordinal), "\"none\" is not a day of the week");

    [Fact]
    public void Kind_numbers_are_refused() => Refused<Evidence>(EvidenceWith("kind", "1"), "$.kind: expected a string, found a number (1)");

    [Fact]
    public void Identifiers_are_plain_trimmed_strings()
    {
        Assert.StartsWith("{\"studentId\":\"S-104233\",", MathPlcJson.Serialize(new Evidence(new StudentId("S-104233"), new TargetId("T"), new LocalDate(2026, 9, 14), 3)), StringComparison.Ordinal);
        Assert.Equal(new TargetId("6.RP.A.3"), MathPlcJson.Deserialize<Evidence>(EvidenceWith("targetId", "\" 6.RP.A.3 \"")).TargetId);
    }

    [Fact]
    public void A_blank_identifier_is_refused() => Refused<Evidence>(EvidenceWith("studentId", "\"\""), "\"\" is not a StudentId", "must not be empty");

    [Fact]
    public void An_identifier_given_as_a_number_is_refused() => Refused<Evidence>(EvidenceWith("studentId", "104233"), "$.studentId: expected a string, found a number (104233)");
}
