using MathPlc.Tests;

namespace MathPlc.Cli.Tests;

/// <summary>
/// A wrong command line is exit code 2 with the reason on standard error, nothing on standard output and no
/// output file — whether or not the calendar file exists (these lines never need to read it).
/// </summary>
public sealed class UsageErrorTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("Required command was not provided")]
    [InlineData("'bogus'", "bogus")]
    [InlineData("'--bogus'", "calendar", "--calendar", "{calendar}", "--bogus")]
    [InlineData("--calendar' is required", "calendar")]
    [InlineData("--calendar' is required", "calendar", "--from", "2026-09-01")]
    [InlineData("--calendar needs a file name", "calendar", "--calendar", " ")]
    [InlineData("--from 2026-02-30 is not a date in the form yyyy-MM-dd", "calendar", "--calendar", "{calendar}", "--from", "2026-02-30")]
    [InlineData("--from 14.09.2026 is not a date", "calendar", "--calendar", "{calendar}", "--from", "14.09.2026")] // German order, machine culture de-DE
    [InlineData("--to 09/14/2026 is not a date", "calendar", "--calendar", "{calendar}", "--to", "09/14/2026")]
    [InlineData("--to 2026-09-01 is before --from 2026-09-14", "calendar", "--calendar", "{calendar}", "--from", "2026-09-14", "--to", "2026-09-01")]
    [InlineData("--nth 0 is not a whole number of 1 or more", "calendar", "--calendar", "{calendar}", "--nth", "0")]
    [InlineData("--nth -3 is not a whole number of 1 or more", "calendar", "--calendar", "{calendar}", "--nth", "-3")]
    [InlineData("--nth 2,5 is not a whole number of 1 or more", "calendar", "--calendar", "{calendar}", "--nth", "2,5")]
    [InlineData("--format xml is not one of md, json, csv", "calendar", "--calendar", "{calendar}", "--format", "xml")]
    [InlineData("the folder", "calendar", "--calendar", "{calendar}", "--out", "{folder}/no-such-folder/out.md")]
    public void A_wrong_command_line_exits_2_with_the_reason_on_stderr_only(string reason, params string[] args)
    {
        // Both a calendar that exists (any content: it must not be read) and one that does not.
        foreach (string calendar in new[] { _folder.Write("calendar.json", "not even JSON"), _folder.PathOf("missing.json") })
        {
            string output = _folder.PathOf("out.md");
            string[] line = [.. args.Select(a => a.Replace("{calendar}", calendar, StringComparison.Ordinal).Replace("{folder}", _folder.Path, StringComparison.Ordinal))];
            bool namesOut = line.Contains("--out");
            if (!namesOut && line.Contains("--calendar")) line = [.. line, "--out", output];

            var result = CliRun.Run(line);

            Assert.Equal(2, result.ExitCode);
            Assert.Equal("", result.Stdout);
            Assert.Contains(reason, result.Stderr, StringComparison.Ordinal);
            Assert.Contains("--help' for usage", result.Stderr, StringComparison.Ordinal);
            Assert.False(File.Exists(output));
            Assert.DoesNotContain(_folder.FileNames(), name => name.EndsWith(".tmp", StringComparison.Ordinal));
        }
    }
}
