#!/usr/bin/env dotnet
#:project ../../src/MathPlc.Interop/MathPlc.Interop.csproj
// A vendor embedding MathPlc in a gradebook: build evidence as objects, score it with a team's stored settings,
// decide tiers, keep the settings and results as JSON, score from many threads at once, and turn a caller's
// mistake into a message. See docs/how-to/vendor.md. Run: dotnet run docs/examples/vendor-embedding.cs
using System.Collections.Concurrent;
using System.Collections.Immutable;
using MathPlc.Core;
using MathPlc.Grading;
using MathPlc.Interop.Json;
using MathPlc.Interventions;
using NodaTime;

// 1. The team's settings are a value; a vendor stores them as JSON and reads them back per request.
var canvas = GradingPresets.Find("canvas-decaying-average").ToOptions(ProficiencyScale.Marzano);
string settingsJson = MathPlcJson.Serialize(canvas);
var settings = MathPlcJson.Deserialize<ProficiencyOptions>(settingsJson);
Check(settings == canvas, "settings read back from JSON equal the settings written");
Console.WriteLine($"team settings: {settingsJson}");

// 2. Evidence from the vendor's own tables, as MathPlc objects (three students, two targets, three dates).
var ratios = new TargetId("6.RP.A.1");
var rates = new TargetId("6.RP.A.2");
var dates = new[] { new LocalDate(2026, 9, 14), new LocalDate(2026, 9, 21), new LocalDate(2026, 9, 28) };
var table = new (string Student, TargetId Target, double[] Scores)[]
{
    ("S-1", ratios, [2, 3, 3.5]), ("S-1", rates, [2.5, 3, 3]),
    ("S-2", ratios, [1, 1.5, 2]), ("S-2", rates, [2, 2.5, 3]),
    ("S-3", ratios, [3, 4, 4]),   ("S-3", rates, [3.5, 4, 4]),
};
var evidence = table.SelectMany(row => row.Scores.Select((score, i) =>
    new Evidence(new StudentId(row.Student), row.Target, dates[i], score, source: $"quiz {i + 1}"))).ToImmutableArray();

// 3. Pure static functions: proficiency, then tier decisions, each with its reasons.
var results = Proficiency.ScoreAll(evidence, settings);
var decisions = Tiering.Decide(results.Select(r => r.ToTargetScore()), TierRules.Default);
foreach (var decision in decisions)
    Console.WriteLine($"{decision.StudentId}: {decision.Tier}{(decision.Extension ? " + extension" : "")} — " +
                      string.Join("; ", decision.Reasons.Select(r => r.Message)));

// 4. Results as JSON for the vendor's API, and back.
string resultsJson = MathPlcJson.Serialize(results);
var readBack = MathPlcJson.Deserialize<ImmutableArray<ProficiencyResult>>(resultsJson);
Check(readBack.SequenceEqual(results), "results read back from JSON equal the results written");

// 5. Thread safety: values are immutable and the functions keep no state, so requests can share them freely.
var parallel = new ConcurrentDictionary<int, ImmutableArray<ProficiencyResult>>();
Parallel.For(0, 32, i => parallel[i] = Proficiency.ScoreAll(evidence, settings));
Check(parallel.Values.All(r => r.SequenceEqual(results)), "32 concurrent scorings give the same results");

// 6. A caller's mistake is a standard .NET exception naming the parameter and the value.
try
{
    _ = new Evidence(new StudentId("S-1"), ratios, dates[0], double.NaN);
    Check(false, "a NaN score must be refused");
}
catch (ArgumentOutOfRangeException e)
{
    Console.WriteLine($"refused: {e.ParamName}: {e.Message.Split('\n')[0]}");
}

// S-2 on 6.RP.A.1 by Canvas's decaying average (65 % to each newer score, rounded to 2 decimals):
// 1 → 1·0.35 + 1.5·0.65 = 1.325 → 1.325·0.35 + 2·0.65 = 1.76375 → 1.76: below 3, so S-2 needs support on it.
Check(results.Single(r => r.StudentId == new StudentId("S-2") && r.TargetId == ratios).Score == 1.76, "S-2's decaying average is 1.76");
Check(decisions.Single(d => d.StudentId == new StudentId("S-2")).UnmetTargets.Contains(ratios), "S-2 has 6.RP.A.1 unmet");

static void Check(bool condition, string what)
{
    if (!condition) throw new InvalidOperationException($"Self-check failed: {what}.");
}
