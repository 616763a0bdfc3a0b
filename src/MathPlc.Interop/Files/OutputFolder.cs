using System.Text;

namespace MathPlc.Interop;

/// <summary>
/// Writes a set of output files into one folder all or nothing: a report's Markdown, HTML, JSON and tables are either
/// all there, new, or — after any failure — the folder is as it was (earlier files untouched, no new file).
/// </summary>
/// <remarks>
/// Every file is first written whole to a hidden temporary file in the folder and flushed to disk; only when all are
/// written are they moved over their targets, one after the other. A failure while writing deletes every temporary
/// file and passes the exception on. The folder is created when it does not exist (and removed again if nothing could
/// be written into it).
/// </remarks>
public static class OutputFolder
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Creates or replaces the files <paramref name="files"/> names in <paramref name="folder"/>, as UTF-8 text without a byte order mark.</summary>
    /// <param name="folder">The folder; created when missing.</param>
    /// <param name="files">Each file's name (no folder part) and whole content.</param>
    /// <exception cref="ArgumentNullException">An argument is null, or a name or content is.</exception>
    /// <exception cref="ArgumentException"><paramref name="folder"/> is empty or white space, or a name is empty, has a folder part, or repeats.</exception>
    /// <exception cref="OutputPathException">
    /// <paramref name="folder"/> is a file or something else that is not a folder, or is under a file; a name is an
    /// existing folder, device, pipe or socket, or a link to one of those or to nothing; or the folder may not be written
    /// (permission denied). Nothing was written. A name that is a link to a regular file is followed (see
    /// <see cref="OutputTarget"/>).
    /// </exception>
    /// <exception cref="IOException">A file could not be written (a full disk); nothing was written.</exception>
    public static void WriteText(string folder, IReadOnlyList<KeyValuePair<string, string>> files)
    {
        Guard.Against.Null(files);
        foreach (var (_, text) in files) Guard.Against.Null(text, nameof(files));
        Write(folder, [.. files.Select(f => new KeyValuePair<string, Action<Stream>>(f.Key, stream => stream.Write(Utf8NoBom.GetBytes(f.Value))))]);
    }

    /// <summary>
    /// Creates or replaces the files <paramref name="files"/> names in <paramref name="folder"/>, each written by its
    /// writer straight into its temporary file, so no file's whole content needs to be in memory (a district's report,
    /// issue 18); all or nothing as <see cref="WriteText"/>.
    /// </summary>
    /// <param name="folder">The folder; created when missing.</param>
    /// <param name="files">Each file's name (no folder part) and what writes its bytes (the stream is closed after it).</param>
    /// <exception cref="ArgumentNullException">An argument is null, or a name or writer is.</exception>
    /// <exception cref="ArgumentException"><paramref name="folder"/> is empty or white space, or a name is empty, has a folder part, or repeats.</exception>
    /// <exception cref="OutputPathException">As <see cref="WriteText"/>; nothing was written.</exception>
    /// <exception cref="IOException">A file could not be written (a full disk); nothing was written.</exception>
    public static void Write(string folder, IReadOnlyList<KeyValuePair<string, Action<Stream>>> files)
    {
        Guard.Against.NullOrWhiteSpace(folder);
        Guard.Against.Null(files);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, writer) in files)
        {
            Guard.Against.NullOrWhiteSpace(name, nameof(files));
            Guard.Against.Null(writer, nameof(files));
            Guard.Against.Unmet(Path.GetFileName(name) == name && names.Add(name), nameof(files), $"\"{name}\" must be a plain file name, given once.");
        }
        string target = Path.GetFullPath(folder);
        if (!Directory.Exists(target))
        {
            if (File.Exists(target) || FileKinds.Of(target) != FileKind.Missing)
                throw new OutputPathException(folder, "this is a file (or a device, pipe or link), not a folder; give a folder.");
            OutputTarget.CheckFolderParent(folder, Path.GetDirectoryName(target));
        }
        var finals = files.Select(file => Directory.Exists(target) ? OutputTarget.Resolve(Path.Combine(target, file.Key)) : Path.Combine(target, file.Key)).ToList();
        bool created = !Directory.Exists(target);
        try
        {
            Directory.CreateDirectory(target);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new OutputPathException(folder, "MathPlc may not create this folder (permission denied); nothing was written.", e);
        }
        var temporary = new List<(string Temporary, string Final)>();
        try
        {
            foreach (var ((name, writer), final) in files.Zip(finals))
            {
                string path = Path.Combine(Path.GetDirectoryName(final)!, $".{Path.GetFileName(final)}.{Guid.NewGuid():N}.tmp");
                temporary.Add((path, final));
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
                writer(stream);
                stream.Flush(flushToDisk: true);
            }
        }
        catch (Exception e)
        {
            foreach (var (path, _) in temporary)
                if (File.Exists(path)) File.Delete(path);
            if (created && Directory.Exists(target) && !Directory.EnumerateFileSystemEntries(target).Any()) Directory.Delete(target);
            if (e is UnauthorizedAccessException)
                throw new OutputPathException(folder, "MathPlc may not write there (permission denied); nothing was written.", e);
            if (e is IOException and not OutputPathException)
                throw new IOException($"{folder} could not be written ({OutputFile.Plain(e)}); nothing was changed.", e);
            throw;
        }
        foreach (var (path, final) in temporary) File.Move(path, final, overwrite: true);
    }
}
