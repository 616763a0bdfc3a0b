using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using MathPlc.Grading;

namespace MathPlc.Benchmarks;

/// <summary>
/// The batch kernels (issue 18) side by side with what they are measured against, on the same columns in one
/// process: 1,000,000 series × 8 half-point scores (64 MB, more than the caches hold), one thread.
/// <list type="bullet">
/// <item><c>MemoryRead</c>: a plain sum over the whole array, the memory-read limit no kernel can beat.</item>
/// <item><c>PlainLoop</c> (the baseline): the straightforward columnar loop a researcher would write for the formula
/// (<c>Math.Log</c> per score for the power law, <c>Span.Sort</c> of a copy for the sorting methods).</item>
/// <item><c>Linq</c>: the same formula in LINQ over each series (<see cref="ArraySegment{T}"/>).</item>
/// <item><c>Batch</c>: <see cref="ProficiencyBatch.Score"/>, bit-identical to the object form.</item>
/// </list>
/// One operation is one score, so <c>Op/s</c> is scores per second.
/// </summary>
[Config(typeof(PerScore))]
public class KernelBenchmarks
{
    private const int SeriesCount = 1_000_000, Length = 8, ScoreCount = SeriesCount * Length;

    private static readonly double[] s_scores = Scores();
    private static readonly int[] s_starts = [.. Enumerable.Range(0, SeriesCount + 1).Select(i => i * Length)];

    private readonly double[] _results = new double[SeriesCount];
    private readonly Shortfall[] _shortfalls = new Shortfall[SeriesCount];
    private CalculationMethod _method = new Mean();
    private Func<ReadOnlySpan<double>, double> _plain = Plain.Mean;
    private Func<ArraySegment<double>, double> _linq = s => s.Average();

    /// <summary>The method by its command-line name, default settings (recent-N methods take the last 3 scores).</summary>
    [Params("mean", "highest", "latest", "decaying-average", "recent-mean", "weighted-latest", "n-mastery", "linear-trend",
        "power-law", "median", "recent-median", "mode", "top-mean")]
    public string Kernel { get; set; } = "mean";

    [GlobalSetup]
    public void Setup()
    {
        _method = BenchmarkMethods.Create(Kernel);
        (_plain, _linq) = Kernel switch
        {
            "mean" => Pair(Plain.Mean, s => s.Average()),
            "highest" => Pair(Plain.Highest, s => s.Max()),
            "latest" => Pair(Plain.Latest, s => s.Last()),
            "decaying-average" => Pair(Plain.Decaying, s => s.Skip(1).Aggregate(s[0], (m, x) => m * 0.35 + x * 0.65)),
            "recent-mean" => Pair(s => Plain.Mean(s[^3..]), s => s.TakeLast(3).Average()),
            "weighted-latest" => Pair(s => s[^1] * 0.65 + Plain.Mean(s[..^1]) * 0.35, s => s[^1] * 0.65 + s.SkipLast(1).Average() * 0.35),
            "n-mastery" => Pair(Plain.NMastery, s => s.Where(x => x >= 3).Count() >= 5 ? s.Where(x => x >= 3).Average() : double.NaN),
            "linear-trend" => Pair(Plain.LinearTrend, LinqForms.LinearTrend),
            "power-law" => Pair(Plain.PowerLaw, LinqForms.PowerLaw),
            "median" => Pair(Plain.Median, s => LinqForms.Median(s)),
            "recent-median" => Pair(s => Plain.Median(s[^3..]), s => LinqForms.Median(s.TakeLast(3))),
            "mode" => Pair(Plain.Mode, s => s.GroupBy(x => x).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key),
            "top-mean" => Pair(s => Plain.TopMean(s), s => s.OrderDescending().Take(3).Average()),
            _ => throw new InvalidOperationException($"No baseline for {Kernel}."),
        };
        Batch();
        for (int i = 0; i < SeriesCount; i += 9973)   // the three agree (to 1e-9: the plain loops do not sum as Ruby does)
        {
            var series = new ArraySegment<double>(s_scores, i * Length, Length);
            double plain = _plain(series), linq = _linq(series);
            bool scored = _shortfalls[i] == Shortfall.None;
            if (scored != !double.IsNaN(plain) || (scored && (Math.Abs(plain - _results[i]) > 1e-9 || Math.Abs(linq - _results[i]) > 1e-9)))
                throw new InvalidOperationException($"{Kernel}, series {i}: plain {plain}, LINQ {linq}, batch {_results[i]} ({_shortfalls[i]}).");
        }
    }

