namespace MathPlc.Teams;

/// <summary>
/// The critical values the run-chart rules read from tables, computed exactly: the Swed–Eisenhart distribution of the
/// number of runs (for the IHI runs rule) and the Anhøj limits for the longest run and the number of crossings.
/// </summary>
/// <remarks>
/// Swed, F. S. &amp; Eisenhart, C. (1943), "Tables for testing randomness of grouping in a sequence of alternatives",
/// <i>Ann. Math. Statist.</i> 14(1), 66–87. The IHI runs table (Perla, Provost &amp; Murray 2011, Table 1) is this
/// distribution with n₁ = ⌊n/2⌋ points on one side and n₂ = ⌈n/2⌉ on the other and 2.5 % in each tail; published
/// tables differ by one at a few edges. Anhøj, J. (2015), "Diagnostic value of run chart analysis", <i>PLOS ONE</i>
/// 10(3): e0121349 gives the longest-run limit round(log₂ n + 3) and the crossings limit qbinom(0.05, n − 1, 0.5).
/// </remarks>
public static class RunsDistribution
{
    /// <summary>
    /// The fewest and most runs expected by chance among <paramref name="usefulObservations"/> points not on the median:
    /// fewer than <c>Fewest</c> is too few runs, more than <c>Most</c> too many (each tail at most 2.5 %).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="usefulObservations"/> is below 2.</exception>
    public static (int Fewest, int Most) ExpectedRuns(int usefulObservations)
    {
        Guard.Against.Below(usefulObservations, 2);
        int n1 = usefulObservations / 2, n2 = usefulObservations - n1;
        int maxRuns = n1 == n2 ? 2 * n1 : 2 * n1 + 1;
        var p = new double[maxRuns + 1];
        var logFactorials = LogFactorials(usefulObservations);
        double logTotal = LogChoose(logFactorials, usefulObservations, n1);
        for (int r = 2; r <= maxRuns; r++) p[r] = Math.Exp(LogRuns(logFactorials, n1, n2, r) - logTotal);

        int fewest = 2;
        double below = 0;
        for (int r = 2; r <= maxRuns; r++)
        {
            below += p[r];
            if (below > 0.025) break;
            fewest = r + 1;
        }
        int most = maxRuns;
        double above = 0;
        for (int r = maxRuns; r >= 2; r--)
        {
            above += p[r];
            if (above > 0.025) break;
            most = r - 1;
        }
        return (fewest, most);
    }

    /// <summary>Anhøj: the longest run expected by chance among <paramref name="usefulObservations"/> points, round(log₂ n + 3).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="usefulObservations"/> is below 1.</exception>
    public static int LongestRunLimit(int usefulObservations)
    {
        Guard.Against.Below(usefulObservations, 1);
        return (int)Math.Round(Math.Log2(usefulObservations) + 3, MidpointRounding.ToEven);
    }

    /// <summary>
    /// Anhøj: the fewest crossings of the median expected by chance among <paramref name="usefulObservations"/> points,
    /// the 5th percentile of Binomial(n − 1, ½) (R's <c>qbinom(0.05, n - 1, 0.5)</c>: the smallest c with P(C ≤ c) ≥ 0.05).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="usefulObservations"/> is below 1.</exception>
    public static int FewestCrossings(int usefulObservations)
    {
        Guard.Against.Below(usefulObservations, 1);
        int trials = usefulObservations - 1;
        var logFactorials = LogFactorials(trials);
        double cumulative = 0, logAll = trials * Math.Log(0.5);
        for (int c = 0; c <= trials; c++)
        {
            cumulative += Math.Exp(LogChoose(logFactorials, trials, c) + logAll);
            if (cumulative >= 0.05 * (1 - 1e-12)) return c;
        }
        return trials;
    }

    // The number of arrangements of n1 and n2 points with exactly r runs, in logs (Swed & Eisenhart 1943).
    private static double LogRuns(double[] f, int n1, int n2, int r)
    {
        if (r % 2 == 0)
        {
            int k = r / 2;
            return Math.Log(2) + LogChoose(f, n1 - 1, k - 1) + LogChoose(f, n2 - 1, k - 1);
        }
        int j = (r - 1) / 2;
        double a = LogChoose(f, n1 - 1, j) + LogChoose(f, n2 - 1, j - 1);
        double b = LogChoose(f, n1 - 1, j - 1) + LogChoose(f, n2 - 1, j);
        double max = Math.Max(a, b);
        return double.IsNegativeInfinity(max) ? max : max + Math.Log(Math.Exp(a - max) + Math.Exp(b - max));
    }

    private static double LogChoose(double[] logFactorials, int n, int k) =>
        k < 0 || k > n ? double.NegativeInfinity : logFactorials[n] - logFactorials[k] - logFactorials[n - k];

    // ln 0! … ln n!, summed once per call.
    private static double[] LogFactorials(int n)
    {
        var f = new double[n + 1];
        for (int i = 2; i <= n; i++) f[i] = f[i - 1] + Math.Log(i);
        return f;
    }
}
