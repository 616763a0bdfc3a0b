using FsCheck;
using FsCheck.Fluent;
using MathPlc.Assessments;
using MathPlc.Core;
using MathPlc.Interventions;
using MathPlc.Tests;

namespace MathPlc.CriticalQuestions.Tests;

/// <summary>The properties of the unit cycle, over generated teams (sizes, seeds) and generated rules.</summary>
public sealed class CycleProperties
{
    internal static readonly Gen<UnitCycleInput> Inputs =
        from seed in Gen.Choose(0, int.MaxValue)
        from students in Gen.Choose(3, 60)
        from sections in Gen.Choose(1, Math.Min(4, students))
        from teachers in Gen.Choose(1, sections)
        from absent in Gen.Elements(0.0, 0.1, 0.3)
        from cut in Gen.Elements(2.0, 2.5, 3.0, 3.5, 4.0)
        from line in Gen.Elements(0.1, 0.25, 0.5, 1.0)
        from reassess in Gen.Choose(1, 15)
        from maximum in Gen.Choose(1, 6)
        from blocks in Gen.Choose(1, 5)
        from screened in Gen.Choose(0, 100).ArrayOf()
        from nonResponders in Gen.Choose(0, 2)
        from groupSize in Gen.Choose(1, 12)
        select With(SampleTeam.Generate((ulong)seed, new SampleTeamOptions(students, sections, teachers, absentRate: absent)).Input,
            cut, line, reassess, maximum, blocks, screened, nonResponders, groupSize);

    private static UnitCycleInput With(UnitCycleInput input, double cut, double line, int reassess, int maximum, int blocks, int[] screened, int nonResponders, int groupSize)
    {
        var roster = input.Roster.Students;
        NodaTime.IsoDayOfWeek[] days = [NodaTime.IsoDayOfWeek.Monday, NodaTime.IsoDayOfWeek.Tuesday, NodaTime.IsoDayOfWeek.Wednesday, NodaTime.IsoDayOfWeek.Thursday, NodaTime.IsoDayOfWeek.Friday];
        return input with
        {
            TierRules = new TierRules(cut),
            Response = new ResponseRules(line, reassess, tier2: new GroupSize(1, maximum)),
            Capacity = new ResponseCapacity(input.Roster.Teachers, days.Take(blocks).Select(d => new InterventionBlock(d, 30))),
            Screening = [.. screened.Take(roster.Length).Select((p, i) => new ScreeningScore(roster[i].Student, p))],
            NonResponse = [.. roster.Skip(roster.Length - Math.Min(nonResponders, roster.Length)).Select(s => new NonResponse(s.Student, input.AssessedOn, "No response to Tier 2."))],
            TeamData = new TeamDataOptions(groupSize),
        };
    }

    [Fact] // Learning by Doing: every student is answered for — one response per student and target, and one headline category each.
    public void Every_roster_student_has_one_response_per_target_and_one_headline_category() =>
        Prop.ForAll(Inputs.ToArbitrary(), input =>
        {
            var report = UnitCycle.Run(input);
            var plan = report.HowWillWeRespond.Plan;
            Assert.Equal(input.Roster.Count * input.Unit.Targets.Length, plan.Responses.Length);
            Assert.Equal(input.Roster.Count, plan.Responses.Select(r => r.Student).Distinct().Count());
            Assert.All(plan.Responses, r => Assert.False(string.IsNullOrWhiteSpace(r.Reason.Message)));
            var c = report.Counts;
            Assert.Equal(c.Students, c.Tier3 + c.Referral + c.Tier2 + c.WholeClass + c.NotAssessed + c.Extension);
        }).Check(100);

    [Fact] // RTI at Work: one common assessment never places a student in Tier 3; screening (intensive) and non-response do.
    public void Tier3_only_from_screening_or_non_response() =>
        Prop.ForAll(Inputs.ToArbitrary(), input =>
        {
            var report = UnitCycle.Run(input);
            var sources = input.Screening.Where(s => s.Percentile < 10).Select(s => s.StudentId).Concat(input.NonResponse.Select(n => n.Student)).ToHashSet();
            Assert.Equal(sources.Order(), report.HowWillWeRespond.Tier3.Order());
            Assert.Equal(sources.Count, report.Counts.Tier3);
        }).Check(100);

