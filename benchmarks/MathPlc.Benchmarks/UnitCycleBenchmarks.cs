using BenchmarkDotNet.Attributes;
using MathPlc.CriticalQuestions;

namespace MathPlc.Benchmarks;

/// <summary>
/// The unit cycle for a district: 50,000 students in 2,000 sections with 400 teachers (the sample team's generator at
/// district size: 5 targets, 16 items, 800,000 item scores), every question answered in one run. The baseline is the
/// straightforward LINQ a first version would write for the headline numbers alone — percent of each target's points,
/// proficient at 70 %, students proficient on every target, not yet on every target, and absent — and must agree with the
/// cycle's counts (extension, referral, not assessed).
/// </summary>
/// <remarks>Run with <c>--job short --inProcess</c>: the machine is shared and the out-of-process build times out under load.</remarks>
[MemoryDiagnoser]
public class UnitCycleBenchmarks
{
    private UnitCycleInput _input = null!;

    /// <summary>Students in the district.</summary>
    [Params(50_000)]
    public int Students { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _input = SampleTeam.Generate(2026, new SampleTeamOptions(Students, Students / 25, Students / 125)).Input;
        var c = Cycle().Counts;
        if ((c.Extension, c.Referral, c.NotAssessed) != LinqCounts())
            throw new InvalidOperationException($"The LINQ baseline {LinqCounts()} and the cycle {(c.Extension, c.Referral, c.NotAssessed)} disagree.");
    }

    /// <summary>The headline counts by plain LINQ over the item scores.</summary>
    [Benchmark(Baseline = true)]
    public (int Extension, int Referral, int Absent) LinqCounts()
    {
        var items = _input.Blueprint.Items.ToDictionary(i => i.Id);
        var targets = _input.Unit.Targets.Select(t => t.Id).ToList();
        var unmet = _input.ItemScores.GroupBy(s => s.Student)
            .Select(student => targets.Count(target =>
            {
                var on = student.Where(s => items[s.Item].Targets.Contains(target)).ToList();
                double earned = on.Sum(s => (s.Score ?? 0) / items[s.Item].Targets.Length);
                double possible = _input.Blueprint.Items.Where(i => i.Targets.Contains(target)).Sum(i => i.Points / i.Targets.Length);
                return earned / possible < 0.70;
            }))
            .ToList();
        int absent = _input.Roster.Count - unmet.Count;
        return (unmet.Count(u => u == 0), unmet.Count(u => u == targets.Count), absent);
    }

    /// <summary>The whole cycle: blueprint, evidence, proficiency, team data, item analysis, tiers, groups, dated sessions, actions, prompts.</summary>
    [Benchmark]
    public UnitCycleReport Cycle() => UnitCycle.Run(_input);
}
