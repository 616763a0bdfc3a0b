namespace MathPlc.Interop;

/// <summary>
/// An output path MathPlc will not write: a folder, device, pipe or socket where a file is meant, a symbolic link that
/// does not lead to a regular file, a missing folder, a path under a file, or a place it may not write. Nothing was
/// written. The message says why in plain words and names the path as the caller gave it.
/// </summary>
/// <remarks>The command-line tool reports it as a usage error (exit code 2).</remarks>
public sealed class OutputPathException : IOException
{
    /// <summary>Creates the exception for <paramref name="path"/>.</summary>
    /// <param name="path">The path as the caller gave it.</param>
    /// <param name="reason">Why it cannot be written, a sentence.</param>
    /// <param name="innerException">The exception that said so, if any.</param>
    public OutputPathException(string path, string reason, Exception? innerException = null)
        : base($"{path}: {reason}", innerException)
    {
        OutputPath = path;
        Reason = reason;
    }

    /// <summary>The path as the caller gave it.</summary>
    public string OutputPath { get; }

    /// <summary>Why it cannot be written.</summary>
    public string Reason { get; }
}
