using MathPlc.Interop;

namespace MathPlc.Cli.Shell;

/// <summary>
/// How every command reports a failure on standard error, and which exit code goes with it. Nothing here
/// writes to standard output: errors never mix with a command's output.
/// </summary>
/// <remarks>
/// Usage errors name the command and point to its help. Bad data is written one diagnostic per line in the
/// compiler style of <see cref="DataDiagnostic.ToString"/> (<c>file:line:column: code: field "value": what is wrong</c>),
/// so editors and scripts can jump to the place.
/// </remarks>
internal static class ErrorReport
{
    /// <summary>Reports usage errors for <paramref name="commandPath"/> (e.g. <c>mathplc calendar</c>).</summary>
    public static ExitCode Usage(TextWriter stderr, string commandPath, IEnumerable<string> messages)
    {
        foreach (var message in messages) stderr.WriteLine($"{commandPath}: error: {message}");
        stderr.WriteLine($"Run '{commandPath} --help' for usage.");
        return ExitCode.UsageError;
    }

    /// <summary>Reports every problem found in a data file.</summary>
    public static ExitCode BadData(TextWriter stderr, DataFileException exception)
    {
        foreach (var diagnostic in exception.Diagnostics) stderr.WriteLine(diagnostic.ToString());
        return ExitCode.BadData;
    }

    /// <summary>Reports a failure nobody planned for: the kind of exception and its message, so a user can file an issue.</summary>
    public static ExitCode Unexpected(TextWriter stderr, string commandPath, Exception exception)
    {
        stderr.WriteLine($"{commandPath}: unexpected error: {exception.GetType().FullName}: {exception.Message}");
        return ExitCode.Unexpected;
    }
}
