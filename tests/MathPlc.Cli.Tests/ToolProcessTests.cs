using MathPlc.Tests;

namespace MathPlc.Cli.Tests;

/// <summary>The real entry point, as a separate process: exit codes reach the shell, errors go to stderr only.</summary>
public sealed class ToolProcessTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Version_exits_0_with_one_line_on_stdout()
    {
        var result = ToolProcess.Run(_folder.Path, "--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+\S*\n$", result.Stdout);
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public void An_unknown_option_exits_2_with_the_error_on_stderr_only()
    {
        var result = ToolProcess.Run(_folder.Path, "calendar", "--calendar", "calendar.json", "--bogus");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains("'--bogus'", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_calendar_exits_3_naming_the_file_and_leaves_no_output_file()
    {
        var result = ToolProcess.Run(_folder.Path, "calendar", "--calendar", "calendar.json", "--out", "year.md");

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Equal("calendar.json: file-not-found: file not found", result.Stderr.Trim());
        Assert.Empty(_folder.FileNames());
    }

    [Fact]
    public void A_calendar_runs_to_exit_0_with_the_hand_counted_facts_under_a_german_locale()
    {
        _folder.Write("calendar.json", FiveWeekCalendar.Json);

        var result = ToolProcess.Run(_folder.Path, "calendar", "--calendar", "calendar.json", "--format", "json", "--out", "year.json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Equal("", result.Stderr);
        string written = File.ReadAllText(_folder.PathOf("year.json"));
        Assert.Contains("\"instructionalDays\": 21,", written, StringComparison.Ordinal);
        Assert.Contains("\"instructionalWeekCount\": 5,", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_data_exits_3_with_file_line_and_column_on_stderr()
    {
        _folder.Write("calendar.json", "{\n  \"firstDay\": \"2026-08-31\",\n  \"lastDay\": \"2026-10-02\",\n  \"instructionalWeekdays\": [\"funday\"]\n}\n");

        var result = ToolProcess.Run(_folder.Path, "calendar", "--calendar", "calendar.json", "--out", "year.md");

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.StartsWith("calendar.json:4:", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(["calendar.json"], _folder.FileNames());
    }
}
