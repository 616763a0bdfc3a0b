using MathPlc.Core;

namespace MathPlc.Assessments;

/// <summary>
/// Internal-consistency reliability of a test from its item scores: Cronbach's alpha (listwise or pairwise),
/// KR-20 for 0/1 items, and the standard error of measurement.
/// </summary>
/// <remarks>
/// <para>
/// α = k/(k − 1) · (1 − Σᵢ Cᵢᵢ / Σᵢⱼ Cᵢⱼ) from the item covariance matrix C (÷(N − 1)); with complete data this
/// is k/(k − 1) · (1 − Σsᵢ²/s_X²). Pairwise: each Cᵢⱼ from the students who answered both items, with that pair's
/// means (R's <c>cov(use = "pairwise")</c>, as psych's <c>alpha</c>). Listwise: students who answered every item.
/// An item nobody varies on stays in k (the plain formula; psych instead drops it from k).
/// </para>
/// <para>
/// KR-20 = k/(k − 1) · (1 − Σpᵢqᵢ / σ_X²) with σ_X² the population variance (÷N), which makes KR-20 equal alpha on
/// the same students; using Σpq with the ÷(N − 1) variance is a common error.
/// </para>
/// <para>Sources: Cronbach (1951), Psychometrika 16, 297–334; Kuder &amp; Richardson (1937), Psychometrika 2, 151–160;
/// reference/statistics.md §6–7.</para>
/// </remarks>
public static class Reliability
{
    /// <summary>Cronbach's alpha from an item covariance matrix (k × k, symmetric).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="covariance"/> is null.</exception>
    /// <exception cref="ArgumentException">The matrix is not square, or has a non-finite entry.</exception>
    public static StatisticValue AlphaFromCovariance(double[,] covariance)
    {
        Guard.Against.Null(covariance);
        int k = covariance.GetLength(0);
        Guard.Against.Unmet(covariance.GetLength(1) == k, nameof(covariance), $"The covariance matrix must be square, not {k} × {covariance.GetLength(1)}.");
        double trace = 0, sum = 0;
        for (int i = 0; i < k; i++)
            for (int j = 0; j < k; j++)
            {
                Guard.Against.Unmet(double.IsFinite(covariance[i, j]), nameof(covariance), $"Entry ({i}, {j}) is not a finite number.");
                sum += covariance[i, j];
                if (i == j) trace += covariance[i, j];
            }
        return FromSums(k, trace, sum, 0, 0, out _);
    }

    /// <summary>Cronbach's alpha of the item scores under the missing-data policy.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="responses"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="missing"/> is not a defined value.</exception>
    public static StatisticValue CronbachAlpha(ItemResponses responses, MissingDataPolicy missing)
    {
        Guard.Against.Null(responses);
        if (!Enum.IsDefined(missing)) throw new ArgumentOutOfRangeException(nameof(missing), missing, $"Unknown missing-data policy {missing}.");
        return Alpha(responses.Cells, responses.StudentCount, responses.ItemCount, missing, out _);
    }

    /// <summary>KR-20 over the students who answered every item; not applicable unless every item is scored 0/1.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="responses"/> is null.</exception>
    public static StatisticValue Kr20(ItemResponses responses)
    {
        Guard.Against.Null(responses);
        return Kr20(responses.Cells, responses.StudentCount, responses.ItemCount, responses.MaxPoints.AsSpan());
    }

    /// <summary>SEM = s_X · √(1 − r_xx): the spread of a student's observed score around the true score.</summary>
    /// <param name="scoreSd">The standard deviation of total scores.</param>
    /// <param name="reliability">The reliability r_xx (alpha, KR-20 or test–retest), 0–1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scoreSd"/> is negative or <paramref name="reliability"/> outside 0–1.</exception>
    public static double StandardErrorOfMeasurement(double scoreSd, double reliability)
    {
        Guard.Against.NegativeOrNotFinite(scoreSd, nameof(scoreSd));
        Guard.Against.OutsideRange(reliability, 0, 1, nameof(reliability));
        return scoreSd * Math.Sqrt(1 - reliability);
    }

    /// <summary>Alpha on a row-major students × items array (NaN = missing); <paramref name="totalVariance"/> is Σ Cᵢⱼ.</summary>
    internal static StatisticValue Alpha(ReadOnlySpan<double> cells, int n, int k, MissingDataPolicy missing, out double totalVariance)
    {
        totalVariance = 0;
        if (k < 2)
            return StatisticValue.NotApplicable(new Reason("too-few-items", $"Reliability needs at least two items; there are {k}.").With("items", k));
        bool anyMissing = HasNaN(cells);
        if (missing == MissingDataPolicy.Listwise || !anyMissing)
        {
            var rows = CompleteRows(cells, n, k);
            int used = rows.Length, dropped = n - used;
            if (used < 2) return TooFewStudents(used, dropped);
            var means = new double[k];
            foreach (var r in rows)
                for (int i = 0; i < k; i++) means[i] += cells[r * k + i];
            double meanTotal = 0;
            for (int i = 0; i < k; i++) { means[i] /= used; meanTotal += means[i]; }
            double trace = 0, total = 0;
            foreach (var r in rows)
            {
                double t = 0;
                for (int i = 0; i < k; i++)
                {
                    double d = cells[r * k + i] - means[i];
                    trace += d * d;
                    t += d;
                }
                total += t * t;
            }
            return FromSums(k, trace / (used - 1), total / (used - 1), used, dropped, out totalVariance);
        }
        return PairwiseAlpha(cells, n, k, out totalVariance);
    }

