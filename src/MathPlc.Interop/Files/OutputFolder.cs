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
        Guard.Against.Null(files);
        foreach (var (_, writer) in files) Guard.Against.Null(writer, nameof(files));
        var names = files.Select(f => Guard.Against.Null(f.Key, nameof(files))).ToList();
        Guard.Against.Unmet(names.All(name => Path.GetFileName(name) == name), nameof(files), "A file name must be a plain file name (no folder part).");
        WriteTogether(folder, names, output =>
        {
            for (int i = 0; i < files.Count; i++)
            {
                files[i].Value(output.Open(i));
                output.Close(i);
            }
        });
    }

    /// <summary>
    /// Creates or replaces the files <paramref name="names"/> lists in <paramref name="folder"/> and its subfolders, written
    /// together by one writer that may add to any open file in any order — a district's report team by team, each team's
    /// rows appended to the tables and its pages written, while the next is made (issue 18) — all or nothing as
    /// <see cref="WriteText"/>: no file is in place until the writer has returned and every file is on disk.
    /// </summary>
    /// <param name="folder">The folder; created when missing.</param>
    /// <param name="names">
    /// Each file's name: a plain file name, or <c>SUBFOLDER/NAME</c> for a file one folder down (<c>teams/north.md</c>;
    /// the subfolder is created when missing, and removed again when nothing could be written).
    /// </param>
    /// <param name="write">
    /// Writes the files through <see cref="OutputFolderFiles"/>: <see cref="OutputFolderFiles.Open"/> gives file
    /// <c>i</c>'s stream (the same one each time), <see cref="OutputFolderFiles.Close"/> finishes it. A file never opened is
    /// written empty.
    /// </param>
    /// <exception cref="ArgumentNullException">An argument is null, or a name is.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="folder"/> is empty or white space, or a name is empty, has more than one folder part, is <c>.</c> or
    /// <c>..</c>, or repeats (ignoring case).
    /// </exception>
    /// <exception cref="OutputPathException">As <see cref="WriteText"/>, or a subfolder is a file; nothing was written.</exception>
    /// <exception cref="IOException">A file could not be written (a full disk); nothing was written.</exception>
    public static void WriteTogether(string folder, IReadOnlyList<string> names, Action<OutputFolderFiles> write) =>
        WriteTogetherWith(folder, names, write, OutputFolderFiles.FlushToDisk);

    // The form above with the step that puts a finished temporary file on disk given (tests give one that fails).
    internal static void WriteTogetherWith(string folder, IReadOnlyList<string> names, Action<OutputFolderFiles> write, Action<string> flushToDisk)
    {
        Guard.Against.NullOrWhiteSpace(folder);
        Guard.Against.Null(names);
        Guard.Against.Null(write);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (string name in names)
        {
            Guard.Against.NullOrWhiteSpace(name, nameof(names));
            Guard.Against.Unmet(Parts(name) is not null && seen.Add(name), nameof(names), $"\"{name}\" must be a plain file name or SUBFOLDER/NAME, given once.");
        }
        string target = Path.GetFullPath(folder);
        if (!Directory.Exists(target))
        {
            if (File.Exists(target) || FileKinds.Of(target) != FileKind.Missing)
                throw new OutputPathException(folder, "this is a file (or a device, pipe or link), not a folder; give a folder.");
            OutputTarget.CheckFolderParent(folder, Path.GetDirectoryName(target));
        }
        var subfolders = names.Select(n => Parts(n)!.Value.Folder).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        foreach (string sub in subfolders)
        {
            string path = Path.Combine(target, sub);
            if (!Directory.Exists(path) && (File.Exists(path) || FileKinds.Of(path) != FileKind.Missing))
                throw new OutputPathException(Path.Combine(folder, sub), "this is a file (or a device, pipe or link), not a folder; give a folder.");
        }
        var finals = names.Select(name =>
        {
            string path = Path.Combine(target, name);
            return Directory.Exists(Path.GetDirectoryName(path)) ? OutputTarget.Resolve(path) : path;
        }).ToList();
        var created = new List<string>();
        try
        {
            foreach (string dir in (string[])[target, .. subfolders.Select(s => Path.Combine(target, s))])
            {
                if (Directory.Exists(dir)) continue;
                Directory.CreateDirectory(dir);
                created.Add(dir);
            }
        }
        catch (UnauthorizedAccessException e)
        {
            RemoveCreated(created);
            throw new OutputPathException(folder, "MathPlc may not create this folder (permission denied); nothing was written.", e);
        }
        var files = new OutputFolderFiles(finals, flushToDisk);
        try
        {
            write(files);
            files.CloseAll();
            files.FlushAllToDisk();
        }
        catch (Exception e)
        {
            files.Abandon();
            RemoveCreated(created);
            if (e is UnauthorizedAccessException)
                throw new OutputPathException(folder, "MathPlc may not write there (permission denied); nothing was written.", e);
            if (e is IOException and not OutputPathException)
                throw new IOException($"{folder} could not be written ({OutputFile.Plain(e)}); nothing was changed.", e);
            throw;
        }
        files.MoveIntoPlace();
    }

    // A name's subfolder (null for a plain name) and file name, or null when it is neither NAME nor SUBFOLDER/NAME.
    private static (string? Folder, string File)? Parts(string name)
    {
        string[] parts = name.Split('/');
        if (parts.Length > 2 || parts.Any(p => p.Length == 0 || p is "." or ".." || Path.GetFileName(p) != p)) return null;
        return parts.Length == 1 ? (null, parts[0]) : (parts[0], parts[1]);
    }

    // Removes the folders this write created, deepest first, when nothing is in them.
    private static void RemoveCreated(List<string> created)
    {
        for (int i = created.Count - 1; i >= 0; i--)
            if (Directory.Exists(created[i]) && !Directory.EnumerateFileSystemEntries(created[i]).Any()) Directory.Delete(created[i]);
    }
}

