#!/usr/bin/env dotnet
#:project ../../src/MathPlc.Interop/MathPlc.Interop.csproj
// A researcher's first look at an evidence export: which rows are good, which are not and why, and how
// each student's summative evidence on a target reads in school order. Run: dotnet run docs/examples/evidence.cs
using MathPlc.Core;
using MathPlc.Interop.Csv;

string folder = (string?)AppContext.GetData("EntryPointFileDirectoryPath") ?? Directory.GetCurrentDirectory();
var read = EvidenceCsv.ReadFile(Path.Combine(folder, "evidence.csv"));

Console.WriteLine($"{read.Rows.Length} rows: {read.Value.Length} scores, {read.Rows.Count(r => !r.IsValid)} with problems");
foreach (var problem in read.Problems)
    Console.WriteLine($"  {problem}");

var scale = ProficiencyScale.Marzano;
foreach (var series in read.Value.Where(e => e.Kind == EvidenceKind.Summative)
                                  .GroupBy(e => (e.StudentId, e.TargetId))
                                  .OrderBy(g => g.Key.StudentId).ThenBy(g => g.Key.TargetId))
{
    var ordered = series.OrderBy(e => e, Evidence.SchoolOrder).ToList();
    var latest = ordered[^1];
    Console.WriteLine($"{series.Key.StudentId} on {series.Key.TargetId}: " +
                      $"{string.Join(" → ", ordered.Select(e => e.Score))}; latest is \"{scale.LevelOf(latest.Score).Label}\"" +
                      (scale.IsProficient(latest.Score) ? " (proficient)" : ""));
}

// The file holds two planted problems: an impossible date (line 6) and a score that is not a number (line 7).
if (read.Problems.Length != 2 || read.Problems[0].Line != 6 || read.Problems[1].Line != 7)
    throw new InvalidOperationException("Expected exactly the two planted problems, on lines 6 and 7.");
