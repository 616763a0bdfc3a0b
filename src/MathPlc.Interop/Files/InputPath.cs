namespace MathPlc.Interop;

/// <summary>
/// How every reader opens an input path (docs/cli.md, input paths): only a regular file is read — a symbolic link is
/// followed to one — and a folder, a named pipe, a character or block device or a socket is bad data
/// (<see cref="NotAFileCode"/>), refused before it is opened.
/// </summary>
/// <remarks>
/// Opening a named pipe blocks until another program writes to it, and a device such as <c>/dev/zero</c> or
/// <c>/dev/urandom</c> never ends: either would hang a command or fill memory instead of giving an answer. What the path
/// leads to is looked up first (stat, through the .NET runtime's own native shim, as <see cref="OutputTarget"/> does);
/// where that shim is missing, only folders are told apart. Standard input is read through <c>-</c>, not a device path.
/// </remarks>
public static class InputPath
{
    /// <summary>The diagnostic code of an input path that is not a regular file.</summary>
    public const string NotAFileCode = "not-a-file";

    /// <summary>Opens <paramref name="path"/> for one sequential read.</summary>
    /// <param name="path">The path as the user wrote it; diagnostics name it so.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null, empty or white space.</exception>
    /// <exception cref="DataFileException">The path leads to a folder, a named pipe, a device or a socket (<see cref="NotAFileCode"/>).</exception>
    /// <exception cref="FileNotFoundException">There is nothing at the path.</exception>
    /// <exception cref="DirectoryNotFoundException">A folder on the path does not exist.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static FileStream OpenRead(string path)
    {
        Guard.Against.NullOrWhiteSpace(path);
        if (ProblemWith(path) is { } problem) throw new DataFileException([problem]);
        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
    }

    /// <summary>The whole content of <paramref name="path"/>, opened as <see cref="OpenRead"/> does.</summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null, empty or white space.</exception>
    /// <exception cref="DataFileException">The path is not a regular file.</exception>
    /// <exception cref="IOException">The file cannot be opened or read (<see cref="FileNotFoundException"/> when there is nothing at the path).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static byte[] ReadAllBytes(string path)
    {
        using var stream = OpenRead(path);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>The <see cref="NotAFileCode"/> diagnostic for <paramref name="path"/>, or null when it is a regular file or nothing (opening says which).</summary>
    private static DataDiagnostic? ProblemWith(string path)
    {
        var (kind, special) = FileKinds.Target(Path.GetFullPath(path));
        return kind switch
        {
            FileKind.Folder => new DataDiagnostic(NotAFileCode, "this is a folder, not a file", path),
            FileKind.Other => new DataDiagnostic(NotAFileCode,
                $"this is {special ?? "a device, a named pipe or a socket"}, not a regular file; MathPlc reads only regular files (to read from a pipe, give - and send the data to standard input)", path),
            _ => null,
        };
    }
}
