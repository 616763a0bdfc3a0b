using BenchmarkDotNet.Attributes;
using MathPlc.Core;
using MathPlc.Interventions;
using NodaTime;

namespace MathPlc.Benchmarks;

/// <summary>
/// Tier decisions for 1,000,000 students × 5 essential targets with a screening percentile each, three ways: the LINQ
/// baseline a first version would write (rows, GroupBy student, count below the cut), MathPlc's object form
/// (<see cref="Tiering.Decide"/>, with every reason) and the columnar batch form (<see cref="TierBatch.Decide"/>).
/// One operation is one student.
/// </summary>
[MemoryDiagnoser]
public class TierDecisionBenchmarks
{
    public const int Students = 1_000_000, Targets = 5;
    private static readonly TargetId[] TargetIds = [.. Enumerable.Range(1, Targets).Select(i => new TargetId($"6.RP.A.{i}"))];
    private readonly TierRules _rules = TierRules.Default;
    private double[] _scores = [];
    private double[] _percentiles = [];
    private TargetScore[] _rows = [];
    private ScreeningScore[] _screening = [];
    private readonly Tier[] _tiers = new Tier[Students];
    private readonly bool[] _extension = new bool[Students];
    private readonly int[] _first = new int[Students];
    private readonly int[] _counts = new int[Students];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261122);
        _scores = new double[Students * Targets];
        for (int i = 0; i < _scores.Length; i++) _scores[i] = random.Next(10) == 0 ? double.NaN : random.Next(9) / 2.0;
        _percentiles = [.. Enumerable.Range(0, Students).Select(_ => (double)random.Next(101))];
        var ids = Enumerable.Range(0, Students).Select(i => new StudentId($"S{i:D7}")).ToArray();
        _rows = [.. Enumerable.Range(0, Students * Targets).Select(k => new TargetScore(ids[k / Targets], TargetIds[k % Targets], double.IsNaN(_scores[k]) ? null : _scores[k]))];
        _screening = [.. ids.Select((id, i) => new ScreeningScore(id, _percentiles[i]))];
        Batch();
        var baseline = LinqGroupBy();
        var objects = Tiering.Decide(_rows.Take(50_000), _rules, screening: _screening.Take(10_000));
        for (int i = 0; i < Students; i += 97)
            if (baseline[i].Tier != _tiers[i] || baseline[i].Extension != _extension[i])
                throw new InvalidOperationException($"Student {i}: the baseline and the batch form disagree.");
        for (int i = 0; i < objects.Length; i++)
            if (objects[i].Tier != _tiers[i] || objects[i].Extension != _extension[i])
                throw new InvalidOperationException($"Student {i}: the object and the batch form disagree.");
    }

    /// <summary>Rows, GroupBy student, count scores below the cut, look the percentile up; Tier 3 first.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Students)]
    public (Tier Tier, bool Extension)[] LinqGroupBy()
    {
        var percentile = _screening.ToDictionary(s => s.StudentId, s => s.Percentile);
        return [.. _rows.GroupBy(r => r.StudentId).Select(g =>
        {
            int below = g.Count(r => r.Score is { } s && s < 3), met = g.Count(r => r.Score >= 3);
            double pr = percentile[g.Key];
            var tier = below >= 3 || pr < 10 ? Tier.Tier3 : below > 0 || pr < 25 ? Tier.Tier2 : Tier.Core;
            return (tier, tier == Tier.Core && met == g.Count());
        })];
    }

    /// <summary>MathPlc's object form, with every reason.</summary>
    [Benchmark(OperationsPerInvoke = Students)]
    public int Objects() => Tiering.Decide(_rows, _rules, screening: _screening).Length;

    /// <summary>The columnar batch form.</summary>
    [Benchmark(OperationsPerInvoke = Students)]
    public void Batch() => TierBatch.Decide(_scores, [3, 3, 3, 3, 3], _rules, _percentiles, [], _tiers, _extension, _first, _counts);
}

/// <summary>
/// Intervention grouping for a district of 50,000 students (tier decisions from 5 targets and screening): the LINQ
/// baseline (GroupBy tier and first unmet target, Chunk by five) against <see cref="Grouping.Form"/> (balanced sizes,
/// size ranges, capacity and reasons). One operation is one student.
/// </summary>
[MemoryDiagnoser]
public class GroupingBenchmarks
{
    public const int Students = 50_000;
    private TierDecision[] _decisions = [];
    private readonly GroupingRules _rules = new(adults: 2_000);

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261122);
        var targets = Enumerable.Range(1, 5).Select(i => new TargetId($"6.RP.A.{i}")).ToArray();
        var rows = Enumerable.Range(0, Students * 5).Select(k => new TargetScore(new StudentId($"S{k / 5:D5}"), targets[k % 5], random.Next(9) / 2.0));
        var screening = Enumerable.Range(0, Students).Select(i => new ScreeningScore(new StudentId($"S{i:D5}"), random.Next(101)));
        _decisions = [.. Tiering.Decide(rows, TierRules.Default, screening: screening)];
        if (LinqGroupBy() != Grouping.Form(_decisions, GroupingRules.Default).Groups.Length)
            throw new InvalidOperationException("The baseline and Grouping.Form make different numbers of groups without a capacity limit.");
    }

    /// <summary>Where a first version would stop: GroupBy kind and first unmet target, order by id, Chunk into fives (no balance, no size range, no capacity).</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Students)]
    public int LinqGroupBy() => _decisions
        .Where(d => d.Tier != Tier.Core || d.Extension)
        .GroupBy(d => (d.Tier, d.Extension, Target: d.UnmetTargets.IsEmpty ? "" : d.UnmetTargets[0].Value))
        .OrderByDescending(g => g.Key.Tier).ThenBy(g => g.Key.Target, StringComparer.Ordinal)
        .SelectMany(g =>
        {
            var ordered = g.OrderBy(d => d.StudentId.Value, StringComparer.Ordinal).ToList();
            int max = g.Key.Tier == Tier.Tier3 ? 3 : 5, min = g.Key.Tier == Tier.Tier3 ? 1 : 3;
            int k = (ordered.Count + max - 1) / max;
            if (ordered.Count < min) return [];
            if (ordered.Count / k < min) k = ordered.Count / min;
            return ordered.Take(k * max).Select((d, i) => (d, i)).GroupBy(x => x.i % k, x => x.d).Select(group => group.ToList());
        })
        .Count();

    /// <summary>MathPlc's grouping, with a capacity of 2,000 adults.</summary>
    [Benchmark(OperationsPerInvoke = Students)]
    public int Form() => Grouping.Form(_decisions, _rules).Groups.Length;
}

