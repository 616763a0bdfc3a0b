using MathPlc.Interop;

namespace MathPlc.Cli.Shell;

/// <summary>
/// How every command hands an input to an Interop reader: a file path, or <c>-</c> for standard input (docs/cli.md).
/// A file that does not exist, is not a regular file (a folder, a named pipe, a device: <see cref="InputPath"/>) or may
/// not be read is bad data (exit 3) like any other.
/// </summary>
internal static class InputFile
{
    /// <summary>The name diagnostics give standard input.</summary>
    public const string StandardInputName = "<stdin>";

    private static readonly AsyncLocal<StandardInput?> Current = new();

    /// <summary>
    /// Makes <paramref name="open"/> the standard input of the command lines run on this flow until the returned scope is
    /// disposed (the console's by default; tests pass bytes).
    /// </summary>
    public static IDisposable UseStandardInput(Func<Stream> open)
    {
        var saved = Current.Value;
        Current.Value = new StandardInput(open);
        return new Scope(() => Current.Value = saved);
    }

    /// <summary>
    /// Reads <paramref name="path"/> (or standard input for <c>-</c>, at most once per command line) with
    /// <paramref name="read"/>, which gets the bytes and the name diagnostics give them. A file or folder that does not
    /// exist becomes a <c>file-not-found</c> diagnostic naming the path as the user wrote it, a folder, named pipe, device
    /// or socket given as a file <c>not-a-file</c> (refused before it is opened, so a pipe with no writer never hangs the
    /// command), and a file that may not be read <c>cannot-read</c>.
    /// </summary>
    /// <exception cref="DataFileException">The file does not exist, is not a regular file, cannot be read, or <paramref name="read"/> found bad data in it.</exception>
    /// <exception cref="UsageException">Standard input is named twice.</exception>
    public static T Read<T>(string path, Func<Stream, string, T> read)
    {
        if (path == "-")
        {
            var input = Current.Value ?? new StandardInput(Console.OpenStandardInput);
            if (input.Used) throw new UsageException("only one input can be read from standard input (-).");
            input.Used = true;
            Current.Value = input;
            using var stdin = input.Open();
            return read(stdin, StandardInputName);
        }
        FileStream stream;
        try
        {
            stream = InputPath.OpenRead(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new DataFileException([new DataDiagnostic("file-not-found", "file not found", path)], e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new DataFileException([new DataDiagnostic("cannot-read", "MathPlc may not read this file (permission denied)", path)], e);
        }
        catch (IOException e)
        {
            throw new DataFileException([new DataDiagnostic("cannot-read", $"the file cannot be read ({ErrorReport.Plain(e)})", path)], e);
        }
        using (stream) return read(stream, path);
    }

    /// <summary>
    /// Reads <paramref name="stream"/> from its start with <paramref name="read"/>: the row reader after a columnar
    /// reader that did not vouch for a file (issue 18). A file is seekable; standard input, never read by a columnar reader, is read as it is.
    /// </summary>
    public static T Rewound<T>(Stream stream, Func<Stream, T> read)
    {
        if (stream.CanSeek) stream.Position = 0;
        return read(stream);
    }

    private sealed class StandardInput(Func<Stream> open)
    {
        public Func<Stream> Open { get; } = open;

        public bool Used { get; set; }
    }

    private sealed class Scope(Action end) : IDisposable
    {
        public void Dispose() => end();
    }
}
