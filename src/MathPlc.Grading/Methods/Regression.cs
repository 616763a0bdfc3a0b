namespace MathPlc.Grading;

/// <summary>
/// The least-squares arithmetic behind <see cref="PowerLaw"/>, <see cref="LinearTrend"/> and <see cref="BestFit"/>:
/// fits, predictions, prediction coefficients (weights) and clamping. No fit allocates.
/// </summary>
internal static class Regression
{
    private static readonly double[] LnIndex = BuildLnIndex(1024);

    /// <summary>ln i for an assessment number i ≥ 1 (a table for the usual lengths).</summary>
    public static double LnOf(int i) => i <= LnIndex.Length ? LnIndex[i - 1] : Math.Log(i);

    /// <summary>The number of half points in the table of their logarithms: 1 to 200 halves, 0.5 to 100.</summary>
    public const int HalfPointSteps = 200;

    private static readonly double[] LnHalfPoint = BuildLnHalfPoint(HalfPointSteps);

    /// <summary>The table of logarithms of half points: place k − 1 holds ln(k / 2) for k = 1 to <see cref="HalfPointSteps"/>.</summary>
    public static ReadOnlySpan<double> HalfPointLogarithms => LnHalfPoint;

    /// <summary>
    /// ln s, read from a table when s is a half point from 0.5 to 100 (the 0–4 scales and whole percentages) and
    /// computed otherwise. The table holds <see cref="Math.Log(double)"/> of the same doubles, so the result is
    /// identical either way; it only saves time, since the logarithm dominates the power law's cost.
    /// </summary>
    public static double LnOfScore(double s)
    {
        double twice = s * 2;   // exact: scaling by two
        int k = (int)twice;
        return k == twice && (uint)(k - 1) < (uint)LnHalfPoint.Length ? LnHalfPoint[k - 1] : Math.Log(s);
    }

    private static double[] BuildLnIndex(int count)
    {
        var table = new double[count];
        for (int i = 0; i < count; i++) table[i] = Math.Log(i + 1);
        return table;
    }

    private static double[] BuildLnHalfPoint(int count)
    {
        var table = new double[count];
        for (int k = 1; k <= count; k++) table[k - 1] = Math.Log(k / 2.0);
        return table;
    }

    /// <summary>Checks a clamp range: each end finite, minimum not above maximum.</summary>
    public static void CheckClamp(double? clampMinimum, double? clampMaximum)
    {
        if (clampMinimum is { } min) Guard.Against.NotFinite(min, nameof(clampMinimum));
        if (clampMaximum is { } max) Guard.Against.NotFinite(max, nameof(clampMaximum));
        if (clampMinimum is { } lo && clampMaximum is { } hi && lo > hi)
            throw new ArgumentOutOfRangeException(nameof(clampMaximum), hi,
                $"clampMaximum ({InvariantNumber.Format(hi)}) must not be below clampMinimum ({InvariantNumber.Format(lo)}).");
    }

    /// <summary>Holds <paramref name="value"/> to the clamp range; an absent end does not clamp.</summary>
    public static double Clamp(double value, double? clampMinimum, double? clampMaximum)
    {
        if (clampMaximum is { } max && value > max) value = max;
        if (clampMinimum is { } min && value < min) value = min;
        return value;
    }

    /// <summary>Says how a clamp range changed <paramref name="value"/>, or nothing when it did not.</summary>
    public static string ClampNote(double value, double? clampMinimum, double? clampMaximum) =>
        clampMaximum is { } max && value > max ? $" The estimate, {SeriesMath.Points(value)}, was held to the top of the scale, {SeriesMath.Points(max)}."
        : clampMinimum is { } min && value < min ? $" The estimate, {SeriesMath.Points(value)}, was held to the bottom of the scale, {SeriesMath.Points(min)}."
        : "";

    // ---- Linear trend: s = α + β·i, i = 1..n ----

