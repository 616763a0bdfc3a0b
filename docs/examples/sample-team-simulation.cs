#!/usr/bin/env dotnet
#:project ../../src/MathPlc.Interop/MathPlc.Interop.csproj
// A researcher's simulation with the sample team: the generator knows each student's true ability per target, the
// team only sees the common assessment. Over several seeded teams, how often does the unit cycle call a student
// "proficient" on a target whose true ability is below average, and how many students does it put in each tier?
// See docs/how-to/researcher.md. Run: dotnet run docs/examples/sample-team-simulation.cs
using MathPlc.CriticalQuestions;
using MathPlc.Grading;

const int Teams = 8;
int scored = 0, agree = 0;
var tiers = new int[6];
for (ulong seed = 1; seed <= Teams; seed++)
{
    var team = SampleTeam.Generate(seed);                 // same seed, same team, on every machine
    var report = UnitCycle.Run(team.Input);
    var targets = team.Input.Unit.Targets.Select(t => t.Id).ToList();
    var truth = team.Students.ToDictionary(s => s.Student);
    foreach (var result in report.HowWillWeKnow.Proficiency.Where(r => r.Status == ProficiencyStatus.Scored))
    {
        double ability = truth[result.StudentId].ByTarget[targets.IndexOf(result.TargetId)];
        bool proficient = result.Score >= report.HowWillWeKnow.Targets.Single(t => t.Target == result.TargetId).Cut;
        scored++;
        if (proficient == (ability >= 0)) agree++;          // 0 logits: the average student
    }
    var c = report.Counts;
    int[] counts = [c.Tier3, c.Referral, c.Tier2, c.WholeClass, c.NotAssessed, c.Extension];
    for (int i = 0; i < counts.Length; i++) tiers[i] += counts[i];
    if (counts.Sum() != c.Students) throw new InvalidOperationException($"Seed {seed}: the responses do not add up to the roster.");
    if (c.Tier3 != 0) throw new InvalidOperationException($"Seed {seed}: no screening was given, so no student may be in Tier 3.");
}
double agreement = (double)agree / scored;
Console.WriteLine($"{Teams} simulated teams, {scored} scored student-target pairs.");
Console.WriteLine($"Proficient on the assessment agrees with 'true ability above average' for {agreement:P1} of them.");
Console.WriteLine($"Students per team by their most intensive response, on average: Tier 3 {tiers[0] / (double)Teams:0.0}, referral {tiers[1] / (double)Teams:0.0}, " +
                  $"Tier 2 {tiers[2] / (double)Teams:0.0}, whole-class reteach {tiers[3] / (double)Teams:0.0}, not assessed {tiers[4] / (double)Teams:0.0}, extension {tiers[5] / (double)Teams:0.0}");
if (!(agreement > 0.5 && agreement < 1)) throw new InvalidOperationException($"Self-check failed: agreement {agreement} should be better than chance and short of perfect.");
if (!UnitCycle.Run(SampleTeam.Generate(3).Input).Equals(UnitCycle.Run(SampleTeam.Generate(3).Input)))
    throw new InvalidOperationException("Self-check failed: the same seed must give the same report.");