    [Fact] // Taking Action: groups are by target — a student is in a target's Tier 2 group only when below the cut on it.
    public void Every_groups_students_need_its_target() =>
        Prop.ForAll(Inputs.ToArbitrary(), input =>
        {
            var report = UnitCycle.Run(input);
            foreach (var group in report.HowWillWeRespond.Plan.Groups.Where(g => g.Kind == ResponseKind.Tier2))
                foreach (var student in group.Students)
                {
                    var target = Assert.NotNull(group.Target);
                    var result = report.HowWillWeKnow.Proficiency.Single(p => p.StudentId == student && p.TargetId == target);
                    Assert.True(result.Score < input.TierRules.ProficientCut);
                }
            foreach (var t in report.HowWillWeExtend.Targets)
                foreach (var student in t.Students)
                    Assert.True(report.HowWillWeKnow.Proficiency.Single(p => p.StudentId == student && p.TargetId == t.Target).Score >= input.TierRules.ProficientCut - 1e-9);
        }).Check(100);

    [Fact]
    public void The_reports_counts_add_up_to_the_roster() =>
        Prop.ForAll(Inputs.ToArbitrary(), input =>
        {
            var report = UnitCycle.Run(input);
            var c = report.Counts;
            Assert.Equal(input.Roster.Count, c.Students);
            Assert.All(report.HowWillWeKnow.Targets, t => Assert.Equal(c.Students, t.Proficient + t.NotYetProficient + t.WithoutScore));
            Assert.Equal(c.Students * c.Targets, report.HowWillWeKnow.Proficiency.Length);
            foreach (var rate in report.HowWillWeKnow.TeamData.Rates.Where(r => r.Kind == Breakdown.Team))
                Assert.Equal(report.HowWillWeKnow.Targets.Single(t => t.Target == rate.Target).Scored, rate.Students);
            Assert.Equal(c.Groups + c.DoesNotFit, report.HowWillWeRespond.Plan.Groups.Length);
        }).Check(100);

    [Fact] // Determinism: the same input gives the same report; the same seed gives the same input.
    public void The_same_seed_gives_the_same_report() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), Gen.Choose(3, 40).ToArbitrary(), (seed, students) =>
        {
            var options = new SampleTeamOptions(students, Math.Min(3, students), Math.Min(2, students));
            var a = SampleTeam.Generate((ulong)seed, options);
            var b = SampleTeam.Generate((ulong)seed, options);
            Assert.Equal(a, b);
            Assert.Equal(UnitCycle.Run(a.Input), UnitCycle.Run(b.Input));
        }).Check(50);

    [Fact] // A prompt only rests on groups at or above the minimum size, and its numbers are in its data.
    public void Prompts_respect_the_minimum_group_size() =>
        Prop.ForAll(Inputs.ToArbitrary(), input =>
        {
            var report = UnitCycle.Run(input);
            int minimum = input.TeamData.MinimumGroupSize;
            foreach (var p in report.Prompts)
            {
                switch (p.Kind)
                {
                    case PromptKind.TargetMostMissed:
                        Assert.True(int.Parse(p.Evidence.Data["scored"], System.Globalization.CultureInfo.InvariantCulture) >= minimum);
                        break;
                    case PromptKind.SectionWellAbove:
                        Assert.True(int.Parse(p.Evidence.Data["students"], System.Globalization.CultureInfo.InvariantCulture) >= minimum);
                        Assert.True(int.Parse(p.Evidence.Data["rest-students"], System.Globalization.CultureInfo.InvariantCulture) >= minimum);
                        break;
                }
            }
        }).Check(100);

    [Fact] // One cut for questions 2 and 3: a target's counts are the plan's proficient, not-yet and no-score rows.
    public void Question_2s_counts_and_question_3s_statuses_agree() =>
        Prop.ForAll(Inputs.ToArbitrary(), input =>
        {
            var report = UnitCycle.Run(input);
            var plan = report.HowWillWeRespond.Plan;
            foreach (var t in report.HowWillWeKnow.Targets)
            {
                var rows = plan.Responses.Where(r => r.Target == t.Target).ToList();
                Assert.Equal(t.Proficient, rows.Count(r => r.Status == TargetStatus.Proficient));
                Assert.Equal(t.NotYetProficient, rows.Count(r => r.Status == TargetStatus.NotYet));
                Assert.Equal(t.WithoutScore, rows.Count(r => r.Status == TargetStatus.NoScore));
            }
            Assert.All(report.HowWillWeExtend.EveryTarget, s => Assert.DoesNotContain(s, report.HowWillWeRespond.NotAssessed));
        }).Check(100);
}