    private static StatisticValue PairwiseAlpha(ReadOnlySpan<double> cells, int n, int k, out double totalVariance)
    {
        totalVariance = 0;
        double trace = 0, sum = 0;
        int usedStudents = 0;
        for (int s = 0; s < n; s++)
        {
            var row = cells.Slice(s * k, k);
            foreach (var x in row) if (!double.IsNaN(x)) { usedStudents++; break; }
        }
        for (int i = 0; i < k; i++)
            for (int j = i; j < k; j++)
            {
                int count = 0;
                double mi = 0, mj = 0;
                for (int s = 0; s < n; s++)
                {
                    double a = cells[s * k + i], b = cells[s * k + j];
                    if (double.IsNaN(a) || double.IsNaN(b)) continue;
                    count++;
                    mi += a;
                    mj += b;
                }
                if (count < 2)
                    return StatisticValue.Undefined(new Reason("too-few-pairs", "Cronbach's alpha (pairwise) is undefined: two items were answered together by fewer than two students.")
                        .With("item-a", i + 1).With("item-b", j + 1).With("students", count), usedStudents, n - usedStudents);
                mi /= count;
                mj /= count;
                double c = 0;
                for (int s = 0; s < n; s++)
                {
                    double a = cells[s * k + i], b = cells[s * k + j];
                    if (double.IsNaN(a) || double.IsNaN(b)) continue;
                    c += (a - mi) * (b - mj);
                }
                c /= count - 1;
                if (i == j) { trace += c; sum += c; }
                else sum += 2 * c;
            }
        return FromSums(k, trace, sum, usedStudents, n - usedStudents, out totalVariance);
    }

    private static StatisticValue FromSums(int k, double trace, double sum, int used, int dropped, out double totalVariance)
    {
        totalVariance = sum;
        if (k < 2)
            return StatisticValue.NotApplicable(new Reason("too-few-items", $"Reliability needs at least two items; there are {k}.").With("items", k));
        if (!(sum > 1e-12 * Math.Max(1.0, trace)))
            return StatisticValue.Undefined(new Reason("no-variance", "Cronbach's alpha is undefined: the total scores do not vary (0/0)."), used, dropped);
        return StatisticValue.Defined(k / (k - 1.0) * (1 - trace / sum), used, dropped);
    }

    internal static StatisticValue Kr20(ReadOnlySpan<double> cells, int n, int k, ReadOnlySpan<double> maxPoints)
    {
        foreach (var m in maxPoints)
            if (m != 1) return NotDichotomous();
        foreach (var x in cells)
            if (!double.IsNaN(x) && x != 0 && x != 1) return NotDichotomous();
        if (k < 2)
            return StatisticValue.NotApplicable(new Reason("too-few-items", $"Reliability needs at least two items; there are {k}.").With("items", k));
        var rows = CompleteRows(cells, n, k);
        int used = rows.Length, dropped = n - used;
        if (used < 2) return TooFewStudents(used, dropped);
        var p = new double[k];
        double meanTotal = 0;
        foreach (var r in rows)
            for (int i = 0; i < k; i++) p[i] += cells[r * k + i];
        double pq = 0;
        for (int i = 0; i < k; i++) { p[i] /= used; pq += p[i] * (1 - p[i]); meanTotal += p[i]; }
        double variance = 0;
        foreach (var r in rows)
        {
            double t = 0;
            for (int i = 0; i < k; i++) t += cells[r * k + i];
            variance += (t - meanTotal) * (t - meanTotal);
        }
        variance /= used; // population variance, to match Σpq
        if (!(variance > 1e-12))
            return StatisticValue.Undefined(new Reason("no-variance", "KR-20 is undefined: the total scores do not vary (0/0)."), used, dropped);
        return StatisticValue.Defined(k / (k - 1.0) * (1 - pq / variance), used, dropped);
    }

    private static StatisticValue NotDichotomous() =>
        StatisticValue.NotApplicable(new Reason("not-dichotomous", "KR-20 applies only when every item is scored 0 or 1; use Cronbach's alpha."));

    private static StatisticValue TooFewStudents(int used, int dropped) =>
        StatisticValue.Undefined(new Reason("too-few-students", $"Reliability needs at least two students who answered every item; {used} did ({dropped} left out).")
            .With("students-used", used).With("students-dropped", dropped), used, dropped);

    private static int[] CompleteRows(ReadOnlySpan<double> cells, int n, int k)
    {
        var rows = new List<int>(n);
        for (int s = 0; s < n; s++)
            if (!HasNaN(cells.Slice(s * k, k))) rows.Add(s);
        return [.. rows];
    }

    internal static bool HasNaN(ReadOnlySpan<double> values)
    {
        foreach (var x in values) if (double.IsNaN(x)) return true;
        return false;
    }
}
