using BenchmarkDotNet.Attributes;
using MathPlc.Assessments;

namespace MathPlc.Benchmarks;

/// <summary>
/// Item analysis of one common assessment taken by 100,000 students × 40 items (0/1, seeded Rasch-like responses, no
/// missing scores): difficulty, corrected item-total correlation, 27 % upper–lower index per item, and Cronbach's alpha.
/// The baseline is the straightforward LINQ a first version would write over per-student rows; the library works on the
/// columnar <see cref="ItemResponses"/> (built once in setup) and also gives flags, KR-20 and the SEM.
/// </summary>
[MemoryDiagnoser]
public class ItemAnalysisBenchmarks
{
    private const int Students = 100_000, Items = 40;
    private double[][] _rows = [];
    private string[] _ids = [];
    private ItemResponses _responses = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261122);
        var difficulty = Enumerable.Range(0, Items).Select(i => -2 + 4.0 * i / (Items - 1)).ToArray();
        _rows = new double[Students][];
        var cells = new double[Students * Items];
        for (int s = 0; s < Students; s++)
        {
            double ability = Gaussian(random);
            _rows[s] = new double[Items];
            for (int i = 0; i < Items; i++)
            {
                double p = 1 / (1 + Math.Exp(-(ability - difficulty[i])));
                cells[s * Items + i] = _rows[s][i] = random.NextDouble() < p ? 1 : 0;
            }
        }
        _ids = [.. Enumerable.Range(1, Students).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))];
        _responses = ItemResponses.FromColumns(cells, Enumerable.Repeat(1.0, Items).ToArray(),
            [.. _ids.Select(id => new MathPlc.Core.StudentId(id))]);

        var library = Library();
        var baseline = LinqBaseline();
        for (int i = 0; i < Items; i++)
        {
            var item = library.Items[i];
            if (Math.Abs(item.Difficulty.Value!.Value - baseline.Difficulty[i]) > 1e-12
                || Math.Abs(item.PointBiserialCorrected.Value!.Value - baseline.Corrected[i]) > 1e-9
                || Math.Abs(item.DiscriminationUpperLower.Value!.Value - baseline.UpperLower[i]) > 1e-12)
                throw new InvalidOperationException($"Item {i}: the library and the LINQ baseline disagree.");
        }
        if (Math.Abs(library.Test.CronbachAlpha.Value!.Value - baseline.Alpha) > 1e-9)
            throw new InvalidOperationException($"Alpha: library {library.Test.CronbachAlpha.Value} against baseline {baseline.Alpha}.");
    }

    /// <summary>Per-student rows and LINQ: Average, Pearson by Select/Sum, OrderByDescending(total).ThenBy(id).Take, variances.</summary>
    [Benchmark(Baseline = true)]
    public (double[] Difficulty, double[] Corrected, double[] UpperLower, double Alpha) LinqBaseline()
    {
        var totals = _rows.Select(r => r.Sum()).ToArray();
        var difficulty = Enumerable.Range(0, Items).Select(i => _rows.Average(r => r[i])).ToArray();
        var corrected = Enumerable.Range(0, Items).Select(i => Pearson(_rows.Select(r => r[i]).ToArray(), _rows.Select((r, s) => totals[s] - r[i]).ToArray())).ToArray();
        int g = (int)Math.Round(0.27 * Students, MidpointRounding.AwayFromZero);
        var ranked = Enumerable.Range(0, Students).OrderByDescending(s => totals[s]).ThenBy(s => _ids[s], StringComparer.Ordinal).ToArray();
        var upper = ranked.Take(g).ToArray();
        var lower = ranked.Skip(Students - g).ToArray();
        var upperLower = Enumerable.Range(0, Items).Select(i => upper.Average(s => _rows[s][i]) - lower.Average(s => _rows[s][i])).ToArray();
        double itemVariances = Enumerable.Range(0, Items).Sum(i => Variance(_rows.Select(r => r[i]).ToArray()));
        double alpha = Items / (Items - 1.0) * (1 - itemVariances / Variance(totals));
        return (difficulty, corrected, upperLower, alpha);
    }

    /// <summary>MathPlc: <see cref="ItemAnalysis.Analyze"/> on the columnar responses (pairwise policy; no scores missing).</summary>
    [Benchmark]
    public ItemAnalysisResult Library() => ItemAnalysis.Analyze(_responses);

    private static double Variance(double[] x)
    {
        double mean = x.Average();
        return x.Sum(v => (v - mean) * (v - mean)) / (x.Length - 1);
    }

    private static double Pearson(double[] x, double[] y)
    {
        double mx = x.Average(), my = y.Average();
        double sxy = x.Zip(y, (a, b) => (a - mx) * (b - my)).Sum();
        return sxy / Math.Sqrt(x.Sum(a => (a - mx) * (a - mx)) * y.Sum(b => (b - my) * (b - my)));
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
