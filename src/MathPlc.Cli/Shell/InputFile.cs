using MathPlc.Interop;

namespace MathPlc.Cli.Shell;

/// <summary>Checks on input files that every command makes before handing a path to an Interop reader.</summary>
internal static class InputFile
{
    /// <summary>
    /// Throws <see cref="DataFileException"/> (exit code 3) with a <c>file-not-found</c> diagnostic naming
    /// <paramref name="path"/> as the user wrote it, when no file exists there.
    /// </summary>
    /// <exception cref="DataFileException">No file exists at <paramref name="path"/>.</exception>
    public static void RequireExists(string path)
    {
        if (!File.Exists(path))
            throw new DataFileException([new DataDiagnostic("file-not-found", "file not found", path)]);
    }
}
