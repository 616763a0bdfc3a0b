#!/usr/bin/env dotnet
#:project ../../src/MathPlc.Interop/MathPlc.Interop.csproj
// What would Canvas show? A team reads its unit evidence, scores it with Canvas's decaying average, and
// sees for each student and target the score, the level, and what counted. Run: dotnet run docs/examples/grading.cs
using MathPlc.Core;
using MathPlc.Grading;
using MathPlc.Interop.Csv;

string folder = (string?)AppContext.GetData("EntryPointFileDirectoryPath") ?? Directory.GetCurrentDirectory();
var evidence = EvidenceCsv.ReadFile(Path.Combine(folder, "unit1-evidence.csv"), ProficiencyScale.Marzano).GetValueOrThrow();

var canvas = GradingPresets.Find("canvas-decaying-average").ToOptions(ProficiencyScale.Marzano);
var results = Proficiency.ScoreAll(evidence, canvas);
foreach (var r in results)
{
    string score = r.Status == ProficiencyStatus.Scored ? $"{r.Score} ({r.Level!.Label})" : "insufficient evidence";
    Console.WriteLine($"{r.StudentId} {r.TargetId}: {score} — {r.Description}");
    foreach (var left in r.Excluded) Console.WriteLine($"    left out: {left.Evidence.AssessedOn:yyyy-MM-dd} {left.Evidence.Source}: {left.Reason.Message}");
}

// Checked by hand with Canvas's arithmetic (65 % to each newer score, Ruby rounding to 2 decimals):
// S-101 on 6.RP.A.3: 1.5, 2.5, 3.5 → 1.5·0.35 + 2.5·0.65 = 2.15; 2.15·0.35 + 3.5·0.65 = 3.0275 → 3.03.
var check = results.Single(r => r.StudentId == new StudentId("S-101") && r.TargetId == new TargetId("6.RP.A.3"));
if (check.Score != 3.03) throw new InvalidOperationException($"Expected 3.03, got {check.Score}.");
if (results.Single(r => r.StudentId == new StudentId("S-103")).Status != ProficiencyStatus.InsufficientEvidence)
    throw new InvalidOperationException("S-103 has only formative evidence: that is insufficient evidence, not zero.");
