#!/usr/bin/env dotnet
#:project ../../src/MathPlc.Interop/MathPlc.Interop.csproj
// A district developer's first look at a OneRoster export: write a small OneRoster 1.2 folder for a grade 6 math
// team, add an English class one student also takes (as a district export would hold), read it back for the team's
// course only, and turn the gradebook into the evidence MathPlc grades. Run: dotnet run docs/examples/oneroster.cs
using MathPlc.Core;
using MathPlc.Interop.OneRoster;
using NodaTime;

var ratios = new OneRosterLearningObjective("case", new TargetId("6b9bcb1e-d7cc-11e8-824f-0242ac160002")); // a CASE CFItem identifier
var roster = new Roster(
[
    new RosterStudent(new StudentId("s1"), new SectionId("math6-p1"), new TeacherId("t-kim"), [new("sex", "female"), new("ell", "yes")]),
    new RosterStudent(new StudentId("s2"), new SectionId("math6-p2"), new TeacherId("t-diaz"), [new("sex", "male")]),
    new RosterStudent(new StudentId("s3"), new SectionId("math6-p1"), new TeacherId("t-kim")),
]);
LocalDate assigned = new(2026, 10, 5), due = new(2026, 10, 9);
var data = new OneRosterData(roster,
[
    new OneRosterLineItem("cfa2-p1", "Unit 2 common assessment", new SectionId("math6-p1"), assigned, due, 0, 4, [ratios]),
    new OneRosterLineItem("cfa2-p2", "Unit 2 common assessment", new SectionId("math6-p2"), assigned, due, 0, 4, [ratios]),
],
[
    new OneRosterResult("r1", "cfa2-p1", new StudentId("s1"), OneRosterScoreStatus.FullyGraded, 3.5, due),
    new OneRosterResult("r2", "cfa2-p2", new StudentId("s2"), OneRosterScoreStatus.FullyGraded, 2),
    new OneRosterResult("r3", "cfa2-p1", new StudentId("s3"), OneRosterScoreStatus.NotSubmitted),
]);

string folder = Directory.CreateTempSubdirectory("mathplc-oneroster-").FullName;
try
{
    OneRosterFolder.Write(folder, data, course: "math6");
    File.AppendAllText(Path.Combine(folder, "users.csv"), "t-ross,active,,true,t-ross" + new string(',', 18) + "\r\n");
    File.AppendAllText(Path.Combine(folder, "classes.csv"), "ela6-p3,active,,ELA 6,,ela6,,scheduled,,,,,,\r\n");
    File.AppendAllText(Path.Combine(folder, "enrollments.csv"), "e-ela1,active,,ela6-p3,,t-ross,teacher,true,,\r\ne-ela2,active,,ela6-p3,,s1,student,false,,\r\n");

    var everything = OneRosterFolder.Read(folder);
    Console.WriteLine($"Every class: {everything.Problems.Length} problem(s)");
    foreach (var problem in everything.Problems) Console.WriteLine($"  {problem}");

    var team = OneRosterFolder.Read(folder, new OneRosterReadOptions(["math6"]));
    Console.WriteLine($"The math6 course: OneRoster {team.Version}, {team.Value.Roster.Count} students, {team.Value.Roster.Sections.Length} sections, " +
                      $"{team.Value.LineItems.Length} line items, {team.Value.Results.Length} results, {team.Problems.Length} problems");
    foreach (var note in team.Notes) Console.WriteLine($"  note: {Path.GetFileName(note.File)}: {note.Message}");
    foreach (var student in team.Value.Roster.Students)
        Console.WriteLine($"  {student.Student} in {student.Section} with {student.Teacher}: {string.Join(", ", student.Attributes.Select(a => $"{a.Key}={a.Value}"))}");

    var evidence = OneRosterEvidence.From(team.GetValueOrThrow());
    foreach (var e in evidence.Evidence) Console.WriteLine($"  evidence: {e.StudentId} on {e.TargetId} {e.AssessedOn:yyyy-MM-dd}: {e.Score}");
    foreach (var s in evidence.Skipped) Console.WriteLine($"  no evidence from {s.Result} ({s.Student}): {s.Why.Code}: {s.Why.Message}");

    if (everything.Problems.Single().Code != "several-classes" || team.HasErrors || team.Value != data || evidence.Evidence.Length != 2)
        throw new InvalidOperationException("Expected one several-classes problem for the whole export, none for the math course, the data as written, and two pieces of evidence.");
}
finally
{
    Directory.Delete(folder, recursive: true);
}
