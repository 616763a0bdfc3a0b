namespace MathPlc.Cli.Tests;

/// <summary>The real entry point, as a separate process: exit codes reach the shell, errors go to stderr only.</summary>
public sealed class ToolProcessTests : IDisposable
{
    private readonly TempFolder _folder = new();

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
}
