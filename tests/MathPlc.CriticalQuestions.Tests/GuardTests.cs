using MathPlc.Assessments;
using MathPlc.Core;
using MathPlc.Grading;
using MathPlc.Interventions;
using MathPlc.Standards;
using NodaTime;
using static MathPlc.CriticalQuestions.Tests.SmallTeam;

namespace MathPlc.CriticalQuestions.Tests;

/// <summary>Every guard of the unit cycle trips with the standard exception, naming the parameter and the offending value.</summary>
public sealed class GuardTests
{
    private static ArgumentException Refused(UnitCycleInput input)
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => UnitCycle.Run(input));
        Assert.Equal("input", e.ParamName);
        return e;
    }

    [Fact]
    public void A_unit_target_the_assessment_does_not_cover_is_named()
    {
        var unit = new UnitPlan("Unit 2", 20, [.. Unit.Targets, new EssentialTarget(new TargetId("t3"), "6.RP.A.3", "Ratio problems", RigorTags.None)]);
        var e = Refused(new UnitCycleInput("Team", TeamRoster, unit, Blueprint, Scores, AssessedOn, Calendar, NextCycle));
        Assert.Contains("6.RP.A.3", e.Message, StringComparison.Ordinal);
        Assert.Contains("not covered", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Item_scores_for_a_student_not_on_the_roster_are_named()
    {
        var scores = Scores.Add(new ItemScore(new StudentId("s99"), new ItemId("i1"), 1));
        var e = Refused(new UnitCycleInput("Team", TeamRoster, Unit, Blueprint, scores, AssessedOn, Calendar, NextCycle));
        Assert.Contains("s99", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Item_scores_for_an_item_not_on_the_blueprint_are_named()
    {
        var scores = Scores.Add(new ItemScore(new StudentId("s5"), new ItemId("i9"), 1));
        Assert.Contains("i9", Refused(new UnitCycleInput("Team", TeamRoster, Unit, Blueprint, scores, AssessedOn, Calendar, NextCycle)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_score_above_the_items_points_is_refused_by_the_evidence_step()
    {
        var scores = Scores.Add(new ItemScore(new StudentId("s5"), new ItemId("i1"), 3));
        var e = Assert.ThrowsAny<ArgumentException>(() => UnitCycle.Run(new UnitCycleInput("Team", TeamRoster, Unit, Blueprint, scores, AssessedOn, Calendar, NextCycle)));
        Assert.Contains("above its maximum", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Additional_evidence_for_a_student_not_on_the_roster_is_named()
    {
        var input = Input() with { AdditionalEvidence = [new Evidence(new StudentId("s42"), T1, AssessedOn, 3)] };
        Assert.Contains("s42", Refused(input).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_listed_twice_in_the_unit_is_named()
    {
        var unit = new UnitPlan("Unit 2", 20, [.. Unit.Targets, Unit.Targets[0]]);
        Assert.Contains("twice", Refused(new UnitCycleInput("Team", TeamRoster, unit, Blueprint, Scores, AssessedOn, Calendar, NextCycle)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scoring_and_grading_on_different_scales_are_refused()
    {
        var input = Input() with { Grading = new ProficiencyOptions(new Mean(), ProficiencyScale.FourLevel) };
        Assert.Contains("Four-level", Refused(input).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_next_cycle_outside_the_calendar_is_named()
    {
        var input = new UnitCycleInput("Team", TeamRoster, Unit, Blueprint, Scores, AssessedOn, Calendar, new LocalDate(2027, 7, 1));
        Assert.Contains("2027-07-01", Refused(input).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tier_rules_for_other_targets_are_refused()
    {
        var input = Input() with { TierRules = new TierRules(essentialTargets: [T1]) };
        Assert.Contains("not the unit's targets", Refused(input).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tier_rules_naming_the_units_targets_are_accepted()
    {
        var report = UnitCycle.Run(Input() with { TierRules = new TierRules(essentialTargets: [T2, T1]) });
        Assert.Equal(5, report.Counts.Students);
    }

    [Fact]
    public void Screening_or_non_response_for_a_student_not_on_the_roster_is_named()
    {
        Assert.Contains("s77", Refused(Input() with { Screening = [new ScreeningScore(new StudentId("s77"), 5)] }).Message, StringComparison.Ordinal);
        Assert.Contains("s78", Refused(Input() with { NonResponse = [new NonResponse(new StudentId("s78"), AssessedOn, "Flat trend.")] }).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_intervention_block_on_a_weekday_the_school_does_not_teach_is_named()
    {
        var input = Input() with { Capacity = new ResponseCapacity([new TeacherId("ms-a")], [new InterventionBlock(IsoDayOfWeek.Sunday, 30)]) };
        Assert.Contains("sunday", Refused(input).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_input_is_refused() => Assert.Throws<ArgumentNullException>("input", () => UnitCycle.Run(null!));

    [Fact]
    public void The_input_refuses_a_blank_team_a_unit_without_targets_and_a_cycle_before_the_assessment()
    {
        Assert.Throws<ArgumentException>("team", () => new UnitCycleInput(" ", TeamRoster, Unit, Blueprint, Scores, AssessedOn, Calendar, NextCycle));
        Assert.Throws<ArgumentException>("unit", () => new UnitCycleInput("T", TeamRoster, new UnitPlan("U", 5), Blueprint, Scores, AssessedOn, Calendar, NextCycle));
        Assert.Throws<ArgumentException>("nextCycleStart", () => new UnitCycleInput("T", TeamRoster, Unit, Blueprint, Scores, AssessedOn, Calendar, AssessedOn.PlusDays(-1)));
        Assert.Throws<ArgumentNullException>("roster", () => new UnitCycleInput("T", null!, Unit, Blueprint, Scores, AssessedOn, Calendar, NextCycle));
        Assert.Throws<ArgumentNullException>("itemScores", () => new UnitCycleInput("T", TeamRoster, Unit, Blueprint, null!, AssessedOn, Calendar, NextCycle));
    }

    [Fact]
    public void The_inputs_rules_refuse_null_and_undefined_values()
    {
        Assert.Throws<ArgumentNullException>("Scoring", () => Input() with { Scoring = null! });
        Assert.Throws<ArgumentNullException>("Grading", () => Input() with { Grading = null! });
        Assert.Throws<ArgumentNullException>("TierRules", () => Input() with { TierRules = null! });
        Assert.Throws<ArgumentNullException>("Response", () => Input() with { Response = null! });
        Assert.Throws<ArgumentException>("Screening", () => Input() with { Screening = [null!] });
        Assert.Throws<ArgumentException>("NonResponse", () => Input() with { NonResponse = [null!] });
        Assert.Throws<ArgumentNullException>("TeamData", () => Input() with { TeamData = null! });
        Assert.Throws<ArgumentNullException>("BlueprintRules", () => Input() with { BlueprintRules = null! });
        Assert.Throws<ArgumentNullException>("ItemAnalysis", () => Input() with { ItemAnalysis = null! });
        Assert.Throws<ArgumentNullException>("Rigor", () => Input() with { Rigor = null! });
        Assert.Throws<ArgumentNullException>("Discussion", () => Input() with { Discussion = null! });
        Assert.Throws<ArgumentException>("AdditionalEvidence", () => Input() with { AdditionalEvidence = [null!] });
        Assert.Throws<ArgumentOutOfRangeException>("ReportedActions", () => Input() with { ReportedActions = [(HighLeverageTeamAction)11] });
    }

    [Fact]
    public void Discussion_rules_and_sample_options_refuse_values_out_of_range()
    {
        Assert.Throws<ArgumentOutOfRangeException>("mostMissedShare", () => new DiscussionRules(mostMissedShare: 1.5));
        Assert.Throws<ArgumentOutOfRangeException>("sectionAboveBy", () => new DiscussionRules(sectionAboveBy: -0.1));
        Assert.Throws<ArgumentOutOfRangeException>("teachers", () => new SampleTeamOptions(teachers: 0));
        Assert.Throws<ArgumentOutOfRangeException>("sections", () => new SampleTeamOptions(sections: 3, teachers: 4));
        Assert.Throws<ArgumentOutOfRangeException>("students", () => new SampleTeamOptions(students: 4, sections: 5));
        Assert.Throws<ArgumentOutOfRangeException>("absentRate", () => new SampleTeamOptions(absentRate: 1.1));
        Assert.Throws<ArgumentOutOfRangeException>("teacherEffect", () => new SampleTeamOptions(teacherEffect: double.NaN));
    }

    [Fact] // Learning by Doing (2010), p. 119; Beyond the Common Core (2015): phases of the ten actions.
    public void Question_and_action_wordings_cover_every_value_and_refuse_others()
    {
        Assert.Equal("How will we know if each student has learned it?", CriticalQuestion.HowWillWeKnow.Wording());
        Assert.Throws<ArgumentOutOfRangeException>("question", () => ((CriticalQuestion)0).Wording());
        Assert.Equal([5, 3, 2], Enum.GetValues<HighLeverageTeamAction>().GroupBy(a => a.Phase()).Select(g => g.Count()).ToArray());
        Assert.All(Enum.GetValues<HighLeverageTeamAction>(), a => Assert.False(string.IsNullOrWhiteSpace(a.Wording())));
        Assert.Throws<ArgumentOutOfRangeException>("action", () => ((HighLeverageTeamAction)0).Phase());
        Assert.Throws<ArgumentOutOfRangeException>("action", () => ((HighLeverageTeamAction)11).Wording());
    }

    [Fact]
    public void Report_records_keep_their_invariants()
    {
        Assert.Throws<ArgumentException>("Students", () => new CycleCounts(5, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>("Groups", () => new CycleCounts(4, 1, 1, 1, 1, 1, 1, 1, 0, 0, -1, 0));
        Assert.Throws<ArgumentOutOfRangeException>("NotAssessed", () => new CycleCounts(4, 1, 1, 1, 1, 1, 1, 1, -1, 0, 0, 0));
        Assert.Throws<ArgumentNullException>("Plan", () => new HowWillWeRespondAnswer(null!));
        Assert.Throws<ArgumentNullException>("target", () => TargetLabel.Of(null!));
        Assert.Throws<ArgumentOutOfRangeException>("WithoutScore", () => new TargetSummary(T1, null, 1, 1, -1, 3));
        Assert.Throws<ArgumentOutOfRangeException>("Cut", () => new TargetSummary(T1, null, 1, 1, 1, double.NaN));
        Assert.Throws<ArgumentException>("Target", () => new TargetSummary(default, null, 1, 1, 1, 3));
        var why = new Reason("not-in-data", "No record.");
        Assert.Throws<ArgumentException>("Phase", () => new TeamActionStatus(HighLeverageTeamAction.UsingLessonDesign, UnitPhase.AfterUnit, TeamActionState.NotInData, [why]));
        Assert.Throws<ArgumentException>("Reasons", () => new TeamActionStatus(HighLeverageTeamAction.UsingLessonDesign, UnitPhase.DuringUnit, TeamActionState.NotInData, []));
        Assert.Throws<ArgumentOutOfRangeException>("State", () => new TeamActionStatus(HighLeverageTeamAction.UsingLessonDesign, UnitPhase.DuringUnit, (TeamActionState)9, [why]));
        Assert.Throws<ArgumentException>("Question", () => new DiscussionPrompt(PromptKind.GroupGap, " ", why));
        Assert.Throws<ArgumentNullException>("Evidence", () => new DiscussionPrompt(PromptKind.GroupGap, "Why?", null!));
        Assert.Throws<ArgumentOutOfRangeException>("Kind", () => new DiscussionPrompt((PromptKind)9, "Why?", why));
    }
}
