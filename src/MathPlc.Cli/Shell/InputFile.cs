using MathPlc.Interop;

namespace MathPlc.Cli.Shell;

/// <summary>How every command hands an input path to an Interop reader, so a missing file is bad data (exit 3) like any other.</summary>
internal static class InputFile
{
    /// <summary>
    /// Reads <paramref name="path"/> with <paramref name="read"/>; a file or folder that does not exist becomes a
    /// <see cref="DataFileException"/> with a <c>file-not-found</c> diagnostic naming the path as the user wrote it,
    /// and a folder given as a file one with <c>not-a-file</c>.
    /// </summary>
    /// <exception cref="DataFileException">The file does not exist, is a folder, or <paramref name="read"/> found bad data in it.</exception>
    public static T Read<T>(string path, Func<string, T> read)
    {
        if (Directory.Exists(path))
            throw new DataFileException([new DataDiagnostic("not-a-file", "this is a folder, not a file", path)]);
        try
        {
            return read(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new DataFileException([new DataDiagnostic("file-not-found", "file not found", path)], e);
        }
    }
}
