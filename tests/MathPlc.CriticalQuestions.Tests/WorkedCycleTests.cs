using MathPlc.Core;
using MathPlc.Interventions;
using static MathPlc.CriticalQuestions.Tests.SmallTeam;

namespace MathPlc.CriticalQuestions.Tests;

/// <summary>The unit cycle on a team small enough to work by hand (figures in <see cref="SmallTeam"/>'s comments).</summary>
public sealed class WorkedCycleTests
{
    private static StudentId[] Ids(params string[] ids) => [.. ids.Select(i => new StudentId(i))];

    [Fact] // RTI at Work by hand: t1 has 1 of 4 not yet (25 %), t2 2 of 4 (50 %) — both at or above the 25 % line, so every class is retaught both.
    public void Each_student_gets_the_response_the_hand_computation_gives()
    {
        var report = UnitCycle.Run(Input());
        var plan = report.HowWillWeRespond.Plan;
        Assert.Equal(Ids(), report.HowWillWeRespond.Tier3.ToArray());
        Assert.Equal(Ids(), report.HowWillWeRespond.Referrals.ToArray()); // two targets: a unit of fewer than three refers no one
        Assert.Equal(Ids("s5"), report.HowWillWeRespond.NotAssessed.ToArray());
        Assert.Equal(Ids("s1", "s4"), report.HowWillWeExtend.EveryTarget.ToArray());
        Assert.Equal(new CycleCounts(Students: 5, Teachers: 2, Sections: 2, Targets: 2, Tier3: 0, Referral: 0, Tier2: 0, WholeClass: 2, NotAssessed: 1, Extension: 2, Groups: 0, DoesNotFit: 0), report.Counts);
        Assert.All(plan.Targets, t => Assert.True(t.WholeTeam));
        Assert.Equal(["extension", "extension", "extension", "whole-class", "whole-class", "whole-class", "extension", "extension", "none", "none"],
            plan.Responses.Select(r => r.Response.Name()).ToArray());
        Assert.Equal(Ids("s1", "s2", "s4"), report.HowWillWeExtend.Targets[0].Students.ToArray());
        Assert.Equal(("Compare ratio relationships", null), (report.HowWillWeExtend.Targets[0].MoreComplex, report.HowWillWeExtend.Targets[1].MoreComplex));
    }

    [Fact]
    public void Target_counts_are_the_hand_counts_and_add_up_to_the_roster()
    {
        var targets = UnitCycle.Run(Input()).HowWillWeKnow.Targets;
        Assert.Equal(new TargetSummary(T1, "6.RP.A.1", 3, 1, 1, 3), targets[0]);
        Assert.Equal(new TargetSummary(T2, "6.RP.A.2", 2, 2, 1, 3), targets[1]);
        Assert.All(targets, t => Assert.Equal(5, t.Students));
    }

    [Fact]
    public void Proficiency_scores_follow_the_conversion_table()
    {
        var scores = UnitCycle.Run(Input()).HowWillWeKnow.Proficiency.Select(p => p.Score).ToArray();
        Assert.Equal(new double?[] { 4, 4, 3, 2, 1, 1, 3, 3, null, null }, scores);
    }

    [Fact] // With a 60 % line, s3 (first not yet: t1) and s2 (t2) get Tier 2 groups; s3's t2 waits for the next cycle. Two teachers × four blocks.
    public void Groups_are_by_first_unmet_target_with_adults_blocks_and_dates()
    {
        var report = UnitCycle.Run(WithSmallGroups());
        var groups = report.HowWillWeRespond.Groups;
        Assert.Equal(["tier2-6.RP.A.1-1", "tier2-6.RP.A.2-1"], groups.Select(g => g.Id).ToArray());
        Assert.Equal(Ids("s3"), groups[0].Students.ToArray());
        Assert.Equal(Ids("s2"), groups[1].Students.ToArray());
        Assert.Equal(["mr-b", "ms-a"], groups.Select(g => g.Adult!.Value.Value).ToArray());
        Assert.All(groups, g => Assert.Equal(4, g.Blocks.Length));
        Assert.Equal(8, groups[0].Sessions.Length);
        Assert.Equal(new NodaTime.LocalDate(2026, 10, 19), groups[0].Sessions[0]);
        Assert.Equal(new NodaTime.LocalDate(2026, 11, 2), groups[0].ReassessOn);
        var next = report.HowWillWeRespond.Plan.Responses.Single(r => r.Student.Value == "s3" && r.Target == T2);
        Assert.Equal(("tier2", "next-cycle"), (next.Response.Name(), next.Reason.Code));
    }

    [Fact] // Section A: 2 of 2 proficient on t1; the other section 1 of 2: 50 points above. t2: 2 of 4 below the cut, above the 0.4 limit.
    public void Prompts_name_the_section_well_above_and_the_target_most_missed_with_their_numbers()
    {
        var prompts = UnitCycle.Run(WithSmallGroups()).Prompts;
        var missed = prompts.Single(p => p.Kind == PromptKind.TargetMostMissed);
        Assert.Equal("6.RP.A.2", missed.Evidence.Data["target"]);
        Assert.Equal("2", missed.Evidence.Data["not-yet-proficient"]);
        Assert.Equal("4", missed.Evidence.Data["scored"]);
        var above = prompts.Single(p => p.Kind == PromptKind.SectionWellAbove);
        Assert.Equal("A", above.Evidence.Data["section"]);
        Assert.Equal("6.RP.A.1", above.Evidence.Data["target"]);
        Assert.Equal("0.5", above.Evidence.Data["difference"]);
        Assert.Equal("ms-a", above.Evidence.Data["teacher"]);
    }

    [Fact]
    public void Team_actions_are_read_from_the_data()
    {
        var actions = UnitCycle.Run(Input()).TeamActions;
        Assert.Equal(10, actions.Length);
        // t2 has no scale descriptors: action 1 is missing and says which target.
        var first = actions[0];
        Assert.Equal(TeamActionState.Missing, first.State);
        Assert.Equal("6.RP.A.2", first.Reasons.Single().Data["targets"]);
        // Actions 9 and 10 (students' and the team's goals) are not in the data: no proxy stands in for them.
        Assert.Equal(TeamActionState.NotInData, actions[8].State);
        Assert.Equal("no-student-goals", actions[8].Reasons[0].Code);
        Assert.Equal(TeamActionState.NotInData, actions[9].State);
        Assert.Contains("6.RP.A.2, 2 of 4 proficient (50%)", actions[9].Reasons[0].Message, StringComparison.Ordinal);
        Assert.Equal(TeamActionState.NotInData, actions[4].State);
        var reported = UnitCycle.Run(Input() with { ReportedActions = [HighLeverageTeamAction.PlanningCommonHomework] }).TeamActions[4];
        Assert.Equal(TeamActionState.Done, reported.State);
    }
}
