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
}
