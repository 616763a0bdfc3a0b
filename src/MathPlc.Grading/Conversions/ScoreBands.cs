using MathPlc.Core;

namespace MathPlc.Grading;

/// <summary>A band of a conversion table: the scores from <see cref="Low"/> (included) up to <see cref="High"/>.</summary>
internal interface IScoreBand
{
    /// <summary>The lowest score in the band.</summary>
    double Low { get; }

    /// <summary>The band's upper end: excluded, except in a table's highest band, where it is included.</summary>
    double High { get; }
}

/// <summary>The one implementation of the band rules every conversion table shares: no gaps, no overlaps, one band per score.</summary>
internal static class ScoreBands
{
    /// <summary>Checks a band's own ends: finite, and low below high (the highest band of a table may be one score, low = high).</summary>
    public static void CheckEnds(double low, double high)
    {
        Guard.Against.NotFinite(low, nameof(low));
        Guard.Against.NotFinite(high, nameof(high));
        if (high < low)
            throw new ArgumentOutOfRangeException(nameof(high), high, $"A band's high end {InvariantNumber.Format(high)} must not be below its low end {InvariantNumber.Format(low)}.");
    }

    /// <summary>
    /// Sorts the bands lowest first and checks that they tile one range: at least one band, each band's high end is
    /// the next band's low end (no gap, no overlap), and only the highest band may be a single score.
    /// </summary>
    /// <exception cref="ArgumentException">The bands are empty, hold null, leave a gap, overlap, or a band below the highest is a single score.</exception>
    public static ImmutableArray<T> CheckTiling<T>(IEnumerable<T> bands, string paramName) where T : class, IScoreBand
    {
        Guard.Against.Null(bands, paramName);
        var sorted = Guard.Against.NullOrNullElements(bands, paramName).Sort(static (a, b) => a.Low != b.Low ? a.Low.CompareTo(b.Low) : a.High.CompareTo(b.High));
        Guard.Against.Unmet(!sorted.IsEmpty, paramName, "A conversion table needs at least one band.");
        for (int i = 0; i + 1 < sorted.Length; i++)
        {
            var (band, next) = (sorted[i], sorted[i + 1]);
            Guard.Against.Unmet(band.Low < band.High, paramName,
                $"The band at {InvariantNumber.Format(band.Low)} is a single score; only the highest band may be one.");
            Guard.Against.Unmet(band.High <= next.Low, paramName,
                $"The bands {Describe(band)} and {Describe(next)} overlap: a score between {InvariantNumber.Format(next.Low)} and {InvariantNumber.Format(band.High)} would be in both.");
            Guard.Against.Unmet(band.High >= next.Low, paramName,
                $"The bands {Describe(band)} and {Describe(next)} leave a gap: no band holds the scores from {InvariantNumber.Format(band.High)} up to {InvariantNumber.Format(next.Low)}.");
        }
        return sorted;
    }

    /// <summary>The band holding <paramref name="score"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is not finite or outside the table.</exception>
    public static T Find<T>(ValueArray<T> bands, double score, string tableName) where T : class, IScoreBand
    {
        Guard.Against.NotFinite(score, nameof(score));
        var top = bands[^1];
        if (score < bands[0].Low || score > top.High)
            throw new ArgumentOutOfRangeException(nameof(score), score,
                $"The score {InvariantNumber.Format(score)} is outside the table {tableName} ({InvariantNumber.Format(bands[0].Low)}–{InvariantNumber.Format(top.High)}).");
        for (int i = 0; i + 1 < bands.Length; i++)
            if (score < bands[i].High) return bands[i];
        return top;
    }

    /// <summary>A band as a reader sees it: [low, high) or [low, high].</summary>
    public static string Describe(IScoreBand band) =>
        $"[{InvariantNumber.Format(band.Low)}, {InvariantNumber.Format(band.High)})";
}
