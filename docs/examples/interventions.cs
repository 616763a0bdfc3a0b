#!/usr/bin/env dotnet
#:project ../../src/MathPlc.Interop/MathPlc.Interop.csproj
// After a common unit assessment: who needs Tier 2 or Tier 3 on which target, who gets extension, the groups,
// a Tier 2 plan dated on the school calendar, and a progress decision six weeks in.
// Run: dotnet run docs/examples/interventions.cs
using MathPlc.Core;
using MathPlc.Interop.Json;
using MathPlc.Interventions;
using NodaTime;
using NodaTime.Text;

string folder = (string?)AppContext.GetData("EntryPointFileDirectoryPath") ?? Directory.GetCurrentDirectory();
TargetId ratios = new("6.RP.A.1"), rates = new("6.RP.A.2"), percents = new("6.RP.A.3");
var progression = new TargetOrder([ratios, rates, percents]);   // prerequisites first

double?[][] scores = [[3.5, 2.0, 2.5], [3.0, 3.5, 4.0], [1.0, 1.5, 2.0], [2.5, 3.0, 3.0], [2.0, 3.0, 2.5], [4.0, 3.0, 3.5], [2.5, 2.5, 3.0]];
var results = scores.SelectMany((row, i) => row.Select((s, j) => new TargetScore(new StudentId($"S-{i + 1}"), progression.PrerequisitesFirst[j], s)));
var decisions = Tiering.Decide(results, TierRules.Default, progression, screening: [new ScreeningScore(new StudentId("S-3"), 7)]);
foreach (var d in decisions)
    Console.WriteLine($"{d.StudentId}: {d.Tier}{(d.Extension ? " + extension" : "")}  unmet: {string.Join(", ", d.UnmetTargets)}  ({string.Join("; ", d.Reasons.Select(r => r.Code))})");

var groups = Grouping.Form(decisions, new GroupingRules(tier2: new GroupSize(2, 4), extension: new GroupSize(1, 4)), progression);
foreach (var g in groups.Groups) Console.WriteLine($"{g.Id}: {string.Join(", ", g.Students)}");
foreach (var u in groups.Unplaced) Console.WriteLine($"not placed: {u.StudentId} ({u.Reason.Code})");

var calendar = CalendarJson.ReadFile(Path.Combine(folder, "calendar.json"));
var plan = new InterventionPlan(Tier.Tier2, [ratios], groups.Groups.FirstOrDefault(g => g.Kind == GroupKind.Tier2)?.Id, 4, 30, 6, calendar.FirstDay.PlusDays(21));
var scheduled = PlanScheduling.Schedule(plan, calendar);
Console.WriteLine($"Plan: {scheduled.Sessions.Length} sessions, {scheduled.TotalMinutes} minutes, monitoring on {string.Join(", ", scheduled.MonitoringDates.Select(LocalDatePattern.Iso.Format))}, review {LocalDatePattern.Iso.Format(scheduled.ReviewDates[^1])}");

var start = scheduled.Sessions[0];
Probe[] probes = [.. new[] { 11.5, 12.5, 12, 13, 14, 15 }.Select((s, i) => new Probe(start.PlusWeeks(i + 1), s))];
var report = ProgressMonitoring.Decide(probes, new ProgressGoal(20, start.PlusWeeks(10), baseline: 10, baselineDate: start));
Console.WriteLine($"Progress: {ProgressMonitoring.Text(report.Decision)} by the {(report.DecidedBy is { } r ? ProgressMonitoring.Name(r) : "-")} rule; OLS {report.OlsSlopePerWeek:0.00}/week against the goal's {report.GoalSlopePerWeek:0.00}");
var review = PlanReview.Evaluate(plan, report.Decision, targetsReassessedProficient: false, screeningPercentile: null, endOfCycle: true);
Console.WriteLine($"Review: {review.Outcome} ({review.Reasons[0].Message})");
