namespace MathPlc.Core.Json;

/// <summary>
/// Finds the name a person most likely meant when they wrote one that is not allowed, for the
/// "did you mean" hint of an error message (<c>gradingPeriod</c> → <c>gradingPeriods</c>).
/// </summary>
public static class NearestName
{
    // Names of one or two letters are too short to say what they were meant to be.
    private const int ShortestAffix = 3;

    /// <summary>
    /// The allowed name closest to <paramref name="given"/>, or null when none is close enough to suggest.
    /// </summary>
    /// <remarks>
    /// Closeness is the optimal-string-alignment distance ignoring case: the fewest characters inserted,
    /// deleted, replaced or swapped with a neighbour, so the same name in another case (<c>FirstDay</c>) is
    /// nearest of all. A name is close enough when it is at most 1 edit away for a given name of up to 4
    /// characters, 2 up to 8 and 3 beyond (a singular for a plural is 1), or when one name begins or ends with
    /// the other (<c>nonInstructionalDays</c> → <c>nonInstructional</c>). Ties go to the name listed first.
    /// </remarks>
    public static string? Find(string given, ReadOnlySpan<string> allowed)
    {
        string? nearest = null;
        int best = int.MaxValue;
        int limit = given.Length <= 4 ? 1 : given.Length <= 8 ? 2 : 3;
        foreach (string name in allowed)
        {
            int distance = Distance(given, name);
            if (distance < best && (distance <= limit || IsAffix(given, name)))
                (nearest, best) = (name, distance);
        }
        return nearest;
    }

    private static bool IsAffix(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter.Length >= ShortestAffix
            && (longer.StartsWith(shorter, StringComparison.OrdinalIgnoreCase) || longer.EndsWith(shorter, StringComparison.OrdinalIgnoreCase));
    }

    // Optimal string alignment (Levenshtein with adjacent swaps), comparing characters ignoring case.
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = Same(a[i - 1], b[j - 1]) ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && Same(a[i - 1], b[j - 2]) && Same(a[i - 2], b[j - 1]))
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }

    private static bool Same(char a, char b) => char.ToLowerInvariant(a) == char.ToLowerInvariant(b);
}
