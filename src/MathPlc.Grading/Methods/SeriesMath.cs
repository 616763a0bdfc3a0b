using System.Globalization;

namespace MathPlc.Grading;

/// <summary>Arithmetic and wording the calculation methods share.</summary>
internal static class SeriesMath
{
    /// <summary>
    /// The sum of <paramref name="scores"/> as Ruby's <c>Array#sum</c> computes it for floats (Kahan–Babuška
    /// compensated summation, <c>array.c</c> <c>rb_ary_sum</c>), so means match Canvas's rollups to the bit and
    /// long series lose no precision.
    /// </summary>
    public static double Sum(ReadOnlySpan<double> scores)
    {
        var sum = new CompensatedSum();
        foreach (double s in scores) sum.Add(s);
        return sum.Total;
    }

    /// <summary>The mean of a non-empty span, summed as <see cref="Sum"/> does.</summary>
    public static double Mean(ReadOnlySpan<double> scores) => Sum(scores) / scores.Length;

    /// <summary>
    /// The weighted mean Σwᵢsᵢ / Σwᵢ, both sums compensated as <see cref="Sum"/>; <see cref="Shortfall.ZeroTotalWeight"/>
    /// when the weights add up to zero. The spans have the same, non-zero length; weights are zero or more.
    /// </summary>
    public static MethodOutcome WeightedMean(ReadOnlySpan<double> scores, ReadOnlySpan<double> weights)
    {
        var products = new CompensatedSum();
        var total = new CompensatedSum();
        for (int i = 0; i < scores.Length; i++)
        {
            products.Add(weights[i] * scores[i]);
            total.Add(weights[i]);
        }
        return total.Total > 0 ? MethodOutcome.Scored(products.Total / total.Total) : MethodOutcome.Insufficient(Shortfall.ZeroTotalWeight);
    }

    /// <summary>Each weight's share of their total (the spans have the same length; the total is positive).</summary>
    public static void WeightShares(ReadOnlySpan<double> evidenceWeights, Span<double> shares)
    {
        double total = Sum(evidenceWeights);
        for (int i = 0; i < evidenceWeights.Length; i++) shares[i] = evidenceWeights[i] / total;
    }

    /// <summary>The median of a sorted, non-empty span: (sorted[(n − 1)/2] + sorted[n/2]) / 2, as Canvas's aggregate median.</summary>
    public static double MedianOfSorted(ReadOnlySpan<double> sorted) => (sorted[(sorted.Length - 1) / 2] + sorted[sorted.Length / 2]) / 2.0;

    /// <summary>The median of a non-empty span, sorting a copy in scratch space.</summary>
    public static double Median(ReadOnlySpan<double> scores)
    {
        using var scratch = new ScoreScratch(stackalloc double[ScoreScratch.StackLimit], scores.Length);
        return MedianOfSorted(scratch.SortedCopy(scores));
    }

    /// <summary>
    /// Indices of <paramref name="scores"/> ordered by score, then by position: among equal scores the more recent
    /// comes later, so "the highest" or "the top K" picks the most recent of equal scores. Used for weights only.
    /// </summary>
    public static int[] RankOrder(ReadOnlySpan<double> scores)
    {
        var order = new int[scores.Length];
        for (int i = 0; i < order.Length; i++) order[i] = i;
        var keys = scores.ToArray();
        Array.Sort(order, (a, b) => keys[a] != keys[b] ? keys[a].CompareTo(keys[b]) : a.CompareTo(b));
        return order;
    }

    /// <summary>Median weights: ½ on each of the two middle scores (even count) or 1 on the middle one.</summary>
    public static void MedianWeights(ReadOnlySpan<double> scores, Span<double> weights)
    {
        weights.Clear();
        var order = RankOrder(scores);
        int lower = order[(order.Length - 1) / 2], upper = order[order.Length / 2];
        weights[lower] += 0.5;
        weights[upper] += 0.5;
    }

    /// <summary>Guards a recency weight: it must be more than 0 and at most 1 (NaN is refused).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not in (0, 1].</exception>
    public static double CheckWeight(double value, string paramName)
    {
        if (!(value > 0 && value <= 1))
            throw new ArgumentOutOfRangeException(paramName, value,
                $"{paramName} must be more than 0 and at most 1, not {InvariantNumber.Format(value)}.");
        return value;
    }

    /// <summary>"1 score", "4 scores".</summary>
    public static string Scores(int count) => count == 1 ? "1 score" : string.Create(CultureInfo.InvariantCulture, $"{count} scores");

    /// <summary>The last <paramref name="count"/> scores, or all of them when there are fewer.</summary>
    public static ReadOnlySpan<double> Recent(ReadOnlySpan<double> oldestFirst, int count) => oldestFirst[Math.Max(0, oldestFirst.Length - count)..];

    /// <summary>A weight as a percent for descriptions: 0.65 → "65 %", 0.125 → "12.5 %".</summary>
    public static string Percent(double weight) => Math.Round(weight * 100, 2).ToString("0.##", CultureInfo.InvariantCulture) + " %";

    /// <summary>A score or point value for descriptions, invariant culture.</summary>
    public static string Points(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}

/// <summary>
/// Kahan–Babuška compensated summation exactly as Ruby's <c>Array#sum</c> does it for floats (<c>array.c</c>):
/// t = f + x; c += |f| ≥ |x| ? (f − t) + x : (x − t) + f; f = t; the total is f + c.
/// </summary>
internal struct CompensatedSum
{
    private double _sum;
    private double _compensation;

    public void Add(double x)
    {
        double t = _sum + x;
        if (Math.Abs(_sum) >= Math.Abs(x)) _compensation += (_sum - t) + x;
        else _compensation += (x - t) + _sum;
        _sum = t;
    }

    public readonly double Total => _sum + _compensation;
}
