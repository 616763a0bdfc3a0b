using BenchmarkDotNet.Attributes;
using MathPlc.Assessments;

namespace MathPlc.Benchmarks;

/// <summary>
/// Krippendorff's alpha for 10,000 subjects × 5 raters on a 1–4 rubric with about 10 % of ratings missing (seeded).
/// The baseline builds the coincidence matrix the textbook way (Krippendorff 2011): for each unit every ordered pair of
/// values from different coders, grouped by value pair with weight 1/(mᵤ − 1), then D_o and D_e over a dictionary.
/// </summary>
[MemoryDiagnoser]
public class KrippendorffAlphaBenchmarks
{
    private const int Subjects = 10_000, Raters = 5;
    private double?[][] _rows = [];
    private RatingMatrix _matrix = null!;

    [Params(MeasurementLevel.Nominal, MeasurementLevel.Ordinal, MeasurementLevel.Interval)]
    public MeasurementLevel Level { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261122);
        _rows = new double?[Subjects][];
        for (int u = 0; u < Subjects; u++)
        {
            int truth = random.Next(1, 5);
            _rows[u] = new double?[Raters];
            for (int r = 0; r < Raters; r++)
            {
                if (random.NextDouble() < 0.1) continue;
                int noise = random.NextDouble() < 0.3 ? (random.Next(2) == 0 ? -1 : 1) : 0;
                _rows[u][r] = Math.Clamp(truth + noise, 1, 4);
            }
        }
        _matrix = RatingMatrix.FromRows(_rows);
        double library = Library(), baseline = LinqBaseline();
        if (Math.Abs(library - baseline) > 1e-9)
            throw new InvalidOperationException($"{Level}: library {library} against baseline {baseline}.");
    }

    /// <summary>Coincidence matrix by LINQ over ordered value pairs, then α = 1 − (n − 1)·ΣoΔ / ΣnnΔ.</summary>
    [Benchmark(Baseline = true)]
    public double LinqBaseline()
    {
        var units = _rows.Select(r => r.Where(x => x.HasValue).Select(x => x!.Value).ToArray()).Where(v => v.Length >= 2).ToArray();
        var coincidences = units
            .SelectMany(v => v.SelectMany((c, i) => v.Select((k, j) => (c, k, i, j)).Where(p => p.i != p.j).Select(p => (p.c, p.k, Weight: 1.0 / (v.Length - 1)))))
            .GroupBy(p => (p.c, p.k))
            .ToDictionary(g => g.Key, g => g.Sum(p => p.Weight));
        var marginals = coincidences.GroupBy(kv => kv.Key.c).ToDictionary(g => g.Key, g => g.Sum(kv => kv.Value));
        double n = marginals.Values.Sum();
        var values = marginals.Keys.Order().ToArray();
        double Delta(double c, double k) => Level switch
        {
            MeasurementLevel.Nominal => c == k ? 0 : 1,
            MeasurementLevel.Interval => (c - k) * (c - k),
            _ => Math.Pow(values.Where(g => g >= Math.Min(c, k) && g <= Math.Max(c, k)).Sum(g => marginals[g]) - (marginals[c] + marginals[k]) / 2, 2),
        };
        double observed = coincidences.Sum(kv => kv.Value * Delta(kv.Key.c, kv.Key.k));
        double expected = values.SelectMany(c => values.Select(k => marginals[c] * marginals[k] * Delta(c, k))).Sum();
        return 1 - (n - 1) * observed / expected;
    }

    /// <summary>MathPlc's <see cref="KrippendorffAlpha.Compute(RatingMatrix, MeasurementLevel)"/>.</summary>
    [Benchmark]
    public double Library() => KrippendorffAlpha.Compute(_matrix, Level).Value!.Value;
}