/// <summary>
/// The files of one <see cref="OutputFolder.WriteTogether"/>: each is a hidden temporary file beside its target until the
/// whole write has succeeded.
/// </summary>
/// <remarks>
/// Durability (decision 0180): closing a file hands its bytes to the operating system, and a background thread starts
/// flushing it to disk (<c>fsync</c>) while the writer goes on (decision 0250); once the writer has returned, every
/// temporary file not yet flushed is, several at a time, and only then is any moved into place, so a crash never leaves a
/// target replaced by a file whose bytes are not on disk. A failure to flush any of them is a failure of the whole
/// write: every temporary file is deleted and no target is touched.
/// </remarks>
public sealed class OutputFolderFiles
{
    private readonly IReadOnlyList<string> finals;
    private readonly string?[] temporary;
    private readonly WritebackStream?[] open;
    private readonly bool[] closed;
    private readonly Action<string> flushToDisk;
    private readonly BackgroundFlush flushing;

    internal OutputFolderFiles(IReadOnlyList<string> finals, Action<string> flushToDisk)
    {
        this.finals = finals;
        this.flushToDisk = flushToDisk;
        temporary = new string?[finals.Count];
        open = new WritebackStream?[finals.Count];
        closed = new bool[finals.Count];
        flushing = new BackgroundFlush(finals.Count, flushToDisk);
    }

    /// <summary>How many files are written.</summary>
    public int Count => finals.Count;

    /// <summary>The stream of file <paramref name="index"/> (in the order of the names given), created on first use; the same stream each time until it is closed.</summary>
    /// <param name="index">The file's position among the names.</param>
    /// <returns>The file's stream; writing goes to its temporary file.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not a file's position.</exception>
    /// <exception cref="InvalidOperationException">The file was closed already.</exception>
    public Stream Open(int index)
    {
        Guard.Against.OutOfRange(index, nameof(index), 0, finals.Count - 1);
        if (closed[index]) throw new InvalidOperationException($"The file {Path.GetFileName(finals[index])} is written and closed already.");
        if (open[index] is { } stream) return stream;
        string final = finals[index];
        string path = Path.Combine(Path.GetDirectoryName(final)!, $".{Path.GetFileName(final)}.{Guid.NewGuid():N}.tmp");
        temporary[index] = path;
        return open[index] = new WritebackStream(new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16));
    }

    /// <summary>
    /// Finishes file <paramref name="index"/>: its bytes handed to the operating system and the file closed (created empty
    /// when it was never opened); it cannot be opened again. A background thread starts flushing it to disk; every file is
    /// on disk before any is moved into place.
    /// </summary>
    /// <param name="index">The file's position among the names.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not a file's position.</exception>
    public void Close(int index)
    {
        Guard.Against.OutOfRange(index, nameof(index), 0, finals.Count - 1);
        if (closed[index]) return;
        var stream = open[index] ?? (WritebackStream)Open(index);
        stream.Dispose();
        open[index] = null;
        closed[index] = true;
        flushing.Add(index, temporary[index]!);
    }

    internal void CloseAll()
    {
        for (int i = 0; i < finals.Count; i++) Close(i);
    }

    // Waits for the background flushes, then flushes every closed temporary file they had not reached, a few at a time
    // (each fsync waits on the disk, not the processor); the first failure in file order is thrown.
    internal void FlushAllToDisk()
    {
        var (flushed, failures) = flushing.Stop();
        Parallel.For(0, finals.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            if (flushed[i]) return;
            try
            {
                flushToDisk(temporary[i]!);
            }
            catch (Exception e)
            {
                failures[i] = e;
            }
        });
        if (failures.FirstOrDefault(f => f is not null) is { } failure) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
    }

    // fsync of a written, closed file: opened again for writing (nothing is changed) and flushed to the disk.
    internal static void FlushToDisk(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.None, bufferSize: 0);
        stream.Flush(flushToDisk: true);
    }

    internal void Abandon()
    {
        flushing.Stop();
        for (int i = 0; i < finals.Count; i++)
        {
            open[i]?.Dispose();
            if (temporary[i] is { } path && File.Exists(path)) File.Delete(path);
        }
    }

    internal void MoveIntoPlace()
    {
        for (int i = 0; i < finals.Count; i++) File.Move(temporary[i]!, finals[i], overwrite: true);
    }
}
