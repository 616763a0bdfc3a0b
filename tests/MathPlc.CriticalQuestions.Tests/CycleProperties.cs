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
    private static readonly Gen<UnitCycleInput> Inputs =
        from seed in Gen.Choose(0, int.MaxValue)
        from students in Gen.Choose(3, 60)
        from sections in Gen.Choose(1, Math.Min(4, students))
        from teachers in Gen.Choose(1, sections)
        from absent in Gen.Elements(0.0, 0.1, 0.3)
        from cut in Gen.Elements(2.0, 2.5, 3.0, 3.5, 4.0)
        from tier3 in Gen.Elements<int?>(null, 1, 2, 3, 5)
        from minimum in Gen.Choose(1, 4)
        from maximum in Gen.Choose(0, 4)
        from capacity in Gen.Elements<int?>(null, 1, 3, 10)
        from groupSize in Gen.Choose(1, 12)
        select SampleTeam.Generate((ulong)seed, new SampleTeamOptions(students, sections, teachers, absentRate: absent)).Input with
        {
            TierRules = new TierRules(cut, tier3WhenUnmetAtLeast: tier3),
            Grouping = new GroupingRules(new GroupSize(minimum, minimum + maximum), extension: new GroupSize(minimum, minimum + maximum), groupsPerBlock: capacity),
            TeamData = new TeamDataOptions(groupSize),
        };

    [Fact] // Learning by Doing: every student is answered for — in a tier of question 3 or in question 4's extension, once.
    public void Every_roster_student_is_in_exactly_one_tier_or_in_extension() =>
        Prop.ForAll(Inputs.ToArbitrary(), input =>
        {
            var report = UnitCycle.Run(input);
            var placed = report.HowWillWeRespond.Tier3.Concat(report.HowWillWeRespond.Tier2).Concat(report.HowWillWeRespond.Core)
                .Concat(report.HowWillWeExtend.Students).ToList();
            Assert.Equal(input.Roster.Count, placed.Count);
            Assert.Equal(input.Roster.Students.Select(s => s.Student).Order(), placed.Order());
        }).Check(100);

    [Fact] // Taking Action: groups are by target — a student is in a target's group only when below the cut on it.
    public void Every_groups_students_need_its_target() =>
        Prop.ForAll(Inputs.ToArbitrary(), input =>
        {
            var report = UnitCycle.Run(input);
            var decisions = report.HowWillWeRespond.Decisions.ToDictionary(d => d.StudentId);
            foreach (var group in report.HowWillWeRespond.Groups)
                foreach (var student in group.Students)
                {
                    var d = decisions[student];
                    Assert.Equal(group.Kind == Interventions.GroupKind.Tier3 ? Tier.Tier3 : Tier.Tier2, d.Tier);
                    var target = Assert.NotNull(group.Target);
                    Assert.Contains(target, d.UnmetTargets);
                    var result = report.HowWillWeKnow.Proficiency.Single(p => p.StudentId == student && p.TargetId == target);
                    Assert.True(result.Score < input.TierRules.ProficientCut);
                }
            foreach (var student in report.HowWillWeExtend.Groups.SelectMany(g => g.Students))
                Assert.True(decisions[student].Extension);
        }).Check(100);

    [Fact]
    public void The_reports_counts_add_up_to_the_roster() =>
        Prop.ForAll(Inputs.ToArbitrary(), input =>
        {
            var report = UnitCycle.Run(input);
            var c = report.Counts;
            Assert.Equal(input.Roster.Count, c.Students);
            Assert.Equal(c.Students, c.Tier3 + c.Tier2 + c.Core + c.Extension);
            Assert.All(report.HowWillWeKnow.Targets, t => Assert.Equal(c.Students, t.Proficient + t.NotYetProficient + t.WithoutScore));
            Assert.Equal(c.Students * c.Targets, report.HowWillWeKnow.Proficiency.Length);
            Assert.Equal(c.Students, report.HowWillWeRespond.Decisions.Length);
            int needing = c.Tier3 + c.Tier2 + c.Extension;
            Assert.Equal(needing, report.HowWillWeRespond.Groups.Concat(report.HowWillWeExtend.Groups).Sum(g => g.Students.Length) + c.Unplaced);
            foreach (var rate in report.HowWillWeKnow.TeamData.Rates.Where(r => r.Kind == Assessments.GroupKind.Team))
                Assert.Equal(report.HowWillWeKnow.Targets.Single(t => t.Target == rate.Target).Scored, rate.Students);
            Assert.Equal(c.Groups - report.HowWillWeExtend.Groups.Length, report.HowWillWeRespond.Sessions.Length);
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

    [Fact] // One cut for questions 2 and 3: a target's not-yet-proficient count is the students whose tier decision lists it unmet.
    public void Question_2s_counts_and_question_3s_unmet_targets_agree() =>
        Prop.ForAll(Inputs.ToArbitrary(), input =>
        {
            var report = UnitCycle.Run(input);
            foreach (var t in report.HowWillWeKnow.Targets)
            {
                Assert.Equal(t.NotYetProficient, report.HowWillWeRespond.Decisions.Count(d => d.UnmetTargets.Contains(t.Target)));
                Assert.Equal(t.WithoutScore, report.HowWillWeRespond.Decisions.Count(d => d.Reasons.Any(r => r.Code == "no-score" && r.Data["target"] == t.Target.Value)));
            }
            Assert.All(report.HowWillWeExtend.Students, s => Assert.DoesNotContain(s, report.HowWillWeRespond.WithoutEvidence));
        }).Check(100);
}
