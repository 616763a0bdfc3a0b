using System.CommandLine;
using MathPlc.Interop;

namespace MathPlc.Cli.Shell;

/// <summary>
/// Runs a command's work and turns its outcome into output and an exit code, the same way for every command:
/// the work returns the whole output text; only then is it written (atomically) to <c>--out</c> or standard
/// output. <see cref="UsageException"/> and <see cref="OutputPathException"/> (an output path MathPlc will not write) → 2,
/// <see cref="DataFileException"/> → 3, anything else → 1, each reported on standard error by <see cref="ErrorReport"/>.
/// </summary>
internal static class CommandRunner
{
    /// <summary>Runs <paramref name="produce"/> and writes what it returns to the destination <paramref name="outOption"/> names.</summary>
    /// <returns>The process exit code.</returns>
    public static int Run(ParseResult parseResult, Option<string?> outOption, Func<string> produce) =>
        Guarded(parseResult, () => AtomicOutput.Write(produce(), parseResult.GetValue(outOption), parseResult.InvocationConfiguration.Output));

    /// <summary>
    /// Runs <paramref name="work"/> with every command's exit codes: <see cref="UsageException"/> → 2,
    /// <see cref="DataFileException"/> → 3, anything else → 1, each reported on standard error.
    /// </summary>
    /// <returns>The process exit code.</returns>
    public static int Guarded(ParseResult parseResult, Action work)
    {
        var stderr = parseResult.InvocationConfiguration.Error;
        string commandPath = CommandPath(parseResult);
        try
        {
            using var formulas = Text.CsvText.Use(parseResult);
            work();
            return (int)ExitCode.Done;
        }
        catch (UsageException e)
        {
            return (int)ErrorReport.Usage(stderr, commandPath, [e.Message]);
        }
        catch (DataFileException e)
        {
            return (int)ErrorReport.BadData(stderr, e);
        }
        catch (OutputPathException e)
        {
            return (int)ErrorReport.Usage(stderr, commandPath, [$"cannot write {e.Message}"]);
        }
#pragma warning disable CA1031 // The last line of defence: every other failure is exit code 1 with a message, never a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return (int)ErrorReport.Unexpected(stderr, commandPath, e);
        }
    }

    /// <summary>The words that name the command being run, e.g. <c>mathplc calendar</c>.</summary>
    public static string CommandPath(ParseResult parseResult)
    {
        var names = new List<string>();
        for (var result = parseResult.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
            names.Add(result.Command.Name);
        names.Reverse();
        return string.Join(' ', names);
    }
}
