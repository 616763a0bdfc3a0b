#!/usr/bin/env dotnet
#:project ../../src/MathPlc.Interop/MathPlc.Interop.csproj
// A pacing question a team asks every unit: how many instructional days do we have, and when does
// a 15-day unit that starts after Thanksgiving end? Run: dotnet run docs/examples/calendar.cs
using MathPlc.Core;
using MathPlc.Interop.Json;
using NodaTime;

string folder = (string?)AppContext.GetData("EntryPointFileDirectoryPath") ?? Directory.GetCurrentDirectory();
SchoolCalendar year = CalendarJson.ReadFile(Path.Combine(folder, "calendar.json"));

Console.WriteLine(year);
foreach (var quarter in year.GradingPeriods)
    Console.WriteLine($"  {quarter.Name}: {year.InstructionalDaysBetween(quarter.Start, quarter.End)} instructional days");

var unitStart = year.PlusInstructionalDays(new LocalDate(2026, 11, 27), 1);
var unitEnd = year.PlusInstructionalDays(unitStart, 14);
var closures = year.NonInstructionalDates(unitStart, unitEnd);
Console.WriteLine($"A 15-day unit starting {unitStart:yyyy-MM-dd} ends {unitEnd:yyyy-MM-dd}, " +
                  $"over {year.InstructionalWeeks(unitStart, unitEnd).Length} instructional weeks, " +
                  (closures.IsEmpty ? "with no school days lost." : $"losing {closures.Length}:"));
foreach (var closed in closures)
    Console.WriteLine($"  {closed.Date:yyyy-MM-dd} {closed.Name}");

// A unit that starts before winter break loses ten school days to it.
var beforeBreak = year.PlusInstructionalDays(new LocalDate(2026, 12, 14), 0);
var afterBreak = year.PlusInstructionalDays(beforeBreak, 14);
Console.WriteLine($"A 15-day unit starting {beforeBreak:yyyy-MM-dd} ends {afterBreak:yyyy-MM-dd}, losing " +
                  $"{year.NonInstructionalDates(beforeBreak, afterBreak).Length} school days to winter break.");

// The checks a reader can make against a printed calendar: 187 days, day 100 on 2027-01-25 (counted independently).
if (year.InstructionalDays != 187) throw new InvalidOperationException($"Expected 187 instructional days, got {year.InstructionalDays}.");
Console.WriteLine($"Day 100 of {year.InstructionalDays}: {year.NthInstructionalDay(100):yyyy-MM-dd}");
