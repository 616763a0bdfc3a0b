namespace MathPlc.Cli.Cycle;

/// <summary>
/// Keeps <c>teams/</c> in a cycle's <c>--out</c> folder to the pages of the run that wrote it: a team page left by an
/// earlier run (a team that is no longer on the roster, or a district run before a one-team run) would be read as
/// this run's, with numbers the summary no longer holds.
/// </summary>
/// <remarks>
/// Only regular files ending in <c>.md</c> or <c>.html</c> directly in <c>teams/</c> are removed (a link is removed,
/// never what it points to); anything else there is left alone, and the folder is removed only when nothing is left in
/// it. Called after the run's own files are in place, so a failure never leaves the folder without this run's pages.
/// </remarks>
internal static class StaleTeamPages
{
    /// <summary>Removes the pages in <paramref name="teamsFolder"/> other than <paramref name="kept"/> (file names).</summary>
    /// <param name="teamsFolder">The <c>teams</c> folder; nothing happens when it does not exist.</param>
    /// <param name="kept">This run's page file names (ordinal, ignoring case as the writer does).</param>
    public static void Remove(string teamsFolder, IEnumerable<string> kept)
    {
        if (!Directory.Exists(teamsFolder) || new FileInfo(teamsFolder).LinkTarget is not null) return;
        var keep = new HashSet<string>(kept, StringComparer.OrdinalIgnoreCase);
        foreach (var file in new DirectoryInfo(teamsFolder).EnumerateFiles())
        {
            bool page = file.Extension.Equals(".md", StringComparison.OrdinalIgnoreCase) || file.Extension.Equals(".html", StringComparison.OrdinalIgnoreCase);
            if (page && !keep.Contains(file.Name)) file.Delete();
        }
        if (!Directory.EnumerateFileSystemEntries(teamsFolder).Any()) Directory.Delete(teamsFolder);
    }
}
