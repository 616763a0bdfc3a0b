using System.Text;

namespace MathPlc.Interop;

/// <summary>
/// Writes an output file all or nothing: a report, a table or a calendar is either there whole or, after any
/// failure, exactly as it was before (an earlier file untouched, or no file at all). The one way MathPlc writes a
/// file, so every writer, and the command-line tool's <c>--out</c>, keeps the same promise.
/// </summary>
/// <remarks>
/// The content goes to a hidden temporary file in the target's folder (so the last step stays on one file
/// system), is flushed to disk, and is then moved over the target in one step, replacing any earlier file. A
/// reader of the target never sees half a file. When anything fails, the temporary file is deleted and the
/// exception is passed on unchanged. The folder is never created: it must exist.
/// </remarks>
public static class OutputFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Creates or replaces <paramref name="path"/> with what <paramref name="write"/> writes to the stream it is given.</summary>
    /// <param name="path">The file to create or replace; its folder must exist.</param>
    /// <param name="write">
    /// Writes the whole content to the stream. It must not dispose the stream; any exception it throws leaves the
    /// target untouched and is passed on unchanged.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="write"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space, or names a folder rather than a file (ends with a separator).</exception>
    /// <exception cref="DirectoryNotFoundException">The folder of <paramref name="path"/> does not exist.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder or the file may not be written.</exception>
    /// <exception cref="IOException">The file could not be written or moved into place, for instance because <paramref name="path"/> is an existing folder.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(write);
        string target = Path.GetFullPath(path);
        string name = Path.GetFileName(target);
        string? folder = Path.GetDirectoryName(target);
        if (name.Length == 0 || folder is null) throw new ArgumentException($"{path} names a folder, not a file.", nameof(path));
        string temporary = Path.Combine(folder, $".{name}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            if (File.Exists(temporary)) File.Delete(temporary);
            throw;
        }
    }

    /// <summary>Creates or replaces <paramref name="path"/> with <paramref name="text"/>, as UTF-8 without a byte order mark, all or nothing.</summary>
    /// <param name="path">The file to create or replace; its folder must exist.</param>
    /// <param name="text">The whole content, written as it is (line ends are not changed).</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space, or names a folder rather than a file (ends with a separator).</exception>
    /// <exception cref="DirectoryNotFoundException">The folder of <paramref name="path"/> does not exist.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder or the file may not be written.</exception>
    /// <exception cref="IOException">The file could not be written or moved into place, for instance because <paramref name="path"/> is an existing folder.</exception>
    public static void WriteText(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Write(path, stream => stream.Write(Utf8NoBom.GetBytes(text)));
    }
}
