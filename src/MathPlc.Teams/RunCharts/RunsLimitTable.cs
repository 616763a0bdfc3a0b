using System.Globalization;

namespace MathPlc.Teams;

/// <summary>
/// A printed runs table as data: for a number of useful observations (points not on the median), the fewest and the most
/// runs expected by chance. Fewer than <c>Fewest</c> runs is too few; more than <c>Most</c> too many.
/// </summary>
/// <remarks>
/// <para>
/// IHI users check run charts against Table 1 of Perla, Provost &amp; Murray (2011), "The run chart: a simple analytical
/// tool for learning from variation in healthcare processes", <i>BMJ Qual Saf</i> 20:46–51, which derives from Swed &amp;
/// Eisenhart (1943). MathPlc does not ship that table: its values could not be found in a form that can be checked
/// (decision 0048), and numbers that cannot be checked are not written into the library. A team that holds the printed
/// table passes it as data (<c>mathplc runchart --runs-table</c>), with its <see cref="Source"/>; rows it lacks are
/// computed exactly (<see cref="RunsDistribution.ExpectedRuns"/>) and the reason says so.
/// </para>
/// <para>Equality compares the rows by content.</para>
/// </remarks>
public sealed record RunsLimitTable
{
    private readonly ImmutableSortedDictionary<int, (int Fewest, int Most)> _rows;

    /// <summary>Creates a table.</summary>
    /// <param name="source">Where the table comes from, e.g. <c>Perla, Provost &amp; Murray 2011, Table 1</c>.</param>
    /// <param name="rows">One row per number of useful observations.</param>
    /// <exception cref="ArgumentException">The source is blank, there are no rows, a number of useful observations is listed twice, or a row is impossible (fewer than 2 useful observations, fewest below 2, most below fewest, or most above the useful observations).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    public RunsLimitTable(string source, IEnumerable<(int Useful, int Fewest, int Most)> rows)
    {
        Guard.Against.NullOrWhiteSpace(source);
        Guard.Against.Null(rows);
        var builder = ImmutableSortedDictionary.CreateBuilder<int, (int, int)>();
        foreach (var (useful, fewest, most) in rows)
        {
            Guard.Against.Unmet(useful >= 2, nameof(rows), $"A runs table starts at 2 useful observations, not {useful}.");
            Guard.Against.Unmet(fewest >= 2 && fewest <= most && most <= useful, nameof(rows),
                $"The row for {useful} useful observations, {fewest} to {most} runs, is impossible: runs lie between 2 and the number of useful observations, fewest first.");
            Guard.Against.Unmet(builder.TryAdd(useful, (fewest, most)), nameof(rows), $"The table lists {useful} useful observations twice.");
        }
        Guard.Against.Unmet(builder.Count > 0, nameof(rows), "A runs table needs at least one row.");
        Source = source.Trim();
        _rows = builder.ToImmutable();
    }

    /// <summary>Where the table comes from.</summary>
    public string Source { get; }

    /// <summary>The rows, by number of useful observations.</summary>
    public IReadOnlyDictionary<int, (int Fewest, int Most)> Rows => _rows;

    /// <summary>The row for <paramref name="usefulObservations"/>, or null when the table has none.</summary>
    public (int Fewest, int Most)? Limits(int usefulObservations) =>
        _rows.TryGetValue(usefulObservations, out var row) ? row : null;

    /// <summary>The rows where the table differs from the exact Swed–Eisenhart limits, as <c>n: a–b (exact c–d)</c>.</summary>
    public ImmutableArray<string> DifferencesFromExact() =>
    [
        .. _rows.Select(r => (r.Key, r.Value, Exact: RunsDistribution.ExpectedRuns(r.Key)))
            .Where(r => r.Value != r.Exact)
            .Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Key}: {r.Value.Fewest}–{r.Value.Most} (exact {r.Exact.Fewest}–{r.Exact.Most})")),
    ];

    // Hand-written equality: the rows are an ImmutableSortedDictionary, which compares by reference; equality
    // is by their sorted content.

    /// <inheritdoc/>
    public bool Equals(RunsLimitTable? other) => other is not null && Source == other.Source && _rows.SequenceEqual(other._rows);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Source, _rows.Count);
}
