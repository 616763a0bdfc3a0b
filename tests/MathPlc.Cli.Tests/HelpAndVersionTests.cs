using System.Xml.Linq;
using MathPlc.Tests;

namespace MathPlc.Cli.Tests;

public class HelpAndVersionTests
{
    [Fact]
    public void Root_help_lists_the_commands_with_an_example_each_and_exits_0()
    {
        var result = CliRun.Run("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        Assert.Contains("Usage:", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("calendar", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("--version", result.Stdout, StringComparison.Ordinal);
        // The main job comes first, then one example per command.
        string examples = result.Stdout.ReplaceLineEndings("\n").Split("Examples:\n")[1];
        Assert.StartsWith("  mathplc cycle\n", examples, StringComparison.Ordinal);
        var lines = examples.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (var command in new[] { "calendar", "proficiency", "standards", "pacing", "stage", "runchart", "agreement", "items", "schools", "tiers", "progress" })
            Assert.Contains(lines, line => line.StartsWith($"  mathplc {command} ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("calendar", "--help")]
    [InlineData("calendar", "-h")]
    [InlineData("calendar", "--calendar", "missing.json", "--help")] // help wins over the rest of the line
    public void Calendar_help_describes_every_option_with_examples_even_without_the_required_option(params string[] args)
    {
        var result = CliRun.Run(args);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        foreach (var option in new[] { "--calendar", "--from", "--to", "--nth", "--format", "--out", "yyyy-MM-dd", "md|json|csv" })
            Assert.Contains(option, result.Stdout, StringComparison.Ordinal);
        string examples = result.Stdout.ReplaceLineEndings("\n").Split("Examples:\n")[1];
        var lines = examples.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length >= 3, examples);
        Assert.All(lines, line => Assert.StartsWith("  mathplc calendar --calendar ", line, StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("--nth", StringComparison.Ordinal));
    }

    [Fact]
    public void Version_prints_the_version_the_repository_builds_and_exits_0()
    {
        // The version is declared once, in the repository's Directory.Build.props.
        string declared = XDocument.Load(Path.Combine(SharedData.RepositoryRoot, "Directory.Build.props"))
            .Descendants("Version").Single().Value;

        var result = CliRun.Run("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        Assert.Equal(declared, result.Stdout.Trim());
    }
}