    /// <summary>Fits the least-squares line of the scores on i = 1..n. One score gives a flat line through it.</summary>
    public static LineFit FitLine(ReadOnlySpan<double> s)
    {
        int n = s.Length;
        double sum = 0, sumIs = 0;
        for (int i = 0; i < n; i++)
        {
            sum += s[i];
            sumIs += (i + 1) * s[i];
        }
        double xBar = (n + 1) / 2.0;
        double sxx = n * ((double)n * n - 1) / 12.0;   // Σ(i − x̄)² for i = 1..n
        double slope = n == 1 ? 0 : (sumIs - xBar * sum) / sxx;
        return new LineFit(sum / n, slope, xBar);
    }

    /// <summary>The linear trend's prediction coefficients at i = n: wᵢ = 1/n + (n − x̄)(i − x̄)/Sxx.</summary>
    public static void LineWeights(Span<double> weights)
    {
        int n = weights.Length;
        if (n == 1)
        {
            weights[0] = 1;
            return;
        }
        double xBar = (n + 1) / 2.0;
        double sxx = n * ((double)n * n - 1) / 12.0;
        for (int i = 0; i < n; i++) weights[i] = 1.0 / n + (n - xBar) * (i + 1 - xBar) / sxx;
    }

    // ---- Power law: ln s = ln a + b·ln i ----

    /// <summary>
    /// Fits Marzano's power curve to the scores under the zero policy. <paramref name="lnScores"/> (length n) is
    /// scratch space.
    /// </summary>
    public static PowerFit FitPower(ReadOnlySpan<double> s, PowerLawZeroPolicy policy, Span<double> lnScores)
    {
        int n = s.Length;
        double first = s[0];
        bool constant = true, anyNonPositive = false;
        for (int i = 0; i < n; i++)
        {
            if (s[i] != first) constant = false;
            if (s[i] <= 0) anyNonPositive = true;
        }
        if (anyNonPositive && policy == PowerLawZeroPolicy.Reject) return PowerFit.Refused;
        if (constant) return PowerFit.Flat(first);
        if (n < IndexFits.Length && !(anyNonPositive && policy == PowerLawZeroPolicy.Exclude))
            return FitPowerAll(s, policy, lnScores, IndexFits[n]);

        double sumX = 0, sumY = 0;
        int used = 0, lastUsed = -1;
        for (int i = 0; i < n; i++)
        {
            double v = s[i];
            if (policy == PowerLawZeroPolicy.Exclude && v <= 0)
            {
                lnScores[i] = double.NaN;
                continue;
            }
            // Exclude and Reject only get here with v > 0 and take it as it is; FloorAt raises it to the floor.
            double y = LnOfScore(policy == PowerLawZeroPolicy.FloorAt ? Math.Max(v, PowerLaw.ScoreFloor) : v);
            lnScores[i] = y;
            sumX += LnOf(i + 1);
            sumY += y;
            used++;
            lastUsed = i;
        }
        if (used == 0) return PowerFit.Flat(s[n - 1]);
        if (used == 1) return PowerFit.Flat(s[lastUsed]);

        double meanX = sumX / used, meanY = sumY / used, sxx = 0, sxy = 0;
        for (int i = 0; i < n; i++)
        {
            if (double.IsNaN(lnScores[i])) continue;
            double dx = LnOf(i + 1) - meanX;
            sxx += dx * dx;
            sxy += dx * (lnScores[i] - meanY);
        }
        return new PowerFit(meanX, meanY, sxy / sxx, double.NaN, false);
    }

    /// <summary>
    /// The fit when every score takes part (no zero left out), the usual case: mean ln i, Σ(ln i − mean)² and the
    /// deviations depend only on n and come from <see cref="IndexFits"/>, computed by the same additions in the same
    /// order as the general path, so the result is the same to the last bit.
    /// </summary>
    private static PowerFit FitPowerAll(ReadOnlySpan<double> s, PowerLawZeroPolicy policy, Span<double> lnScores, IndexFit fit)
    {
        int n = s.Length;
        double sumY = 0;
        for (int i = 0; i < n; i++)
        {
            double y = LnOfScore(policy == PowerLawZeroPolicy.FloorAt ? Math.Max(s[i], PowerLaw.ScoreFloor) : s[i]);
            lnScores[i] = y;
            sumY += y;
        }
        double meanY = sumY / n, sxy = 0;
        var dx = fit.Deviations;
        for (int i = 0; i < n; i++) sxy += dx[i] * (lnScores[i] - meanY);
        return new PowerFit(fit.MeanLnX, meanY, sxy / fit.Sxx, double.NaN, false);
    }

