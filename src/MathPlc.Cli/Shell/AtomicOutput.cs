using MathPlc.Interop;

namespace MathPlc.Cli.Shell;

/// <summary>
/// Writes a command's finished output to <c>--out FILE</c> or, without it, to standard output, all at once:
/// a failure leaves no file and no half-written file, and never a partial report on standard output.
/// </summary>
/// <remarks>
/// Commands build their whole output in memory first. A file is written by Interop's <see cref="OutputFile"/>
/// (all or nothing, replacing any earlier file in one step, UTF-8 without a byte-order mark); the CLI keeps
/// only the usage checks on <c>--out</c>.
/// </remarks>
internal static class AtomicOutput
{
    /// <summary>Writes <paramref name="text"/> to <paramref name="outPath"/>, or to <paramref name="stdout"/> when it is null.</summary>
    /// <exception cref="IOException">The file could not be written; the target is then untouched.</exception>
    public static void Write(string text, string? outPath, TextWriter stdout)
    {
        if (outPath is null)
        {
            stdout.Write(text);
            stdout.Flush();
            return;
        }
        OutputFile.WriteText(outPath, text);
    }

    /// <summary>
    /// Why <paramref name="outPath"/> cannot be written to, as a usage error message, or null when it can be
    /// tried: <see cref="OutputTarget"/>'s rules (a regular file in an existing folder; links followed to a regular file).
    /// </summary>
    public static string? ProblemWith(string outPath) =>
        string.IsNullOrWhiteSpace(outPath) ? "--out needs a file name."
        : OutputTarget.ProblemWith(outPath) is { } problem ? $"--out {problem}"
        : null;
}
