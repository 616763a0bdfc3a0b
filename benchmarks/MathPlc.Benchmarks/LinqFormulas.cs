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
        "recent-mean" => s => s.TakeLast(3).Average(),
        "power-law" => PowerLaw,
        "linear-trend" => s => Trend(s, Enumerable.Range(1, s.Count).Select(i => (double)i).ToList()),
        _ => throw new ArgumentException($"No LINQ formula for {method}.", nameof(method)),
    };

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
