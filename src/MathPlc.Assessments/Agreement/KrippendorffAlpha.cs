namespace MathPlc.Assessments;

/// <summary>
/// Krippendorff's alpha: agreement among any number of raters, with missing ratings, for nominal, ordinal,
/// interval or ratio scores — α = 1 − D_o / D_e (Krippendorff 2011).
/// </summary>
/// <remarks>
/// <para>
/// Only subjects with two or more ratings are pairable; the others are left out (and counted as dropped).
/// With mᵤ ratings in subject u and n pairable ratings in all:
/// D_o = (1/n) Σᵤ (1/(mᵤ − 1)) Σ over ordered pairs of ratings in u from different raters of δ²;
/// D_e = (1/(n(n − 1))) Σ over ordered pairs of all pairable ratings of δ². Every subject is divided by its own
/// mᵤ − 1, also when no rating is missing (R irr's <c>kripp.alpha</c> does not do so for complete data with more than
/// two raters, a bug not copied here).
/// </para>
/// <para>
/// δ² by level: nominal 0/1; ordinal (Σ_{g=c..k} n_g − (n_c + n_k)/2)² over the ranked values used; interval
/// (c − k)²; ratio ((c − k)/(c + k))², 0 when c + k = 0. When every pairable rating has the same value, D_e = 0 and
/// alpha is <see cref="StatisticStatus.Undefined"/> (irr returns 1, fast-krippendorff raises an error).
/// </para>
/// <para>Sources: Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", Annenberg School for
/// Communication Departmental Paper 43; Hayes &amp; Krippendorff (2007); reference/statistics.md §3.</para>
/// </remarks>
public static class KrippendorffAlpha
{
    /// <summary>Krippendorff's alpha at the given level of measurement.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="ratings"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a defined value.</exception>
    public static StatisticValue Compute(RatingMatrix ratings, MeasurementLevel level)
    {
        Guard.Against.Null(ratings);
        if (!Enum.IsDefined(level)) throw new ArgumentOutOfRangeException(nameof(level), level, $"Unknown level of measurement {level}.");
        if (ratings.RaterCount < 2) return StatisticValue.NotApplicable(AgreementReasons.TooFewRaters("Krippendorff's alpha", ratings.RaterCount));
        return Compute(ratings.Cells, ratings.SubjectCount, ratings.RaterCount, level);
    }

    /// <summary>The computation on a row-major subjects × raters array with NaN for a missing rating.</summary>
    internal static StatisticValue Compute(ReadOnlySpan<double> cells, int subjects, int raters, MeasurementLevel level)
    {
        // Pass 1: the pairable subjects and the distinct values among their ratings.
        var pairable = new bool[subjects];
        var distinct = new HashSet<double>();
        int used = 0;
        for (int u = 0; u < subjects; u++)
        {
            var row = cells.Slice(u * raters, raters);
            int m = 0;
            foreach (var x in row) if (!double.IsNaN(x)) m++;
            if (m < 2) continue;
            pairable[u] = true;
            used++;
            foreach (var x in row) if (!double.IsNaN(x)) distinct.Add(x);
        }
        int dropped = subjects - used;
        if (used == 0) return StatisticValue.Undefined(AgreementReasons.NoPairableUnits, 0, dropped);
        var values = distinct.ToArray();
        Array.Sort(values);
        if (level == MeasurementLevel.Ratio && values[0] < 0)
            return StatisticValue.NotApplicable(AgreementReasons.NegativeRatio(values[0])); // (c − k)/(c + k) is no distance when c + k can be 0 or negative
        if (values.Length < 2) return StatisticValue.Undefined(AgreementReasons.NoVariance("Krippendorff's alpha"), used, dropped);

        // Pass 2: value frequencies n_c and the observed disagreement.
        int v = values.Length;
        var frequency = new double[v];
        var index = new int[raters];
        double observed = 0;
        var delta = new Difference(level, values, frequency);
        for (int u = 0; u < subjects; u++)
        {
            if (!pairable[u]) continue;
            int m = Gather(cells.Slice(u * raters, raters), values, index);
            for (int i = 0; i < m; i++) frequency[index[i]]++;
        }
        delta.Prepare();
        double n = 0;
        foreach (var f in frequency) n += f;
        for (int u = 0; u < subjects; u++)
        {
            if (!pairable[u]) continue;
            int m = Gather(cells.Slice(u * raters, raters), values, index);
            double within = 0;
            for (int i = 0; i < m; i++)
                for (int j = i + 1; j < m; j++)
                    within += delta.Squared(index[i], index[j]);
            observed += 2 * within / (m - 1);
        }
        observed /= n;
        double expected = delta.ExpectedSum(n) / (n * (n - 1));
        return StatisticValue.Ratio(expected - observed, expected, AgreementReasons.NoVariance("Krippendorff's alpha"), used, dropped);
    }

    /// <summary>Puts the positions in <paramref name="values"/> of the row's ratings into <paramref name="index"/>; returns how many.</summary>
    private static int Gather(ReadOnlySpan<double> row, double[] values, int[] index)
    {
        int m = 0;
        foreach (var x in row)
            if (!double.IsNaN(x)) index[m++] = Array.BinarySearch(values, x);
        return m;
    }

    /// <summary>The difference function δ² over the sorted distinct values, with the frequencies the ordinal level needs.</summary>
    private sealed class Difference(MeasurementLevel level, double[] values, double[] frequency)
    {
        private double[] _cumulative = [];

        public void Prepare()
        {
            _cumulative = new double[values.Length + 1];
            for (int i = 0; i < values.Length; i++) _cumulative[i + 1] = _cumulative[i] + frequency[i];
        }

        public double Squared(int c, int k)
        {
            if (c == k) return 0;
            switch (level)
            {
                case MeasurementLevel.Nominal:
                    return 1;
                case MeasurementLevel.Ordinal:
                    int lo = Math.Min(c, k), hi = Math.Max(c, k);
                    double d = _cumulative[hi + 1] - _cumulative[lo] - (frequency[lo] + frequency[hi]) / 2;
                    return d * d;
                case MeasurementLevel.Interval:
                    double diff = values[c] - values[k];
                    return diff * diff;
                default:
                    double sum = values[c] + values[k];
                    if (sum == 0) return 0;
                    double ratio = (values[c] - values[k]) / sum;
                    return ratio * ratio;
            }
        }

        /// <summary>Σ_c Σ_k n_c n_k δ²_ck over ordered pairs of values.</summary>
        public double ExpectedSum(double n)
        {
            if (level == MeasurementLevel.Nominal)
            {
                double same = 0;
                foreach (var f in frequency) same += f * f;
                return n * n - same;
            }
            if (level == MeasurementLevel.Interval)
            {
                // Σ_c Σ_k n_c n_k (c − k)² = 2n Σ_c n_c (c − mean)², in centred form.
                double mean = 0;
                for (int i = 0; i < values.Length; i++) mean += frequency[i] * values[i];
                mean /= n;
                double spread = 0;
                for (int i = 0; i < values.Length; i++) spread += frequency[i] * (values[i] - mean) * (values[i] - mean);
                return 2 * n * spread;
            }
            double total = 0;
            for (int c = 0; c < values.Length; c++)
                for (int k = c + 1; k < values.Length; k++)
                    total += frequency[c] * frequency[k] * Squared(c, k);
            return 2 * total;
        }
    }
}
