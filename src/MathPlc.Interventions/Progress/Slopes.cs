namespace MathPlc.Interventions;

/// <summary>
/// Trend lines through progress-monitoring points (time in weeks, score): least squares and Tukey's tri-split,
/// and the median used for baselines. Slopes are score units per week, the rate of improvement.
/// </summary>
public static class Slopes
{
    /// <summary>
    /// The ordinary least-squares slope b = Σ(tᵢ − t̄)(yᵢ − ȳ) / Σ(tᵢ − t̄)², computed with centred (two-pass) sums;
    /// null with fewer than 2 points or when every point has the same time.
    /// </summary>
    /// <remarks>FastBridge fits its progress-monitoring trend by OLS; NCRTI Module 2's trend-line rule.</remarks>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static double? LeastSquares(ReadOnlySpan<double> weeks, ReadOnlySpan<double> scores)
    {
        Guard.Against.Unmet(weeks.Length == scores.Length, nameof(scores), $"{weeks.Length} times but {scores.Length} scores.");
        int n = weeks.Length;
        if (n < 2) return null;
        double tBar = 0, yBar = 0;
        for (int i = 0; i < n; i++)
        {
            tBar += weeks[i];
            yBar += scores[i];
        }
        tBar /= n;
        yBar /= n;
        double sxy = 0, sxx = 0;
        for (int i = 0; i < n; i++)
        {
            double dt = weeks[i] - tBar;
            sxy += dt * (scores[i] - yBar);
            sxx += dt * dt;
        }
        return sxx > 0 ? sxy / sxx : null;
    }

    /// <summary>
    /// Tukey's tri-split (resistant) slope: the points, in time order, split into thirds; the slope of the line
    /// through (median week, median score) of the first and last thirds. Null with fewer than 3 points or when the
    /// two median weeks coincide.
    /// </summary>
    /// <remarks>
    /// North Clackamas SD handout after Hutton, Dubes &amp; Muir (1992), "Plotting a trendline with the Tukey method":
    /// medians taken separately on each axis. An uneven count is split (decision 0033): n = 3k → k, k, k;
    /// n = 3k + 1 → k, k + 1, k; n = 3k + 2 → k + 1, k, k + 1.
    /// </remarks>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static double? TukeyTriSplit(ReadOnlySpan<double> weeks, ReadOnlySpan<double> scores)
    {
        Guard.Against.Unmet(weeks.Length == scores.Length, nameof(scores), $"{weeks.Length} times but {scores.Length} scores.");
        int n = weeks.Length;
        if (n < 3) return null;
        int outer = n % 3 == 2 ? n / 3 + 1 : n / 3;
        Span<double> buffer = outer <= 128 ? stackalloc double[outer] : new double[outer];
        double tLeft = Median(weeks[..outer], buffer), yLeft = Median(scores[..outer], buffer);
        double tRight = Median(weeks[^outer..], buffer), yRight = Median(scores[^outer..], buffer);
        double run = tRight - tLeft;
        return run > 0 ? (yRight - yLeft) / run : null;
    }

    /// <summary>The median: the middle value, or the mean of the two middle values for an even count (standard CBM practice).</summary>
    /// <exception cref="ArgumentException"><paramref name="values"/> is empty.</exception>
    public static double Median(ReadOnlySpan<double> values)
    {
        Guard.Against.Unmet(!values.IsEmpty, nameof(values), "The median of no values is undefined.");
        Span<double> buffer = values.Length <= 128 ? stackalloc double[values.Length] : new double[values.Length];
        return Median(values, buffer);
    }

    private static double Median(ReadOnlySpan<double> values, Span<double> buffer)
    {
        var copy = buffer[..values.Length];
        values.CopyTo(copy);
        copy.Sort();
        int mid = copy.Length / 2;
        return copy.Length % 2 == 1 ? copy[mid] : (copy[mid - 1] + copy[mid]) / 2;
    }
}
