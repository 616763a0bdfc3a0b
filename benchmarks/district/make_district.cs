#!/usr/bin/env dotnet
#:project ../../src/MathPlc.Interop/MathPlc.Interop.csproj
// Writes a generated district as the files `mathplc cycle --unit --evidence --roster` reads (issue 18's district
// cycle): SampleTeam.Generate(seed, new SampleTeamOptions(students, sections, teachers)), written the way
// docs/examples/district-files.cs writes the sample team. Default: 62,500 students in 2,500 sections with 500 teachers,
// seed 2026 — about 1,000,000 item scores — in 100 teams. The same arguments give the same bytes on every machine.
// Teams (decision 0125): the roster's team_id puts the teachers, in the roster's order, into TEAMS teams of equal size
// (500 teachers in 100 teams: 5 teachers, 25 sections, 625 students each — a course team of a large district); TEAMS 1
// writes no team_id column (the whole district as one team, the run measured before decision 0106 was built).
// Run: dotnet run -c Release benchmarks/district/make_district.cs FOLDER [STUDENTS SECTIONS TEACHERS [SEED [TEAMS]]]
using System.Globalization;
using MathPlc.CriticalQuestions;
using MathPlc.Interop;
using MathPlc.Interop.UnitCycle;

if (args.Length is not (1 or 4 or 5 or 6))
{
    Console.Error.WriteLine("usage: make_district.cs FOLDER [STUDENTS SECTIONS TEACHERS [SEED [TEAMS]]]");
    return 2;
}
string folder = Path.GetFullPath(args[0]);
int Arg(int i, int fallback) => args.Length > i ? int.Parse(args[i], CultureInfo.InvariantCulture) : fallback;
var options = new SampleTeamOptions(Arg(1, 62_500), Arg(2, 2_500), Arg(3, 500));
ulong seed = (ulong)Arg(4, (int)SampleTeam.DefaultSeed);
int teams = Arg(5, 100);
if (teams < 1 || teams > options.Teachers)
{
    Console.Error.WriteLine($"TEAMS must be 1 to the {options.Teachers} teachers, not {teams}.");
    return 2;
}
Directory.CreateDirectory(folder);

var input = SampleTeam.Generate(seed, options).Input;
CycleUnitJson.WriteFile(Path.Combine(folder, "unit.json"), CycleInputs.ToUnitFile(input));
OutputFile.Write(Path.Combine(folder, "evidence.csv"), s => ItemScoreCsv.Write(s, input.ItemScores.Select(x => new ItemScoreLine(x.Student, x.Item, x.Score))));
var teacherIndex = input.Roster.Teachers.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i);
int perTeam = (input.Roster.Teachers.Length + teams - 1) / teams;
string TeamOf(MathPlc.Core.RosterStudent s) => $"team-{teacherIndex[s.Teacher] / perTeam + 1:D3}";
OutputFile.Write(Path.Combine(folder, "roster.csv"), s => RosterCsv.Write(s, input.Roster, teams == 1 ? null : TeamOf));
Console.WriteLine($"{folder}: unit.json, evidence.csv ({input.ItemScores.Count():N0} item scores), roster.csv ({options.Students:N0} students, " +
                  $"{options.Sections:N0} sections, {options.Teachers:N0} teachers, {teams:N0} teams), seed {seed}");
return 0;
