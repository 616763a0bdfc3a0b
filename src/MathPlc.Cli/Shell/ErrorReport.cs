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

    /// <summary>
    /// Reports a failure nobody planned for in plain words: its message (without .NET's <c>(Parameter 'x')</c>, type
    /// names or temporary file names) and what to do, so a user can file an issue.
    /// </summary>
    public static ExitCode Unexpected(TextWriter stderr, string commandPath, Exception exception)
    {
        string message = Plain(exception);
        stderr.WriteLine($"{commandPath}: unexpected error: {DiagnosticText.Shorten(message)}. Nothing was written. If this keeps happening, please report it with the command line.");
        return ExitCode.Unexpected;
    }

    /// <summary>The first line of a message, without the <c> (Parameter 'x')</c> the runtime appends.</summary>
    internal static string Plain(Exception exception)
    {
        string message = exception.Message;
        int newline = message.IndexOf('\n', StringComparison.Ordinal);
        if (newline >= 0) message = message[..newline].TrimEnd('\r');
        if (exception is ArgumentException { ParamName: { } name } && message.EndsWith($" (Parameter '{name}')", StringComparison.Ordinal))
            message = message[..^$" (Parameter '{name}')".Length];
        return message.TrimEnd('.');
    }
}
