using MathPlc.Core;
using MathPlc.Interventions;
using static MathPlc.CriticalQuestions.Tests.SmallTeam;

namespace MathPlc.CriticalQuestions.Tests;

/// <summary>The unit cycle on a team small enough to work by hand (figures in <see cref="SmallTeam"/>'s comments).</summary>
public sealed class WorkedCycleTests
{
    private static StudentId[] Ids(params string[] ids) => [.. ids.Select(i => new StudentId(i))];

    [Fact] // Tiering by student, by target (Taking Action): the hand-worked tiers of the five students.
    public void Each_student_lands_in_the_tier_the_hand_computation_gives()
    {
        var report = UnitCycle.Run(Input());
        Assert.Equal(Ids(), report.HowWillWeRespond.Tier3.ToArray());
        Assert.Equal(Ids("s2", "s3"), report.HowWillWeRespond.Tier2.ToArray());
        Assert.Equal(Ids("s5"), report.HowWillWeRespond.Core.ToArray());
        Assert.Equal(Ids("s1", "s4"), report.HowWillWeExtend.Students.ToArray());
        Assert.Equal(Ids("s5"), report.HowWillWeRespond.WithoutEvidence.ToArray());
        Assert.Equal(new CycleCounts(5, 2, 2, 2, 0, 2, 1, 2, 1, 0, 4), report.Counts);
        Assert.Equal([T2], report.HowWillWeRespond.Decisions[1].UnmetTargets.ToArray());
        Assert.Equal([T1, T2], report.HowWillWeRespond.Decisions[2].UnmetTargets.ToArray());
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

    [Fact] // With groups of one allowed, each Tier 2 target gets its group and six weeks of three sessions from Monday 19 October.
    public void Groups_are_by_first_unmet_target_with_dated_sessions()
    {
        var report = UnitCycle.Run(WithSmallGroups());
        var groups = report.HowWillWeRespond.Groups;
        Assert.Equal(["tier2-t1-1", "tier2-t2-1"], groups.Select(g => g.Id).ToArray());
        Assert.Equal(Ids("s3"), groups[0].Students.ToArray());
        Assert.Equal(Ids("s2"), groups[1].Students.ToArray());
        Assert.Equal(Ids("s1", "s4"), report.HowWillWeExtend.Groups.Single().Students.ToArray());
        var plan = report.HowWillWeRespond.Sessions[0];
        Assert.Equal(18, plan.Sessions.Length);
        Assert.Equal(new NodaTime.LocalDate(2026, 10, 19), plan.Sessions[0]);
        Assert.Equal(new NodaTime.LocalDate(2026, 10, 21), plan.Sessions[2]);
        Assert.Equal(Tier.Tier2, plan.Plan.Tier);
    }

    [Fact] // Section A: 2 of 2 proficient on t1; the other section 1 of 2: 50 points above. t2: 2 of 4 below the cut, above the 0.4 limit.
    public void Prompts_name_the_section_well_above_and_the_target_most_missed_with_their_numbers()
    {
        var prompts = UnitCycle.Run(WithSmallGroups()).Prompts;
        var missed = prompts.Single(p => p.Kind == PromptKind.TargetMostMissed);
        Assert.Equal("t2", missed.Evidence.Data["target"]);
        Assert.Equal("2", missed.Evidence.Data["not-yet-proficient"]);
        Assert.Equal("4", missed.Evidence.Data["scored"]);
        var above = prompts.Single(p => p.Kind == PromptKind.SectionWellAbove);
        Assert.Equal("A", above.Evidence.Data["section"]);
        Assert.Equal("t1", above.Evidence.Data["target"]);
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
        // Four students in Tier 2 or extension but groups of 3–5: the two Tier 2 students are unplaced.
        Assert.Equal(TeamActionState.Missing, actions[8].State);
        Assert.Equal("students-unplaced", actions[8].Reasons[0].Code);
        Assert.Equal(TeamActionState.NotInData, actions[4].State);
        var reported = UnitCycle.Run(Input() with { ReportedActions = [HighLeverageTeamAction.PlanningCommonHomework] }).TeamActions[4];
        Assert.Equal(TeamActionState.Done, reported.State);
    }
}