    private static (Func<ReadOnlySpan<double>, double>, Func<ArraySegment<double>, double>) Pair(
        Func<ReadOnlySpan<double>, double> plain, Func<ArraySegment<double>, double> linq) => (plain, linq);

    /// <summary>The memory-read limit: one plain pass summing every score.</summary>
    [Benchmark(OperationsPerInvoke = ScoreCount)]
    public double MemoryRead()
    {
        double a = 0, b = 0, c = 0, d = 0;
        var s = s_scores;
        for (int i = 0; i < s.Length; i += 4)
        {
            a += s[i];
            b += s[i + 1];
            c += s[i + 2];
            d += s[i + 3];
        }
        return a + b + c + d;
    }

    /// <summary>The plain columnar loop for the formula, specialised per formula so the JIT inlines it (no call per series).</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = ScoreCount)]
    public void PlainLoop()
    {
        switch (Kernel)
        {
            case "mean": Run<Plain.MeanOf>(); break;
            case "highest": Run<Plain.HighestOf>(); break;
            case "latest": Run<Plain.LatestOf>(); break;
            case "decaying-average": Run<Plain.DecayingOf>(); break;
            case "recent-mean": Run<Plain.RecentMeanOf>(); break;
            case "weighted-latest": Run<Plain.WeightedLatestOf>(); break;
            case "n-mastery": Run<Plain.NMasteryOf>(); break;
            case "linear-trend": Run<Plain.LinearTrendOf>(); break;
            case "power-law": Run<Plain.PowerLawOf>(); break;
            case "median": Run<Plain.MedianOf>(); break;
            case "recent-median": Run<Plain.RecentMedianOf>(); break;
            case "mode": Run<Plain.ModeOf>(); break;
            default: Run<Plain.TopMeanOf>(); break;
        }
    }

    private void Run<TFormula>() where TFormula : struct, Plain.IFormula
    {
        var scores = s_scores.AsSpan();
        var starts = s_starts;
        var results = _results;
        for (int i = 0; i < results.Length; i++) results[i] = TFormula.Of(scores[starts[i]..starts[i + 1]]);
    }

    /// <summary>The formula in LINQ over each series.</summary>
    [Benchmark(OperationsPerInvoke = ScoreCount)]
    public void Linq()
    {
        for (int i = 0; i < _results.Length; i++) _results[i] = _linq(new ArraySegment<double>(s_scores, s_starts[i], s_starts[i + 1] - s_starts[i]));
    }

    /// <summary>MathPlc's batch form on one thread.</summary>
    [Benchmark(OperationsPerInvoke = ScoreCount)]
    public void Batch() => ProficiencyBatch.Score(_method, s_scores, s_starts, _results, _shortfalls);

    private static double[] Scores()
    {
        var random = new Random(20261206);
        var scores = new double[ScoreCount];
        for (int i = 0; i < scores.Length; i++) scores[i] = random.Next(1, 9) / 2.0;
        return scores;
    }

    /// <summary>The plain loops: what a researcher writes first, with no care for the last bit.</summary>
    internal static class Plain
    {
        public static double Mean(ReadOnlySpan<double> s)
        {
            double sum = 0;
            foreach (double x in s) sum += x;
            return sum / s.Length;
        }

        public static double Highest(ReadOnlySpan<double> s)
        {
            double max = s[0];
            foreach (double x in s) if (x > max) max = x;
            return max;
        }

        public static double Latest(ReadOnlySpan<double> s) => s[^1];

        public interface IFormula
        {
            static abstract double Of(ReadOnlySpan<double> s);
        }

        public struct MeanOf : IFormula { public static double Of(ReadOnlySpan<double> s) => Mean(s); }
        public struct HighestOf : IFormula { public static double Of(ReadOnlySpan<double> s) => Highest(s); }
        public struct LatestOf : IFormula { public static double Of(ReadOnlySpan<double> s) => s[^1]; }
        public struct DecayingOf : IFormula { public static double Of(ReadOnlySpan<double> s) => Decaying(s); }
        public struct RecentMeanOf : IFormula { public static double Of(ReadOnlySpan<double> s) => Mean(s[^3..]); }
        public struct WeightedLatestOf : IFormula { public static double Of(ReadOnlySpan<double> s) => s[^1] * 0.65 + Mean(s[..^1]) * 0.35; }
        public struct NMasteryOf : IFormula { public static double Of(ReadOnlySpan<double> s) => NMastery(s); }
        public struct LinearTrendOf : IFormula { public static double Of(ReadOnlySpan<double> s) => LinearTrend(s); }
        public struct PowerLawOf : IFormula { public static double Of(ReadOnlySpan<double> s) => PowerLaw(s); }
        public struct MedianOf : IFormula { public static double Of(ReadOnlySpan<double> s) => Median(s); }
        public struct RecentMedianOf : IFormula { public static double Of(ReadOnlySpan<double> s) => Median(s[^3..]); }
        public struct ModeOf : IFormula { public static double Of(ReadOnlySpan<double> s) => Mode(s); }
        public struct TopMeanOf : IFormula { public static double Of(ReadOnlySpan<double> s) => TopMean(s); }

