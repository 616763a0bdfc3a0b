using System.Text;

namespace MathPlc.Cli.Shell;

/// <summary>
/// Writes a command's finished output to <c>--out FILE</c> or, without it, to standard output, all at once:
/// a failure leaves no file and no half-written file, and never a partial report on standard output.
/// </summary>
/// <remarks>
/// Commands build their whole output in memory first. A file is written to a temporary file in the target
/// folder (so the final rename stays on one file system) and then moved over the target, replacing any
/// earlier file in one step. Text is UTF-8 without a byte-order mark.
/// </remarks>
internal static class AtomicOutput
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

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

        string target = Path.GetFullPath(outPath);
        string folder = Path.GetDirectoryName(target) ?? Directory.GetCurrentDirectory();
        string temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(Utf8NoBom.GetBytes(text));
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    /// <summary>
    /// Why <paramref name="outPath"/> cannot be written to, as a usage error message, or null when it can be
    /// tried: its folder must exist and it must not be a folder itself.
    /// </summary>
    public static string? ProblemWith(string outPath)
    {
        if (string.IsNullOrWhiteSpace(outPath)) return "--out needs a file name.";
        string target = Path.GetFullPath(outPath);
        if (Directory.Exists(target)) return $"--out {outPath} is a folder; give a file name.";
        string? folder = Path.GetDirectoryName(target);
        if (folder is not null && !Directory.Exists(folder)) return $"--out {outPath}: the folder {folder} does not exist.";
        return null;
    }
}
