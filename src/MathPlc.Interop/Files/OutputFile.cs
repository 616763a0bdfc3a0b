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
/// exception is passed on. The folder is never created: it must exist. What may be at the path is
/// <see cref="OutputTarget"/>'s rule: a regular file (or nothing), or a symbolic link to a regular file, which is
/// followed and the file it points to replaced; a folder, device, pipe or socket is never replaced.
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
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space.</exception>
    /// <exception cref="OutputPathException">
    /// <paramref name="path"/> may not be written (<see cref="OutputTarget"/>): it names a folder, a device, a pipe or a
    /// socket, a link to one of those or to nothing, a missing folder or a path under a file; or the folder or file may
    /// not be written (permission denied). Nothing was written.
    /// </exception>
    /// <exception cref="IOException">The file could not be written or moved into place (a full disk); the message names <paramref name="path"/>, never the temporary file.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        Guard.Against.NullOrWhiteSpace(path);
        Guard.Against.Null(write);
        string target = OutputTarget.Resolve(path);
        string temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, target, overwrite: true);
        }
        catch (Exception e)
        {
            if (File.Exists(temporary)) File.Delete(temporary);
            if (e is UnauthorizedAccessException)
                throw new OutputPathException(path, "MathPlc may not write there (permission denied); nothing was written.", e);
            if (e is IOException and not OutputPathException)
                throw new IOException($"{path} could not be written ({Plain(e)}); nothing was changed.", e);
            throw;
        }
    }

    /// <summary>What went wrong, without the temporary file's name the runtime's message would show.</summary>
    internal static string Plain(Exception e)
    {
        string message = e.Message;
        int quote = message.IndexOf(" : '", StringComparison.Ordinal) is >= 0 and var a ? a : message.IndexOf(" '", StringComparison.Ordinal);
        return (quote >= 0 ? message[..quote] : message).TrimEnd('.', ' ', ':');
    }

    /// <summary>Creates or replaces <paramref name="path"/> with <paramref name="text"/>, as UTF-8 without a byte order mark, all or nothing.</summary>
    /// <param name="path">The file to create or replace; its folder must exist.</param>
    /// <param name="text">The whole content, written as it is (line ends are not changed).</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space.</exception>
    /// <exception cref="OutputPathException"><paramref name="path"/> may not be written; see <see cref="Write"/>.</exception>
    /// <exception cref="IOException">The file could not be written or moved into place.</exception>
    public static void WriteText(string path, string text)
    {
        Guard.Against.Null(text);
        Write(path, stream => stream.Write(Utf8NoBom.GetBytes(text)));
    }
}
