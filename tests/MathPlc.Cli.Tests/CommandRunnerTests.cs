using System.CommandLine;
using MathPlc.Cli.Shell;
using MathPlc.Interop;

using MathPlc.Tests;

namespace MathPlc.Cli.Tests;

/// <summary>
/// The runner every command's action goes through: how each kind of failure becomes an exit code and a message on
/// standard error, with nothing on standard output and no output file. A stand-in command supplies the failures.
/// </summary>
public sealed class CommandRunnerTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private CliResult RunFailing(Exception failure, string? outFile)
    {
        var output = CommonOptions.Out();
        var fail = new Command("fail") { output };
        fail.SetAction(parse => CommandRunner.Run(parse, output, () => throw failure));
        var command = new Command("mathplc") { fail };
        string[] args = outFile is null ? ["fail"] : ["fail", "--out", outFile];
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exitCode = command.Parse(args).Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void An_unexpected_exception_is_exit_1_with_its_message_in_plain_words()
    {
        var result = RunFailing(new InvalidOperationException("the disk is on fire"), _folder.PathOf("out.md"));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Stdout);
        // Issue 14: no .NET type names on standard error.
        Assert.Equal("mathplc fail: unexpected error: the disk is on fire. Nothing was written. If this keeps happening, please report it with the command line.",
            result.Stderr.Trim());
        Assert.Empty(_folder.FileNames());
    }

    [Fact]
    public void A_usage_exception_is_exit_2_pointing_to_help()
    {
        var result = RunFailing(new UsageException("--nth 9 is too many."), null);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Equal(["mathplc fail: error: --nth 9 is too many.", "Run 'mathplc fail --help' for usage."], result.Stderr.Trim().ReplaceLineEndings("\n").Split('\n'));
    }

    [Fact]
    public void A_data_file_exception_is_exit_3_with_every_diagnostic_on_its_own_line()
    {
        var failure = new DataFileException(
        [
            new DataDiagnostic("bad-date", "not a date", "evidence.csv", 12, 4, "assessed_on", "2024-13-01"),
            new DataDiagnostic("empty-id", "the student id is empty", "evidence.csv", 15, 1, "student_id"),
        ]);

        var result = RunFailing(failure, _folder.PathOf("out.csv"));

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Equal(
            ["evidence.csv:12:4: bad-date: assessed_on \"2024-13-01\": not a date", "evidence.csv:15:1: empty-id: student_id: the student id is empty"],
            result.Stderr.Trim().ReplaceLineEndings("\n").Split('\n'));
        Assert.Empty(_folder.FileNames());
    }
}