    /// <summary>
    /// The summary of ln i for a fit of <paramref name="n"/> scores every one of which takes part, or null when
    /// <paramref name="n"/> is outside the table (then <see cref="FitPower"/> sums in its general way).
    /// </summary>
    public static IndexFit? IndexFitOf(int n) => n >= 2 && n < IndexFits.Length ? IndexFits[n] : null;

    /// <summary>ln i for i = 1..n, summarised for the fit: the mean, the deviations from it and their sum of squares.</summary>
    internal sealed record IndexFit(double MeanLnX, double Sxx, double[] Deviations);

    /// <summary><see cref="IndexFit"/> for n = 0..64 (0 and 1 unused), built exactly as <see cref="FitPower"/>'s general path sums.</summary>
    private static readonly IndexFit[] IndexFits = [.. Enumerable.Range(0, 65).Select(BuildIndexFit)];

    private static IndexFit BuildIndexFit(int n)
    {
        double sumX = 0;
        for (int i = 0; i < n; i++) sumX += LnOf(i + 1);
        double meanX = n == 0 ? 0 : sumX / n, sxx = 0;
        var deviations = new double[n];
        for (int i = 0; i < n; i++)
        {
            double dx = LnOf(i + 1) - meanX;
            deviations[i] = dx;
            sxx += dx * dx;
        }
        return new IndexFit(meanX, sxx, deviations);
    }

    /// <summary>
    /// The power law's prediction coefficients at i = n: the exponents cᵢ in ŝ = Π sᵢ^cᵢ, that is
    /// cᵢ = 1/m + (ln n − mean ln i)(ln iᵢ − mean ln i)/S over the m scores in the fit, 0 for a score left out.
    /// </summary>
    public static void PowerWeights(ReadOnlySpan<double> s, PowerLawZeroPolicy policy, Span<double> weights)
    {
        int n = s.Length, used = 0, lastUsed = -1;
        double sumX = 0;
        weights.Clear();
        for (int i = 0; i < n; i++)
        {
            if (!InFit(s[i], policy)) continue;
            sumX += LnOf(i + 1);
            used++;
            lastUsed = i;
        }
        if (used <= 1)
        {
            weights[used == 0 ? n - 1 : lastUsed] = 1;
            return;
        }
        double meanX = sumX / used, sxx = 0;
        for (int i = 0; i < n; i++)
        {
            if (!InFit(s[i], policy)) continue;
            double dx = LnOf(i + 1) - meanX;
            sxx += dx * dx;
        }
        double lever = LnOf(n) - meanX;
        for (int i = 0; i < n; i++)
            if (InFit(s[i], policy)) weights[i] = 1.0 / used + lever * (LnOf(i + 1) - meanX) / sxx;
    }

    private static bool InFit(double score, PowerLawZeroPolicy policy) => policy != PowerLawZeroPolicy.Exclude || score > 0;
}

/// <summary>A fitted line ŝ(i) = mean + slope·(i − x̄).</summary>
internal readonly record struct LineFit(double Mean, double Slope, double XBar)
{
    /// <summary>The line's value at assessment number <paramref name="i"/>.</summary>
    public double At(int i) => Mean + Slope * (i - XBar);
}

/// <summary>
/// A fitted power curve ln ŝ(i) = MeanLnY + Slope·(ln i − MeanLnX), or a flat value (one score left, or all
/// scores equal), or a refusal (the <see cref="PowerLawZeroPolicy.Reject"/> policy met a zero).
/// </summary>
internal readonly record struct PowerFit(double MeanLnX, double MeanLnY, double Slope, double FlatValue, bool IsRefused)
{
    public static PowerFit Refused => new(0, 0, 0, double.NaN, true);

    public static PowerFit Flat(double value) => new(0, 0, 0, value, false);

    /// <summary>The curve's value at assessment number <paramref name="i"/>.</summary>
    public double At(int i) => double.IsNaN(FlatValue) ? Math.Exp(MeanLnY + Slope * (Regression.LnOf(i) - MeanLnX)) : FlatValue;
}
