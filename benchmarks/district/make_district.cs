#!/usr/bin/env dotnet
#:project ../../src/MathPlc.Interop/MathPlc.Interop.csproj
// Writes a generated district as the files `mathplc cycle --unit --evidence --roster` reads (issue 18's district
// cycle): SampleTeam.Generate(seed, new SampleTeamOptions(students, sections, teachers)), written the way
// docs/examples/district-files.cs writes the sample team. Default: 62,500 students in 2,500 sections with 500 teachers,
// seed 2026 — about 1,000,000 item scores. The same arguments give the same bytes on every machine.
// Run: dotnet run -c Release benchmarks/district/make_district.cs FOLDER [STUDENTS SECTIONS TEACHERS [SEED]]
using System.Globalization;
using MathPlc.CriticalQuestions;
using MathPlc.Interop;
using MathPlc.Interop.UnitCycle;

if (args.Length is not (1 or 4 or 5))
{
    Console.Error.WriteLine("usage: make_district.cs FOLDER [STUDENTS SECTIONS TEACHERS [SEED]]");
    return 2;
}
string folder = Path.GetFullPath(args[0]);
int Arg(int i, int fallback) => args.Length > i ? int.Parse(args[i], CultureInfo.InvariantCulture) : fallback;
var options = new SampleTeamOptions(Arg(1, 62_500), Arg(2, 2_500), Arg(3, 500));
ulong seed = (ulong)Arg(4, (int)SampleTeam.DefaultSeed);
Directory.CreateDirectory(folder);

var input = SampleTeam.Generate(seed, options).Input;
CycleUnitJson.WriteFile(Path.Combine(folder, "unit.json"), CycleInputs.ToUnitFile(input));
OutputFile.Write(Path.Combine(folder, "evidence.csv"), s => ItemScoreCsv.Write(s, input.ItemScores.Select(x => new ItemScoreLine(x.Student, x.Item, x.Score))));
OutputFile.Write(Path.Combine(folder, "roster.csv"), s => RosterCsv.Write(s, input.Roster));
Console.WriteLine($"{folder}: unit.json, evidence.csv ({input.ItemScores.Count():N0} item scores), roster.csv ({options.Students:N0} students, " +
                  $"{options.Sections:N0} sections, {options.Teachers:N0} teachers), seed {seed}");
return 0;
