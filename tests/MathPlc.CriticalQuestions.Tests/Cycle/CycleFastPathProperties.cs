using FsCheck;
using FsCheck.Fluent;
using MathPlc.Assessments;
using MathPlc.Core;
using MathPlc.Grading;
using MathPlc.Interventions;
using MathPlc.Tests;

namespace MathPlc.CriticalQuestions.Tests.Cycle;

/// <summary>
/// Issue 18: the cycle's one-pass forms — proficiency by <see cref="ProficiencyScorer"/>, the targets' tallies, question 4's
/// extension lists, the headline counts, and the plan's per-target over-capacity and extension counts — equal the old
/// LINQ forms (kept below as the oracles), computed from the report's own rows, on generated teams (absent students,
/// screening, non-responders, small groups hidden).
/// </summary>
public sealed class CycleFastPathProperties
{
    [Fact]
    public void The_one_pass_answers_are_the_old_forms() =>
        Prop.ForAll(CycleProperties.Inputs.ToArbitrary(), input =>
        {
            var report = UnitCycle.Run(input);
            var plan = report.HowWillWeRespond.Plan;
            Assert.Equal(OldExtend(input, plan), report.HowWillWeExtend);
            Assert.Equal(OldCounts(input, plan), report.Counts);
            Assert.Equal(OldSummaries(input, report.HowWillWeKnow.Proficiency), report.HowWillWeKnow.Targets);
            foreach (var target in plan.Targets)
            {
                Assert.Equal(plan.Responses.Count(r => r.Target == target.Target && r.Reason.Code == "over-capacity"), target.DoesNotFit);
                Assert.Equal(plan.Responses.Count(r => r.Target == target.Target && r.Response == ResponseKind.Extension), target.Extension);
            }
            Assert.Equal(OldProficiency(input, report.HowWillWeKnow.Evidence), report.HowWillWeKnow.Proficiency);
        }).Check(150);

    // Proficiency.Score per roster student and unit target, from the assessment's evidence then the rest (the old step).
    private static ValueArray<ProficiencyResult> OldProficiency(UnitCycleInput input, ValueArray<TargetEvidence> evidence)
    {
        var given = evidence.Where(e => e.Evidence is not null).Select(e => e.Evidence!).Concat(input.AdditionalEvidence).ToList();
        return [.. input.Roster.Students.SelectMany(s => input.Unit.Targets.Select(t =>
            Proficiency.Score(s.Student, t.Id, given.Where(e => e.StudentId == s.Student && e.TargetId == t.Id), input.Grading)))];
    }

    private static ValueArray<TargetSummary> OldSummaries(UnitCycleInput input, ValueArray<ProficiencyResult> results)
    {
        var rules = input.TierRules;
        return [.. input.Unit.Targets.Select(t =>
        {
            var mine = results.Where(r => r.TargetId == t.Id).ToList();
            int scored = mine.Count(r => r.Status == ProficiencyStatus.Scored);
            int proficient = mine.Count(r => r.Status == ProficiencyStatus.Scored && Threshold.AtOrAbove(r.Score!.Value, rules.CutFor(t.Id)));
            return new TargetSummary(t.Id, TargetLabel.Of(t), proficient, scored - proficient, mine.Count - scored, rules.CutFor(t.Id));
        })];
    }

    private static HowWillWeExtendAnswer OldExtend(UnitCycleInput input, ResponsePlan plan)
    {
        var perTarget = input.Unit.Targets.Select(t => new TargetExtension(t.Id, TargetLabel.Of(t), t.Scale?.MoreComplex,
            [.. plan.Responses.Where(r => r.Target == t.Id && r.Response == ResponseKind.Extension).Select(r => r.Student)])).ToImmutableArray();
        int k = input.Unit.Targets.Length;
        var every = plan.Responses.GroupBy(r => r.Student).Where(g => g.Count(r => r.Status == TargetStatus.Proficient) == k).Select(g => g.Key).ToImmutableArray();
        return new HowWillWeExtendAnswer(perTarget, every);
    }

    private static CycleCounts OldCounts(UnitCycleInput input, ResponsePlan plan)
    {
        // Most intensive first: Tier 3, referral, Tier 2, whole class, not assessed, extension.
        var students = new int[6];
        var tier3 = plan.Tier3.Select(t => t.Student).ToHashSet();
        foreach (var rows in plan.Responses.GroupBy(r => r.Student))
        {
            int most = tier3.Contains(rows.Key) ? 0 : 5;
            foreach (var r in rows)
            {
                int response = r.Response switch
                {
                    ResponseKind.Tier3 => 0,
                    ResponseKind.Referral => 1,
                    ResponseKind.Tier2 => 2,
                    ResponseKind.WholeClass => 3,
                    ResponseKind.None => 4,
                    _ => 5,
                };
                most = Math.Min(most, response);
            }
            students[most]++;
        }
        var roster = input.Roster;
        return new CycleCounts(roster.Count, roster.Teachers.Length, roster.Sections.Length, input.Unit.Targets.Length,
            students[0], students[1], students[2], students[3], students[4], students[5],
            plan.Groups.Count(g => g.Fits), plan.Groups.Count(g => !g.Fits));
    }
}
