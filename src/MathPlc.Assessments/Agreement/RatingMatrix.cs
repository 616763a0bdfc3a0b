namespace MathPlc.Assessments;

/// <summary>
/// Rating data in wide form: one row per subject, one column per rater, with missing ratings allowed — the
/// "reliability data matrix" of Krippendorff (2011) transposed to the subjects × raters layout of R's irr.
/// </summary>
/// <remarks>
/// Invariants: at least one subject and one rater; subject and rater identifiers are distinct (ordinal); every
/// present score is finite. Subjects and raters keep the order in which they were first given. Two matrices
/// with the same identifiers and scores are equal.
/// </remarks>
public sealed class RatingMatrix : IEquatable<RatingMatrix>
{
    private readonly double[] _scores; // row-major, NaN = missing (never exposed)

    private RatingMatrix(ImmutableArray<string> subjects, ImmutableArray<string> raters, double[] scores)
    {
        SubjectIds = subjects;
        RaterIds = raters;
        _scores = scores;
        int present = 0;
        foreach (var x in scores) if (!double.IsNaN(x)) present++;
        RatingCount = present;
    }

    /// <summary>The subjects (rows), in the order first given.</summary>
    public ImmutableArray<string> SubjectIds { get; }

    /// <summary>The raters (columns), in the order first given.</summary>
    public ImmutableArray<string> RaterIds { get; }

    /// <summary>The number of subjects.</summary>
    public int SubjectCount => SubjectIds.Length;

    /// <summary>The number of raters.</summary>
    public int RaterCount => RaterIds.Length;

    /// <summary>The number of ratings present (not missing).</summary>
    public int RatingCount { get; }

    /// <summary>The score rater <paramref name="rater"/> gave subject <paramref name="subject"/>, or <see langword="null"/> when missing.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An index is outside the matrix.</exception>
    public double? this[int subject, int rater]
    {
        get
        {
            Guard.Against.Below(subject, 0);
            Guard.Against.AtOrAbove(subject, SubjectCount);
            Guard.Against.Below(rater, 0);
            Guard.Against.AtOrAbove(rater, RaterCount);
            var x = _scores[subject * RaterCount + rater];
            return double.IsNaN(x) ? null : x;
        }
    }

    /// <summary>The scores in row-major order with NaN for a missing rating; for the statistics in this package only.</summary>
    internal ReadOnlySpan<double> Cells => _scores;

    /// <summary>Builds the matrix from long-form ratings (one per subject and rater).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="ratings"/> is null.</exception>
    /// <exception cref="ArgumentException">There are no ratings, a rating is null, or a rater scores a subject twice.</exception>
    public static RatingMatrix FromRatings(IEnumerable<Rating> ratings)
    {
        Guard.Against.Null(ratings);
        var subjects = new Dictionary<string, int>(StringComparer.Ordinal);
        var raters = new Dictionary<string, int>(StringComparer.Ordinal);
        var list = new List<(int Subject, int Rater, double? Score)>();
        foreach (var r in ratings)
        {
            Guard.Against.Unmet(r is not null, nameof(ratings), "The ratings must not hold null.");
            if (!subjects.TryGetValue(r.SubjectId, out var s)) subjects.Add(r.SubjectId, s = subjects.Count);
            if (!raters.TryGetValue(r.RaterId, out var j)) raters.Add(r.RaterId, j = raters.Count);
            list.Add((s, j, r.Score));
        }
        Guard.Against.Unmet(list.Count > 0, nameof(ratings), "There are no ratings.");
        var cells = new double[subjects.Count * raters.Count];
        var seen = new bool[cells.Length];
        Array.Fill(cells, double.NaN);
        foreach (var (s, j, score) in list)
        {
            var at = s * raters.Count + j;
            Guard.Against.Unmet(!seen[at], nameof(ratings),
                $"Rater \"{Key(raters, j)}\" rated subject \"{Key(subjects, s)}\" twice.");
            seen[at] = true;
            cells[at] = score ?? double.NaN;
        }
        return new RatingMatrix([.. subjects.Keys], [.. raters.Keys], cells);
    }

