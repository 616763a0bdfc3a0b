namespace MathPlc.Benchmarks;

/// <summary>
/// The formulas of reference/grading.md §2 and §4 written the way a first version would: LINQ over a list of scores,
/// oldest first. The baseline of <see cref="ProficiencyScoringBenchmarks"/>, and an independent check of the
/// methods' numbers (the suite refuses to run when the two disagree).
/// </summary>
internal static class LinqFormulas
{
    public static Func<IReadOnlyList<double>, double> For(string method) => method switch
    {
        "mean" => s => s.Average(),
        "latest" => s => s.Last(),
        "highest" => s => s.Max(),
        "median" => Median,
        "decaying-average" => s => s.Skip(1).Aggregate(s[0], (m, x) => 0.65 * x + 0.35 * m),
        "weighted-latest" => s => s.Count == 1 ? s[0] : 0.65 * s[^1] + 0.35 * s.Take(s.Count - 1).Average(),
        "top-mean" => s => s.OrderByDescending(x => x).Take(3).Average(),
        "mode" => s => s.GroupBy(x => x).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key,
        "recent-median" => s => Median([.. s.TakeLast(3)]),
        "n-mastery" => NMastery,
        "best-fit" => BestFit,
        "recent-mean" => s => s.TakeLast(3).Average(),
        "power-law" => PowerLaw,
        "linear-trend" => s => Trend(s, Enumerable.Range(1, s.Count).Select(i => (double)i).ToList()),
        _ => throw new ArgumentException($"No LINQ formula for {method}.", nameof(method)),
    };

    /// <summary>Canvas's n_mastery with n = 5 and mastery 3: no score (NaN here) with fewer than five results or five at mastery.</summary>
    private static double NMastery(IReadOnlyList<double> s)
    {
        var kept = s.Where(x => x >= 3).ToList();
        return s.Count < 5 || kept.Count < 5 ? double.NaN : kept.Average();
    }

    /// <summary>
    /// Empower's "least total difference": the mean, the line and the power curve fitted to the scores, the one with the
    /// smallest sum of absolute differences wins, ties (within 10⁻⁹ relative) to the simpler model.
    /// </summary>
    private static double BestFit(IReadOnlyList<double> s)
    {
        var x = Enumerable.Range(1, s.Count).Select(i => (double)i).ToList();
        var lx = x.Select(at => Math.Log(at)).ToList();
        var ly = s.Select(v => Math.Log(Math.Max(v, 0.5))).ToList();
        double mean = s.Average();
        double LineAt(double at) => s.Count == 1 ? s[0] : Fit(s, x, at);
        double PowerAt(double at) => s.Count == 1 ? s[0] : Math.Exp(Fit(ly, lx, Math.Log(at)));
        double Error(Func<double, double> fitted) => x.Select((at, i) => Math.Abs(s[i] - fitted(at))).Sum();
        var candidates = new (double Estimate, double Error)[]
        {
            (mean, Error(_ => mean)), (LineAt(x[^1]), Error(LineAt)), (PowerAt(x[^1]), Error(PowerAt)),
        };
        var best = candidates[0];
        foreach (var c in candidates.Skip(1))
            if (c.Error < best.Error - 1e-9 * (1 + best.Error)) best = c;
        return best.Estimate;
    }

    private static double Fit(IReadOnlyList<double> y, IReadOnlyList<double> x, double at)
    {
        double mx = x.Average(), my = y.Average();
        double sxx = x.Sum(a => (a - mx) * (a - mx));
        return sxx == 0 ? my : my + x.Zip(y, (a, b) => (a - mx) * (b - my)).Sum() / sxx * (at - mx);
    }

    private static double Median(IReadOnlyList<double> s)
    {
        var sorted = s.Order().ToList();
        return (sorted[(sorted.Count - 1) / 2] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>Marzano: least squares on (ln i, ln sᵢ), predicted at i = n and taken back out of logarithms.</summary>
    private static double PowerLaw(IReadOnlyList<double> s)
    {
        var lx = Enumerable.Range(1, s.Count).Select(i => Math.Log(i)).ToList();
        return Math.Exp(Trend(s.Select(x => Math.Log(x)).ToList(), lx));
    }

    /// <summary>Least squares of <paramref name="y"/> on <paramref name="x"/>, evaluated at the last x; one score is itself.</summary>
    private static double Trend(IReadOnlyList<double> y, IReadOnlyList<double> x)
    {
        if (y.Count == 1) return y[0];
        double mx = x.Average(), my = y.Average();
        double slope = x.Zip(y, (a, b) => (a - mx) * (b - my)).Sum() / x.Sum(a => (a - mx) * (a - mx));
        return my + slope * (x[^1] - mx);
    }
}
