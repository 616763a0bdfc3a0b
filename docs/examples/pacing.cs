#!/usr/bin/env dotnet
#:project ../../src/MathPlc.Interop/MathPlc.Interop.csproj
// A team's common pacing guide, and what a snow day does to it. Run: dotnet run docs/examples/pacing.cs
using MathPlc.Core;
using MathPlc.Interop.Json;
using MathPlc.Standards.Json;
using MathPlc.Standards;
using NodaTime;

string folder = (string?)AppContext.GetData("EntryPointFileDirectoryPath") ?? Directory.GetCurrentDirectory();
SchoolCalendar year = CalendarJson.ReadFile(Path.Combine(folder, "calendar.json"));
using var unitsFile = File.OpenRead(Path.Combine(folder, "units.json"));
var units = UnitPlanJson.Read(unitsFile, "units.json");

var guide = PacingGuide.Schedule(year, units);
foreach (var unit in guide.Units)
    Console.WriteLine($"{unit.Unit.Name}: {unit.StartsOn:yyyy-MM-dd} to {unit.EndsOn:yyyy-MM-dd}, common assessment {unit.AssessmentOn[0]:yyyy-MM-dd}"
                      + string.Concat(unit.Warnings.Select(w => $" — {w.Message}")));

// Two snow days in Unit 2: re-pace from the first, letting flex days absorb what they can.
var snow = new NonInstructionalPeriod("Snow days", new LocalDate(2026, 9, 22), new LocalDate(2026, 9, 23), NonInstructionalKind.Closure);
var snowYear = new SchoolCalendar(year.FirstDay, year.LastDay, year.InstructionalWeekdays, [.. year.NonInstructional, snow], year.GradingPeriods);
var repaced = guide.Repace(snowYear, snow.Start);
foreach (var reason in repaced.Reasons) Console.WriteLine(reason.Message);
if (repaced.Moved.IsEmpty) Console.WriteLine("No unit moved: the flex days absorbed the snow days.");

var rigor = RigorBalance.Of(units[0].Targets.Select(t => new TaggedTask(t.Code ?? t.Id.Value, t.Rigor)));
Console.WriteLine($"Unit 1 targets at a higher level of cognitive demand: {rigor.HigherLevelShare:P0}; meets the team's expectation: {rigor.MeetsExpectation}.");
