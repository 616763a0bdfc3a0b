#!/usr/bin/env dotnet
#:project ../../src/MathPlc.Interop/MathPlc.Interop.csproj
// A district developer's round trip: write a team's unit cycle input as the files `mathplc cycle` reads (unit.json,
// scores.csv, roster.csv, and a OneRoster 1.2 folder), read them back the way the command does, run the cycle, and
// write the CSV tables a student information system imports. See docs/how-to/district-developer.md.
// Run: dotnet run docs/examples/district-files.cs [FOLDER]   (default artifacts/examples/district)
using MathPlc.CriticalQuestions;
using MathPlc.Interop;
using MathPlc.Interop.OneRoster;
using MathPlc.Interop.UnitCycle;

string folder = Path.GetFullPath(args.Length > 0 ? args[0] : Path.Combine("artifacts", "examples", "district"));
string oneRoster = Path.Combine(folder, "oneroster");
Directory.CreateDirectory(oneRoster);

// 1. The files, from the sample team (a district would export its own).
var input = SampleTeam.Default.Input;
CycleUnitJson.WriteFile(Path.Combine(folder, "unit.json"), CycleInputs.ToUnitFile(input));
OutputFile.Write(Path.Combine(folder, "scores.csv"), s => ItemScoreCsv.Write(s, input.ItemScores.Select(x => new ItemScoreLine(x.Student, x.Item, x.Score))));
OutputFile.Write(Path.Combine(folder, "roster.csv"), s => RosterCsv.Write(s, input.Roster));
OneRosterFolder.Write(oneRoster, CycleInputs.ToOneRoster(input));

// 2. Read them back as `mathplc cycle --unit … --evidence … --roster …` and `--oneroster …` do: every problem is a
//    DataDiagnostic with file and line, and nothing goes on unless everything reads.
var unit = CycleUnitJson.ReadFile(Path.Combine(folder, "unit.json"));
var roster = new MathPlc.Core.Roster(RosterCsv.ReadFile(Path.Combine(folder, "roster.csv")).GetValueOrThrow());
var fromCsv = CycleInputs.FromFiles(unit, ItemScoreCsv.ReadFile(Path.Combine(folder, "scores.csv")), roster);
var fromOneRoster = CycleInputs.FromOneRoster(unit, OneRosterFolder.Read(oneRoster), oneRoster);

// 3. The cycle, and the tables (plan.csv, and the columns of `mathplc proficiency` and `mathplc tiers`).
var report = UnitCycle.Run(fromCsv);
OutputFile.WriteText(Path.Combine(folder, "plan.csv"), UnitCycleTables.Plan(report));
OutputFile.WriteText(Path.Combine(folder, "tiers.csv"), UnitCycleTables.Tiers(report));
OutputFile.WriteText(Path.Combine(folder, "proficiency.csv"), UnitCycleTables.Proficiency(report, fromCsv.Roster));
Console.WriteLine($"{folder}: {report.Counts.Students} students; Tier 3 {report.Counts.Tier3}, referral {report.Counts.Referral}, Tier 2 {report.Counts.Tier2}, " +
                  $"whole-class reteach {report.Counts.WholeClass}, not assessed {report.Counts.NotAssessed}, extension {report.Counts.Extension}");

// 4. A bad row is named by file and line, never dropped.
string broken = Path.Combine(folder, "scores-with-a-typo.csv");
File.WriteAllText(broken, "student_id,item_id,score\nS0001,Q01,1\nS0002,Q01,one\n");
var problems = ItemScoreCsv.ReadFile(broken).Problems;
foreach (var problem in problems) Console.WriteLine($"  {problem}");

// Self-checks: the three routes give the same report, and the typo is on line 3.
Check(report.Equals(UnitCycle.Run(input)), "the CSV files give the same report as the input they were written from");
Check(report.Equals(UnitCycle.Run(fromOneRoster)), "the OneRoster folder gives the same report as the CSV files");
Check(problems.Length == 1 && problems[0].Line == 3, "the one bad score is reported on line 3");

static void Check(bool condition, string what)
{
    if (!condition) throw new InvalidOperationException($"Self-check failed: {what}.");
}
