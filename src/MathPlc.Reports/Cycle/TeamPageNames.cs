using System.Text;

namespace MathPlc.Reports.Cycle;

/// <summary>
/// The file name (without extension) of each team's page beside a district's summary (<c>teams/NAME.md</c>,
/// <c>teams/NAME.html</c>): team ids are input, and a hostile one must not name a file outside the folder, a device, or
/// another team's page.
/// </summary>
/// <remarks>
/// <para>
/// A name is the id in lower case with every character but ASCII letters, digits, <c>-</c>, <c>_</c> and <c>.</c>
/// replaced by <c>-</c>, runs of <c>-</c> made one, <c>.</c>, <c>-</c> and <c>_</c> trimmed from both ends (so no
/// <c>..</c>, no hidden file, no trailing dot Windows drops), at most <see cref="MaximumLength"/> characters; an empty
/// result is <c>team</c>; a Windows device name (<c>con</c>, <c>prn</c>, <c>aux</c>, <c>nul</c>, <c>com0</c>–<c>com9</c>,
/// <c>lpt0</c>–<c>lpt9</c>, also before a dot) gets the prefix <c>team-</c>. Lower case keeps two ids that differ only
/// in case apart on a case-insensitive file system too.
/// </para>
/// <para>
/// Collisions (two ids with one name, such as <c>North</c> and <c>north!</c>) are resolved in team order: the first
/// team keeps the name, each later one takes the first of <c>NAME-2</c>, <c>NAME-3</c>, … that no earlier team has —
/// the same ids in the same order always give the same names.
/// </para>
/// </remarks>
public static class TeamPageNames
{
    /// <summary>The longest name, before a collision's suffix.</summary>
    public const int MaximumLength = 60;

    /// <summary>One safe, distinct file name per team id, in the same order.</summary>
    /// <param name="teamIds">The team ids, in team order.</param>
    /// <returns>The names, without extension, all different (ignoring case).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="teamIds"/> is null or holds null.</exception>
    public static ImmutableArray<string> Assign(IEnumerable<string> teamIds)
    {
        var ids = Guard.Against.NullOrNullElements(teamIds);
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var names = ImmutableArray.CreateBuilder<string>(ids.Length);
        foreach (string id in ids)
        {
            string name = Safe(id);
            string candidate = name;
            for (int n = 2; !taken.Add(candidate); n++) candidate = $"{name}-{n.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
            names.Add(candidate);
        }
        return names.MoveToImmutable();
    }

    /// <summary>One id's safe name, before collisions are resolved.</summary>
    /// <param name="teamId">The team id.</param>
    /// <exception cref="ArgumentNullException"><paramref name="teamId"/> is null.</exception>
    public static string Safe(string teamId)
    {
        Guard.Against.Null(teamId);
        var name = new StringBuilder(Math.Min(teamId.Length, MaximumLength));
        foreach (char c in teamId)
        {
            char mapped = char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : c is '_' or '.' ? c : '-';
            if (mapped == '-' && name.Length > 0 && name[^1] == '-') continue;
            name.Append(mapped);
        }
        string safe = name.ToString().Trim('-', '.', '_');
        if (safe.Length > MaximumLength) safe = safe[..MaximumLength].TrimEnd('-', '.', '_');
        while (safe.Contains("..", StringComparison.Ordinal)) safe = safe.Replace("..", ".", StringComparison.Ordinal);
        if (safe.Length == 0) return "team";
        return IsDevice(safe.Split('.')[0]) ? "team-" + safe : safe;
    }

    private static bool IsDevice(string stem) =>
        stem is "con" or "prn" or "aux" or "nul"
        || (stem.Length == 4 && (stem.StartsWith("com", StringComparison.Ordinal) || stem.StartsWith("lpt", StringComparison.Ordinal)) && char.IsAsciiDigit(stem[3]));
}
