using MathPlc.Interop;

namespace MathPlc.Cli.Shell;

/// <summary>
/// Writes a command's finished output to <c>--out FILE</c> or, without it, to standard output, all at once:
/// a failure leaves no file and no half-written file, and never a partial report on standard output.
/// </summary>
/// <remarks>
/// Most commands build their whole output in memory first; the district-size ones (proficiency, tiers, progress)
/// stream it once the data has been judged. A file is written by Interop's <see cref="OutputFile"/>
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
    /// Writes what <paramref name="write"/> writes (UTF-8 bytes, made as they are written rather than as one string) to
    /// <paramref name="outPath"/> all or nothing, or to standard output: the console's as bytes, any other writer (a
    /// test's) as text. Call it once all the work that can fail on the data is done.
    /// </summary>
    public static void Write(Action<Stream> write, string? outPath, TextWriter stdout)
    {
        if (outPath is not null)
        {
            OutputFile.Write(outPath, write);
            return;
        }
        if (ReferenceEquals(stdout, Console.Out))
        {
            stdout.Flush();
            using var console = Console.OpenStandardOutput();
            write(console);
            console.Flush();
            return;
        }
        stdout.Write(Text.Utf8Text.Of(write));
        stdout.Flush();
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