/// <summary>
/// Progress decisions for 1,000,000 students × 20 weekly probes (given baseline and goal): the LINQ baseline (rows,
/// GroupBy student, OrderBy date, least squares and the trend rule in LINQ), MathPlc's object form
/// (<see cref="ProgressMonitoring.Decide"/>, all rules with reasons, both slopes, ROI and gap) and the batch form
/// (<see cref="ProgressBatch.Decide"/>). One operation is one student.
/// </summary>
[MemoryDiagnoser]
public class ProgressDecisionBenchmarks
{
    public const int Students = 1_000_000, Probes = 20;
    private static readonly LocalDate Start = new(2026, 9, 7);
    private readonly ProgressRules _rules = ProgressRules.Default;
    private readonly ProgressGoal _goal = new(30, Start.PlusWeeks(30), 10, Start);
    private double[] _weeks = [];
    private double[] _scores = [];
    private int[] _starts = [];
    private double[] _baselines = [];
    private double[] _goalSlopes = [];
    private Probe[][] _probes = [];
    private (int Student, LocalDate Date, double Score)[] _rows = [];
    private readonly ProgressDecisionKind[] _decisions = new ProgressDecisionKind[Students];
    private readonly double[] _slopes = new double[Students];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261122);
        _weeks = new double[Students * Probes];
        _scores = new double[Students * Probes];
        _probes = new Probe[Students][];
        for (int s = 0; s < Students; s++)
        {
            double rate = random.Next(0, 25) / 10.0;
            var probes = _probes[s] = new Probe[Probes];
            for (int p = 0; p < Probes; p++)
            {
                double score = Math.Round(10 + rate * (p + 1) + random.Next(-4, 5), 0);
                _weeks[s * Probes + p] = p + 1;
                _scores[s * Probes + p] = score;
                probes[p] = new Probe(Start.PlusWeeks(p + 1), score);
            }
        }
        _starts = [.. Enumerable.Range(0, Students + 1).Select(s => s * Probes)];
        _baselines = [.. Enumerable.Repeat(10.0, Students)];
        _goalSlopes = [.. Enumerable.Repeat(20.0 / 30, Students)];
        _rows = [.. Enumerable.Range(0, Students * Probes).Select(k => (k / Probes, _probes[k / Probes][k % Probes].MeasuredOn, _probes[k / Probes][k % Probes].Score))];
        Batch();
        var baseline = LinqGroupBy();
        for (int s = 0; s < Students; s += 997)
        {
            var report = ProgressMonitoring.Decide(_probes[s], _goal, _rules);
            if (report.Decision != _decisions[s] || baseline[s] != _decisions[s] || report.OlsSlopePerWeek != _slopes[s])
                throw new InvalidOperationException($"Student {s}: the baseline ({baseline[s]}), the object form ({report.Decision}) and the batch form ({_decisions[s]}) disagree.");
        }
    }

    /// <summary>Rows, GroupBy student, OrderBy date, least squares in LINQ, then the trend rule (20 points: the trend decides).</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Students)]
    public ProgressDecisionKind[] LinqGroupBy() =>
        [.. _rows.GroupBy(r => r.Student).Select(g =>
        {
            var points = g.OrderBy(r => r.Date).Select(r => (T: Period.DaysBetween(Start, r.Date) / 7.0, Y: r.Score)).ToList();
            double tBar = points.Average(p => p.T), yBar = points.Average(p => p.Y);
            double slope = points.Sum(p => (p.T - tBar) * (p.Y - yBar)) / points.Sum(p => (p.T - tBar) * (p.T - tBar));
            double goalSlope = (_goal.Goal - 10) / 30.0;
            if (Math.Abs(slope - goalSlope) <= 0.05 * goalSlope + 1e-9) return ProgressDecisionKind.Continue;
            return slope > goalSlope ? ProgressDecisionKind.RaiseGoal : ProgressDecisionKind.ChangeInstruction;
        })];

    /// <summary>MathPlc's object form, all rules with their reasons, slopes, ROI and gap.</summary>
    [Benchmark(OperationsPerInvoke = Students)]
    public int Objects()
    {
        int raise = 0;
        foreach (var probes in _probes)
            if (ProgressMonitoring.Decide(probes, _goal, _rules).Decision == ProgressDecisionKind.RaiseGoal) raise++;
        return raise;
    }

    /// <summary>The columnar batch form.</summary>
    [Benchmark(OperationsPerInvoke = Students)]
    public void Batch() => ProgressBatch.Decide(_weeks, _scores, _starts, _baselines, _goalSlopes, _rules, _decisions, _slopes);
}
