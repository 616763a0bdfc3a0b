using System.CommandLine;
using MathPlc.Cli.Shell;
using MathPlc.Interop;

namespace MathPlc.Cli.Cycle;

/// <summary>
/// Runs <c>mathplc cycle</c>'s work with the exit codes of <see cref="CommandRunner"/>: the work returns the text for
/// standard output, or null when it wrote a folder itself; usage errors → 2, bad data → 3, anything else → 1.
/// </summary>
internal static class CycleRunner
{
    /// <summary>Runs <paramref name="produce"/> and prints what it returns.</summary>
    /// <returns>The process exit code.</returns>
    public static int Run(ParseResult parseResult, TextWriter stdout, TextWriter stderr, Func<string?> produce)
    {
        string commandPath = CommandRunner.CommandPath(parseResult);
        try
        {
            if (produce() is { } text)
            {
                stdout.Write(text);
                stdout.Flush();
            }
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
#pragma warning disable CA1031 // The last line of defence: every other failure is exit code 1 with a message, never a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return (int)ErrorReport.Unexpected(stderr, commandPath, e);
        }
    }
}
