using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using MathPlc.Core;
using MathPlc.Grading;

namespace MathPlc.Benchmarks;

/// <summary>
/// Scoring 1,000,000 series × 8 scores (40,000 students × 25 targets) on one thread, by each calculation method, three
/// ways: the LINQ baseline a first version would write (evidence objects, GroupBy student and target, OrderBy date,
/// then the formula), MathPlc's object form (<see cref="Proficiency.Score"/> per series, with explanations), and the
/// columnar batch form (<see cref="ProficiencyBatch.Score"/>). One operation is one score, so Op/s is scores per second.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerScore))]
public class ProficiencyScoringBenchmarks
{
    private static ScoreSeries? s_data;
    private CalculationMethod _method = new Mean();
    private ProficiencyOptions _options = new(new Mean(), ProficiencyScale.Marzano);
    private Func<IReadOnlyList<double>, double> _formula = s => s.Average();
    private readonly double[] _results = new double[ScoreSeries.SeriesCount];
    private readonly Shortfall[] _shortfalls = new Shortfall[ScoreSeries.SeriesCount];

    private static ScoreSeries Data => s_data ??= ScoreSeries.Generate();

    /// <summary>The method, by its command-line name, with its default parameters.</summary>
    [Params("mean", "latest", "highest", "decaying-average", "power-law", "linear-trend", "median", "weighted-latest", "top-mean", "recent-mean",
        "mode", "recent-median", "n-mastery", "best-fit")]
    public string Calculation { get; set; } = "mean";

    [GlobalSetup]
    public void Setup()
    {
        _method = BenchmarkMethods.Create(Calculation);
        _options = new ProficiencyOptions(_method, ProficiencyScale.Marzano);
        _formula = LinqFormulas.For(Calculation);
        Batch();
        // Every 997th series three ways (the whole baseline would cost each benchmark process seconds of setup).
        for (int i = 0; i < ScoreSeries.SeriesCount; i += 997)
        {
            var series = Data.BySeries[i];
            double baseline = _formula(series.Select(e => e.Score).ToList());
            var result = Proficiency.Score(series[0].StudentId, series[0].TargetId, series, _options);
            bool scored = !double.IsNaN(baseline);   // the baseline's NaN is "no score" (n-mastery)
            if ((_shortfalls[i] == Shortfall.None) != scored || (scored && (Math.Abs(_results[i] - baseline) > 1e-9 || result.Score != _results[i])))
                throw new InvalidOperationException($"Series {i}: the baseline ({baseline}), the object form ({result.Score}) and the batch form ({_results[i]}, {_shortfalls[i]}) disagree.");
        }
    }

    /// <summary>Evidence objects, GroupBy student and target, OrderBy date and sequence, then the formula in LINQ.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = ScoreSeries.ScoreCount)]
    public double[] LinqGroupBy() =>
        [.. Data.Evidence
            .GroupBy(e => (e.StudentId, e.TargetId))
            .Select(g => _formula(g.OrderBy(e => e.AssessedOn).ThenBy(e => e.Sequence).Select(e => e.Score).ToList()))];

    /// <summary>MathPlc's object form, one series at a time: ordering, policy, weights, level and description included.</summary>
    [Benchmark(OperationsPerInvoke = ScoreSeries.ScoreCount)]
    public double ObjectForm()
    {
        double sum = 0;
        foreach (var series in Data.BySeries)
            sum += Proficiency.Score(series[0].StudentId, series[0].TargetId, series, _options).Score ?? 0;
        return sum;
    }

    /// <summary>MathPlc's columnar batch form on one thread.</summary>
    [Benchmark(OperationsPerInvoke = ScoreSeries.ScoreCount)]
    public void Batch() => ProficiencyBatch.Score(_method, Data.Scores, Data.Starts, _results, _shortfalls);

    /// <summary>Adds operations (scores) per second to the table.</summary>
    private sealed class PerScore : ManualConfig
    {
        public PerScore() => AddColumn(StatisticColumn.OperationsPerSecond);
    }
}
