using System.Text.Json;
using MathPlc.Tests;

namespace MathPlc.Cli.Tests.Agenda;

/// <summary><c>mathplc agenda</c> end to end on the five-week calendar counted by hand, with the shipped template.</summary>
public sealed class AgendaCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Template => Path.Combine(SharedData.RepositoryRoot, "docs", "templates", "team-actions.json");

    private string[] Args(params string[] more) =>
        ["agenda", "--calendar", _folder.Write("cal.json", FiveWeekCalendar.Json), "--actions", Template, "--starts", "2026-09-14", "--ends", "2026-09-23", "--meets", "monday,thu", .. more];

    // FiveWeekCalendar: Mondays and Thursdays that are school days are 08-31, 09-03, 09-10, 09-14, 09-17, 09-21, 10-01.
    // The template has 4 before-, 3 during- and 3 after-unit actions: 09-03 and 09-10 take two before-actions each,
    // the unit's three meetings take the three during-actions, and 10-01 (the only meeting left) all three after-actions.
    [Fact]
    public void Csv_lists_each_meeting_date_with_its_actions()
    {
        var result = CliRun.Run(Args("--format", "csv"));
        Assert.True(result.ExitCode == 0, result.Stderr);
        var lines = result.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("date,weekday,phase,action_id,action", lines[0]);
        Assert.StartsWith("2026-09-03,thursday,before,essential-standards,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("2026-09-10,thursday,before,common-assessment,", lines[3], StringComparison.Ordinal);
        Assert.StartsWith("2026-09-14,monday,during,tasks-in-class,", lines[5], StringComparison.Ordinal);
        Assert.StartsWith("2026-10-01,thursday,after,reflect,", lines[^1], StringComparison.Ordinal);
        Assert.Equal(1 + 4 + 3 * 3 + 3, lines.Length);
    }

    [Fact]
    public void Json_and_markdown_carry_the_meetings_and_the_reasons()
    {
        var json = CliRun.Run(Args("--format", "json", "--before", "1"));
        Assert.True(json.ExitCode == 0, json.Stderr);
        using var doc = JsonDocument.Parse(json.Stdout);
        var first = doc.RootElement.GetProperty("meetings")[0];
        Assert.Equal("2026-09-10", first.GetProperty("date").GetString());
        Assert.Equal(4, first.GetProperty("actions").GetArrayLength());
        Assert.Contains(doc.RootElement.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("code").GetString() == "after-meetings");

        var md = CliRun.Run(Args());
        Assert.True(md.ExitCode == 0, md.Stderr);
        Assert.Contains("## 2026-09-10 (thursday), before the unit", md.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--meets", "someday")]
    [InlineData("--meets", "mon,monday")]
    [InlineData("--ends", "2026-09-01")]
    [InlineData("--ends", "2026-12-01")]
    [InlineData("--before", "0")]
    public void Bad_options_are_usage_errors(string option, string value)
    {
        var args = Args().ToList();
        int at = args.IndexOf(option);
        if (at >= 0) args[at + 1] = value;
        else args.AddRange([option, value]);
        var result = CliRun.Run([.. args]);
        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("Exception", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_meeting_days_are_a_usage_error() =>
        Assert.Equal(2, CliRun.Run([.. Args().Take(9)]).ExitCode);

    [Theory]
    [InlineData("""{ "actions": [ { "id": "a", "phase": "someday", "action": "x" } ] }""", "unknown-phase", ":1:")]
    [InlineData("""{ "actions": [ { "id": "a", "phase": "before", "action": "x" }, { "id": "a", "phase": "after", "action": "y" } ] }""", "duplicate-id", "actions[1].id")]
    [InlineData("""{ "actions": [] }""", "invalid-action", "")]
    [InlineData("""{ "actions": [ { "id": "a", "phase": "before", "phase": "after", "action": "x" } ] }""", "duplicate-property", "")]
    public void Bad_actions_are_exit_code_three(string actions, string code, string where)
    {
        var args = Args().ToArray();
        args[4] = _folder.Write("actions.json", actions);
        var result = CliRun.Run(args);
        Assert.Equal(3, result.ExitCode);
        Assert.Contains(code, result.Stderr, StringComparison.Ordinal);
        Assert.Contains("actions.json", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(where, result.Stderr, StringComparison.Ordinal);
    }

    private static string ExampleUnit => Path.Combine(SharedData.RepositoryRoot, "docs", "examples", "unit.json");

    // docs/examples/unit.json: the common assessment on Thu 2026-10-08 after 15 teaching days; Labor Day (09-07) is before.
    // Counting school days back from 10-07: 10-07..10-05 (3), 10-02..09-28 (8), 09-25..09-21 (13), 09-18, 09-17 (15), so the
    // unit runs 09-17 to 10-08. Tuesdays and Thursdays: before it 09-10 and 09-15, inside it 09-17 … 10-08 (7 meetings),
    // after it 10-13 and 10-15.
    [Fact]
    public void The_unit_file_gives_the_calendar_and_the_unit_days()
    {
        var result = CliRun.Run("agenda", "--unit", ExampleUnit, "--actions", Template, "--meets", "tue,thu", "--format", "json");
        Assert.True(result.ExitCode == 0, result.Stderr);
        using var doc = JsonDocument.Parse(result.Stdout);
        Assert.Equal("2026-09-17", doc.RootElement.GetProperty("unitStart").GetString());
        Assert.Equal("2026-10-08", doc.RootElement.GetProperty("unitEnd").GetString());
        var meetings = doc.RootElement.GetProperty("meetings").EnumerateArray().Select(m => (m.GetProperty("date").GetString(), m.GetProperty("phase").GetString())).ToArray();
        Assert.Equal(("2026-09-10", "before"), meetings[0]);
        Assert.Equal(("2026-09-15", "before"), meetings[1]);
        Assert.Equal(7, meetings.Count(m => m.Item2 == "during"));
        Assert.Equal([("2026-10-13", "after"), ("2026-10-15", "after")], meetings[^2..]);
    }

    [Theory]
    [InlineData("--calendar")]
    [InlineData("--starts")]
    [InlineData("--ends")]
    public void The_unit_file_and_dates_together_are_a_usage_error(string option)
    {
        string value = option == "--calendar" ? _folder.Write("cal.json", FiveWeekCalendar.Json) : "2026-09-14";
        var result = CliRun.Run("agenda", "--unit", ExampleUnit, "--actions", Template, "--meets", "tue", option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--unit", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_unit_file_the_calendar_is_required()
    {
        var result = CliRun.Run("agenda", "--actions", Template, "--starts", "2026-09-14", "--ends", "2026-09-23", "--meets", "mon");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--calendar is required", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"teachingDays\": 15", "\"teachingDays\": 400", "unit-before-calendar", "unit.teachingDays")]
    [InlineData("\"assessedOn\": \"2026-10-08\"", "\"assessedOn\": \"2027-08-02\"", "assessment-outside-calendar", "assessment.assessedOn")]
    [InlineData("\"teachingDays\": 15", "\"teachingDays\": 0", "", "teachingDays")]
    public void A_unit_file_whose_days_do_not_fit_is_bad_data(string old, string replacement, string code, string field)
    {
        string unit = File.ReadAllText(ExampleUnit);
        Assert.Contains(old, unit, StringComparison.Ordinal);
        var result = CliRun.Run("agenda", "--unit", _folder.Write("unit.json", unit.Replace(old, replacement, StringComparison.Ordinal)), "--actions", Template, "--meets", "tue");
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("unit.json", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(code, result.Stderr, StringComparison.Ordinal);
        Assert.Contains(field, result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Stderr, StringComparison.Ordinal);
    }
}
