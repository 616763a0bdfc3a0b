using MathPlc.Tests;

namespace MathPlc.Cli.Tests;

public sealed class MissingFileTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("md")]
    [InlineData("json")]
    [InlineData("csv")]
    public void A_missing_calendar_file_exits_3_naming_the_file_and_writes_nothing(string format)
    {
        string calendar = _folder.PathOf("calendar.json");
        string output = _folder.PathOf("out." + format);

        var result = CliRun.Run("calendar", "--calendar", calendar, "--format", format, "--out", output);

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Equal($"{calendar}: file-not-found: file not found", result.Stderr.Trim());
        Assert.Empty(_folder.FileNames());
    }

    [Fact]
    public void A_missing_calendar_file_without_out_writes_nothing_to_stdout()
    {
        var result = CliRun.Run("calendar", "--calendar", "no-such-calendar.json");

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.StartsWith("no-such-calendar.json: file-not-found: file not found", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_given_as_the_calendar_exits_3_naming_it()
    {
        var result = CliRun.Run("calendar", "--calendar", _folder.Path, "--out", _folder.PathOf("out.md"));

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Equal($"{_folder.Path}: not-a-file: this is a folder, not a file", result.Stderr.Trim());
        Assert.Empty(_folder.FileNames());
    }
}
