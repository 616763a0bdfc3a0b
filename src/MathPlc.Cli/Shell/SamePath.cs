namespace MathPlc.Cli.Shell;

/// <summary>Whether two paths on a command line name the same file: compared in full, symbolic links followed.</summary>
internal static class SamePath
{
    /// <summary>The full path of <paramref name="path"/> with a link at its end followed to its final target.</summary>
    public static string Key(string path)
    {
        string full = Path.GetFullPath(path);
        try
        {
            if (File.ResolveLinkTarget(full, returnFinalTarget: true) is { } target) full = Path.GetFullPath(target.FullName);
        }
        catch (IOException)
        {
            // A link loop or an unreadable link: compare the path as written; writing it is refused elsewhere.
        }
        return full;
    }
}
