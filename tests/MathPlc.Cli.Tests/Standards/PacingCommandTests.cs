using System.Text.Json;
using MathPlc.Tests;

namespace MathPlc.Cli.Tests.Standards;

/// <summary><c>mathplc pacing</c> on <see cref="FiveWeekCalendar"/> (21 instructional days, counted by hand).</summary>
public sealed class PacingCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly string _calendar;

    public PacingCommandTests() => _calendar = _folder.Write("calendar.json", FiveWeekCalendar.Json);

    public void Dispose() => _folder.Dispose();

    // Unit A: 5 teaching + 1 assessment = 6 days: Aug 31–Sep 4, Labor Day off, assessment Tue Sep 8.
    // Unit B: 8 + 1 + 1 flex = 10 days from Wed Sep 9: Sep 9–11 (3), 14–18 (8), assessment Mon Sep 21, flex Tue Sep 22.
    private const string Units = """
        {
          "units": [
            { "name": "Unit A", "teachingDays": 5, "targets": [ { "id": "6.RP.A.1", "code": "6.RP.A.1", "statement": "I can describe a ratio.", "dok": 2, "demand": "proceduresWithConnections", "aspects": ["conceptualUnderstanding"] } ] },
            { "name": "Unit B", "teachingDays": 8, "assessmentDays": 1, "flexDays": 1 }
          ]
        }
        """;

    [Fact]
    public void The_guide_has_the_documented_columns_and_hand_counted_dates()
    {
        var result = CliRun.Run("pacing", "--calendar", _calendar, "--units", _folder.Write("units.json", Units));
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal(
            "unit,starts_on,ends_on,assessment_on,instructional_days,warnings\n" +
            "Unit A,2026-08-31,2026-09-08,2026-09-08,6,\n" +
            "Unit B,2026-09-09,2026-09-22,2026-09-21,10,\n",
            result.Stdout.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void From_starts_the_first_unit_later_and_json_has_flex_dates()
    {
        var result = CliRun.Run("pacing", "--calendar", _calendar, "--units", _folder.Write("units.json", Units), "--from", "2026-09-07", "--format", "json");
        Assert.True(result.ExitCode == 0, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var units = json.RootElement.GetProperty("units");
        Assert.Equal("2026-09-08", units[0].GetProperty("startsOn").GetString()); // Labor Day: the next instructional day
        // Unit A: Sep 8–11, 14 teach, Sep 15 assess. Unit B: Sep 16–18, 21–23, (fall break Sep 24, 25, 28), Sep 29–30 teach,
        // Oct 1 assess, Oct 2 flex.
        Assert.Equal("2026-10-01", units[1].GetProperty("assessmentOn")[0].GetString());
        Assert.Equal("2026-10-02", units[1].GetProperty("flexOn")[0].GetString());
    }

    [Fact]
    public void Units_longer_than_the_year_are_exit_code_3_naming_the_unit()
    {
        var result = CliRun.Run("pacing", "--calendar", _calendar, "--units", _folder.Write("long.json", """{ "units": [ { "name": "Everything", "teachingDays": 30 } ] }"""));
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("units-do-not-fit", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("\"Everything\"", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public void A_calendar_without_instructional_days_is_exit_code_3()
    {
        string weekend = _folder.Write("weekend.json", """{ "firstDay": "2026-08-29", "lastDay": "2026-08-30" }""");
        var result = CliRun.Run("pacing", "--calendar", weekend, "--units", _folder.Write("units.json", Units));
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("no-instructional-days", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "units": [ { "name": "U", "teachingDays": "ten" } ] }""", "wrong-type")] // a string where a number goes, as in every MathPlc JSON file (was bad-number before decision 0093)
    [InlineData("""{ "units": [ { "name": "U", "teachingDays": 2.5 } ] }""", "bad-number")]
    [InlineData("""{ "units": [ { "teachingDays": 3 } ] }""", "missing-property")]
    [InlineData("""{ "unit": [] }""", "unknown-property")]
    [InlineData("""{ "units": [ { "name": "U", "teachingDays": 0 } ] }""", "invalid-unit")]
    [InlineData("""{ "units": [ { "name": "U", "teachingDays": 3, "targets": [ { "id": "t", "statement": "s", "demand": "hard" } ] } ] }""", "unknown-name")]
    [InlineData("not json", "bad-json")]
    public void Bad_unit_files_are_exit_code_3_with_the_place(string json, string code)
    {
        var result = CliRun.Run("pacing", "--calendar", _calendar, "--units", _folder.Write("bad.json", json));
        Assert.Equal(3, result.ExitCode);
        Assert.Contains(code, result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_outside_the_year_is_exit_code_3() =>
        Assert.Equal(3, CliRun.Run("pacing", "--calendar", _calendar, "--units", _folder.Write("units.json", Units), "--from", "2027-01-04").ExitCode);
}