    /// <summary>
    /// Builds the matrix from rows of scores (one row per subject, one column per rater, <see langword="null"/> for
    /// missing). Subjects are named <c>1, 2, …</c> and raters <c>r1, r2, …</c> unless names are given.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> or a row is null.</exception>
    /// <exception cref="ArgumentException">There are no rows or no columns, rows differ in length, names do not match the shape or repeat.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A score is NaN or infinite.</exception>
    public static RatingMatrix FromRows(IReadOnlyList<IReadOnlyList<double?>> rows, IReadOnlyList<string>? subjectIds = null, IReadOnlyList<string>? raterIds = null)
    {
        Guard.Against.Null(rows);
        Guard.Against.Unmet(rows.Count > 0, nameof(rows), "There are no subjects (rows).");
        Guard.Against.Null(rows[0], nameof(rows));
        int k = rows[0].Count;
        Guard.Against.Unmet(k > 0, nameof(rows), "There are no raters (columns).");
        var cells = new double[rows.Count * k];
        for (int i = 0; i < rows.Count; i++)
        {
            var row = rows[i] ?? throw new ArgumentNullException(nameof(rows), $"Row {i} is null.");
            Guard.Against.Unmet(row.Count == k, nameof(rows), $"Row {i} has {row.Count} scores; the first row has {k}.");
            for (int j = 0; j < k; j++)
            {
                if (row[j] is { } x)
                {
                    if (!double.IsFinite(x))
                        throw new ArgumentOutOfRangeException(nameof(rows), x, $"The score in row {i}, column {j} must be a finite number, not {InvariantNumber.Format(x)}.");
                    cells[i * k + j] = x;
                }
                else cells[i * k + j] = double.NaN;
            }
        }
        return new RatingMatrix(Names(subjectIds, rows.Count, "", nameof(subjectIds)), Names(raterIds, k, "r", nameof(raterIds)), cells);
    }

    /// <summary>The matrix as long-form ratings, subject by subject, missing ratings left out.</summary>
    public ImmutableArray<Rating> ToRatings()
    {
        var builder = ImmutableArray.CreateBuilder<Rating>(RatingCount);
        for (int i = 0; i < SubjectCount; i++)
            for (int j = 0; j < RaterCount; j++)
                if (!double.IsNaN(_scores[i * RaterCount + j]))
                    builder.Add(new Rating(SubjectIds[i], RaterIds[j], _scores[i * RaterCount + j]));
        return builder.MoveToImmutable();
    }

    // Hand-written equality: a class, not a record, over a private score array (compared by content, NaN for
    // a missing rating equal to NaN).

    /// <inheritdoc/>
    public bool Equals(RatingMatrix? other) =>
        other is not null && SubjectIds.SequenceEqual(other.SubjectIds) && RaterIds.SequenceEqual(other.RaterIds)
        && _scores.AsSpan().SequenceEqual(other._scores);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RatingMatrix);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(SubjectCount, RaterCount, RatingCount);

    private static ImmutableArray<string> Names(IReadOnlyList<string>? given, int count, string prefix, string paramName)
    {
        if (given is null)
            return [.. Enumerable.Range(1, count).Select(i => prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture))];
        Guard.Against.Unmet(given.Count == count, paramName, $"{count} names are needed, not {given.Count}.");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in given)
        {
            Guard.Against.Unmet(!string.IsNullOrWhiteSpace(name), paramName, "A name must not be empty or white space.");
            Guard.Against.Unmet(seen.Add(name.Trim()), paramName, $"The name \"{name}\" is given twice.");
        }
        return [.. given.Select(n => n.Trim())];
    }

    private static string Key(Dictionary<string, int> index, int value) => index.First(kv => kv.Value == value).Key;
}