        public static double Decaying(ReadOnlySpan<double> s)
        {
            double m = s[0];
            for (int k = 1; k < s.Length; k++) m = m * 0.35 + s[k] * 0.65;
            return m;
        }

        public static double NMastery(ReadOnlySpan<double> s)
        {
            double sum = 0;
            int kept = 0;
            foreach (double x in s)
            {
                if (x < 3) continue;
                sum += x;
                kept++;
            }
            return kept < 5 ? double.NaN : sum / kept;
        }

        public static double LinearTrend(ReadOnlySpan<double> s)
        {
            int n = s.Length;
            double sumX = 0, sumY = 0, sumXY = 0, sumXX = 0;
            for (int i = 0; i < n; i++)
            {
                sumX += i + 1;
                sumY += s[i];
                sumXY += (i + 1) * s[i];
                sumXX += (i + 1) * (i + 1);
            }
            double slope = (n * sumXY - sumX * sumY) / (n * sumXX - sumX * sumX);
            return sumY / n + slope * (n - sumX / n);
        }

        public static double PowerLaw(ReadOnlySpan<double> s)
        {
            int n = s.Length;
            double sumX = 0, sumY = 0, sumXY = 0, sumXX = 0;
            for (int i = 0; i < n; i++)
            {
                double x = Math.Log(i + 1), y = Math.Log(Math.Max(s[i], 0.5));
                sumX += x;
                sumY += y;
                sumXY += x * y;
                sumXX += x * x;
            }
            double b = (n * sumXY - sumX * sumY) / (n * sumXX - sumX * sumX);
            return Math.Exp(sumY / n + b * (Math.Log(n) - sumX / n));
        }

        public static double Median(ReadOnlySpan<double> s)
        {
            Span<double> copy = stackalloc double[s.Length];
            s.CopyTo(copy);
            copy.Sort();
            return (copy[(copy.Length - 1) / 2] + copy[copy.Length / 2]) / 2;
        }

        public static double Mode(ReadOnlySpan<double> s)
        {
            Span<double> copy = stackalloc double[s.Length];
            s.CopyTo(copy);
            copy.Sort();
            int best = 0;
            double mode = 0;
            for (int i = 0; i < copy.Length;)
            {
                int j = i + 1;
                while (j < copy.Length && copy[j] == copy[i]) j++;
                if (j - i >= best) (best, mode) = (j - i, copy[i]);
                i = j;
            }
            return mode;
        }

        public static double TopMean(ReadOnlySpan<double> s)
        {
            Span<double> copy = stackalloc double[s.Length];
            s.CopyTo(copy);
            copy.Sort();
            return Mean(copy[^3..]);
        }
    }

    /// <summary>The LINQ forms that need more than one expression.</summary>
    private static class LinqForms
    {
        public static double Median(IEnumerable<double> s)
        {
            var sorted = s.Order().ToList();
            return (sorted[(sorted.Count - 1) / 2] + sorted[sorted.Count / 2]) / 2;
        }

        public static double LinearTrend(ArraySegment<double> s)
        {
            var xs = Enumerable.Range(1, s.Count).Select(i => (double)i).ToList();
            double xBar = xs.Average(), yBar = s.Average();
            double slope = xs.Zip(s, (x, y) => (x - xBar) * (y - yBar)).Sum() / xs.Sum(x => (x - xBar) * (x - xBar));
            return yBar + slope * (s.Count - xBar);
        }

        public static double PowerLaw(ArraySegment<double> s)
        {
            var xs = Enumerable.Range(1, s.Count).Select(i => Math.Log(i)).ToList();
            var ys = s.Select(v => Math.Log(Math.Max(v, 0.5))).ToList();
            double xBar = xs.Average(), yBar = ys.Average();
            double b = xs.Zip(ys, (x, y) => (x - xBar) * (y - yBar)).Sum() / xs.Sum(x => (x - xBar) * (x - xBar));
            return Math.Exp(yBar + b * (Math.Log(s.Count) - xBar));
        }
    }

    /// <summary>Adds operations (scores) per second to the table.</summary>
    private sealed class PerScore : ManualConfig
    {
        public PerScore() => AddColumn(StatisticColumn.OperationsPerSecond);
    }
}
