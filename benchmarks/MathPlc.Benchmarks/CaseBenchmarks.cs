using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using MathPlc.Core;
using MathPlc.Standards.Case;
using MathPlc.Standards;

namespace MathPlc.Benchmarks;

/// <summary>
/// Reading a CASE package of 10,000 items and 30,000 associations from memory (so the disk is not measured), and the
/// topological order of its items along 15,000 precedes associations. MathPlc's reader checks every value against
/// CASE 1.0 and names the JSON path of each departure; the baseline (<see cref="CaseBaseline"/>) trusts the file.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class CaseBenchmarks
{
    private byte[] _file = [];
    private StandardsFramework _framework = null!;

    [GlobalSetup]
    public void Setup()
    {
        _file = CasePackages.Generate();
        _framework = CaseJson.Read(new MemoryStream(_file, writable: false), "generated.json", CaseReadMode.Strict).Value.Framework;
        var baseline = CaseBaseline.Read(_file);
        if (baseline.Items.Length != 10_000 || _framework.Associations.Length != 30_000 || !baseline.Items.SequenceEqual(_framework.Items))
            throw new InvalidOperationException("The baseline and MathPlc read different frameworks.");
        if (!IsTopological(CaseBaseline.TopologicalOrder(_framework)) || !IsTopological([.. _framework.TopologicalOrder()]))
            throw new InvalidOperationException("An order puts a target before its prerequisite.");
    }

    private bool IsTopological(IReadOnlyList<TargetId> order)
    {
        var position = new Dictionary<TargetId, int>();
        for (int i = 0; i < order.Count; i++) position[order[i]] = i;
        return position.Count == _framework.Items.Length && _framework.Progressions.All(p => position[p.From] < position[p.To]);
    }

    /// <summary>Baseline: a JsonNode tree projected with LINQ, no checks.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Read")]
    public StandardsFramework ReadBaseline() => CaseBaseline.Read(_file);

    /// <summary>MathPlc, strict mode: every departure reported with its path.</summary>
    [Benchmark, BenchmarkCategory("Read")]
    public CaseReadResult ReadStrict() => CaseJson.Read(new MemoryStream(_file, writable: false), "generated.json", CaseReadMode.Strict);

    /// <summary>Baseline: Kahn by layers with LINQ.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Order")]
    public List<TargetId> TopologicalOrderBaseline() => CaseBaseline.TopologicalOrder(_framework);

    /// <summary>MathPlc: Kahn with a priority queue, stable for ties.</summary>
    [Benchmark, BenchmarkCategory("Order")]
    public ImmutableArray<TargetId> TopologicalOrder() => _framework.TopologicalOrder();
}
