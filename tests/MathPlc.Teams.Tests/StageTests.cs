using FsCheck;
using FsCheck.Fluent;
using MathPlc.Core;
using MathPlc.Tests;
using NodaTime;
using static MathPlc.Teams.StageIndicator;

namespace MathPlc.Teams.Tests;

/// <summary>Stage diagnoses after Graham &amp; Ferriter (2008): a team at each of the seven stages, self-ratings, history and site view.</summary>
public class StageTests
{
    private static readonly LocalDate October = new(2026, 10, 15);
    private static readonly TeamId Grade6 = new("grade6-math");

    // What a coach would see of a team at each stage (Graham & Ferriter 2008, "One Step at a Time", JSD 29(3)):
    // each stage adds its own mark to those before it.
    public static TheoryData<int, StageIndicator[]> TeamsAtEachStage => new()
    {
        { 1, [] },                                         // rambling meetings, no norms yet
        { 1, [PracticesShared] },                          // sharing without norms and agendas is still filling the time
        { 2, [NormsAndAgendas, PracticesShared] },
        { 3, [NormsAndAgendas, PracticesShared, SharedPlanning] },
        { 4, [NormsAndAgendas, PracticesShared, SharedPlanning, CommonAssessmentsGiven] },
        { 5, [NormsAndAgendas, PracticesShared, SharedPlanning, CommonAssessmentsGiven, ResultsAnalyzedByTarget] },
        { 6, [NormsAndAgendas, PracticesShared, SharedPlanning, CommonAssessmentsGiven, ResultsAnalyzedByTarget, InterventionsDifferentiatedByTarget] },
        { 7, [NormsAndAgendas, PracticesShared, SharedPlanning, CommonAssessmentsGiven, ResultsAnalyzedByTarget, InterventionsDifferentiatedByTarget, InstructionComparedWithResults] },
    };

    [Theory]
    [MemberData(nameof(TeamsAtEachStage))]
    public void A_team_is_placed_at_its_stage(int stage, StageIndicator[] met)
    {
        var diagnosis = TeamStages.Diagnose(new TeamEvidence(Grade6, October, met));
        Assert.Equal((TeamStage)stage, diagnosis.Stage);
        Assert.Equal(met, diagnosis.PlacedBy.ToArray());
        Assert.Equal(7 - met.Length, diagnosis.Missed.Length);
        Assert.Equal("stage", diagnosis.Reasons[0].Code);
        Assert.False(string.IsNullOrWhiteSpace(diagnosis.NextTeamAction));
        Assert.False(string.IsNullOrWhiteSpace(diagnosis.NextLeaderAction));
    }

    [Theory]
    [InlineData(1, CollaborationLevel.Cooperation)]
    [InlineData(2, CollaborationLevel.Cooperation)]
    [InlineData(3, CollaborationLevel.Coordination)]
    [InlineData(4, CollaborationLevel.Collaboration)]
    [InlineData(7, CollaborationLevel.Collaboration)]
    public void Stages_sit_on_the_continuum(int stage, CollaborationLevel level) =>
        Assert.Equal(level, StageModel.LevelOf((TeamStage)stage));

    // Issue 16, after Graham & Ferriter's continuum: a team showing every observed indicator except "practices shared" was
    // placed at stage 1 by the cumulative rule and told to agree on norms; on the continuum it shows 5½ stages' worth of
    // the work, so it is at stage 6, and the gap is named at stage 2, where it matters first.
    [Fact]
    public void A_team_missing_only_shared_practices_stays_near_its_work_and_is_told_the_gap_first()
    {
        var diagnosis = TeamStages.Diagnose(new TeamEvidence(Grade6, October,
            [NormsAndAgendas, SharedPlanning, CommonAssessmentsGiven, ResultsAnalyzedByTarget, InterventionsDifferentiatedByTarget, InstructionComparedWithResults]));
        Assert.Equal(TeamStage.DifferentiatingFollowUp, diagnosis.Stage);
        var first = diagnosis.NextSteps[0];
        Assert.Equal((PracticesShared, TeamStage.SharingPersonalPractices, false), (first.Indicator, first.Stage, first.Partial));
        Assert.Equal([InstructionComparedWithResults], diagnosis.MetBeyondStage.ToArray());
        Assert.Equal(0.5, diagnosis.Profile[1].Attainment);
        Assert.Contains(diagnosis.Reasons, r => r.Code == "next-step" && r.Message.Contains("practices shared", StringComparison.Ordinal));
    }

    [Fact]
    public void Common_assessments_without_shared_planning_count_toward_the_stage_and_planning_is_the_next_step()
    {
        var diagnosis = TeamStages.Diagnose(new TeamEvidence(Grade6, October, [NormsAndAgendas, PracticesShared, CommonAssessmentsGiven]));
        Assert.Equal(TeamStage.PlanningPlanningPlanning, diagnosis.Stage);
        Assert.Equal(SharedPlanning, diagnosis.NextSteps[0].Indicator);
        Assert.Equal(SharedPlanning, diagnosis.Missed[0]);
        Assert.Contains(diagnosis.Reasons, r => r.Code == "beyond-stage");
    }

    [Theory] // partial evidence counts half an indicator
    [InlineData(new[] { NormsAndAgendas }, new[] { PracticesShared }, 1)]                        // ¾ of stage 2
    [InlineData(new[] { SharedPlanning }, new[] { NormsAndAgendas, PracticesShared }, 2)]          // ½ + 1
    [InlineData(new[] { NormsAndAgendas, PracticesShared }, new[] { SharedPlanning, CommonAssessmentsGiven }, 3)] // 1 + ½ + ½
    public void Partial_evidence_counts_half(StageIndicator[] met, StageIndicator[] partial, int stage)
    {
        var diagnosis = TeamStages.Diagnose(new TeamEvidence(Grade6, October, met, indicatorsPartial: partial));
        Assert.Equal((TeamStage)stage, diagnosis.Stage);
        Assert.All(partial, i => Assert.Contains(diagnosis.Gaps, g => g.Indicator == i && g.Partial));
    }

    private static readonly Arbitrary<(StageIndicator[] Met, StageIndicator[] Partial, StageIndicator Changed)> EvidenceAndOne =
        Gen.Elements(0, 1, 2).ArrayOf(7).SelectMany(states => Gen.Elements(Enum.GetValues<StageIndicator>()), (states, changed) => (
            Enum.GetValues<StageIndicator>().Where((_, i) => states[i] == 2).ToArray(),
            Enum.GetValues<StageIndicator>().Where((_, i) => states[i] == 1).ToArray(),
            changed)).ToArbitrary();

    [Fact]
    public void One_missing_indicator_moves_the_placement_by_at_most_one_stage() =>
        Prop.ForAll(EvidenceAndOne, e =>
        {
            var before = TeamStages.Diagnose(new TeamEvidence(Grade6, October, e.Met, indicatorsPartial: e.Partial)).Stage;
            var after = TeamStages.Diagnose(new TeamEvidence(Grade6, October, e.Met.Where(i => i != e.Changed), indicatorsPartial: e.Partial.Where(i => i != e.Changed))).Stage;
            Assert.InRange((int)before - (int)after, 0, 1);
        }).Check(500);

    [Fact]
    public void Next_steps_start_at_the_lowest_gap_and_stop_after_the_next_stage() =>
        Prop.ForAll(EvidenceAndOne, e =>
        {
            var d = TeamStages.Diagnose(new TeamEvidence(Grade6, October, e.Met, indicatorsPartial: e.Partial));
            Assert.Equal(d.NextSteps.OrderBy(g => g.Stage).Select(g => g.Indicator), d.NextSteps.Select(g => g.Indicator));
            Assert.All(d.NextSteps, g => Assert.True(g.Stage <= d.Stage + 1));
            if (!d.Gaps.IsEmpty && d.Gaps[0].Stage <= d.Stage + 1) Assert.Equal(d.Gaps[0], d.NextSteps[0]);
        }).Check();

    [Fact]
    public void Evidence_refuses_an_indicator_both_met_and_partial() =>
        Assert.Throws<ArgumentException>("indicatorsPartial", () => new TeamEvidence(Grade6, October, [SharedPlanning], indicatorsPartial: [SharedPlanning]));

    [Fact]
    public void Members_who_see_the_team_differently_are_flagged()
    {
        var ratings = new[] { new MemberStageRating(new TeacherId("ana"), TeamStage.SharingPersonalPractices), new MemberStageRating(new TeacherId("ben"), TeamStage.AnalyzingStudentLearning), new MemberStageRating(new TeacherId("cy"), TeamStage.PlanningPlanningPlanning) };
        var diagnosis = TeamStages.Diagnose(new TeamEvidence(Grade6, October, [NormsAndAgendas, PracticesShared, SharedPlanning], ratings));
        Assert.True(diagnosis.MembersDisagree);
        Assert.False(diagnosis.SelfViewDiffers); // median 3 = evidence 3
        Assert.Equal(TeamStage.SharingPersonalPractices, diagnosis.LowestSelfRating);
        Assert.Equal(TeamStage.AnalyzingStudentLearning, diagnosis.HighestSelfRating);
        var reason = Assert.Single(diagnosis.Reasons, r => r.Code == "members-disagree");
        Assert.Equal("2", reason.Data["lowest"]);
    }

    [Fact]
    public void A_team_that_rates_itself_far_above_its_evidence_is_flagged()
    {
        var ratings = new[] { new MemberStageRating(new TeacherId("ana"), TeamStage.AnalyzingStudentLearning), new MemberStageRating(new TeacherId("ben"), TeamStage.AnalyzingStudentLearning) };
        var diagnosis = TeamStages.Diagnose(new TeamEvidence(Grade6, October, [NormsAndAgendas, PracticesShared], ratings));
        Assert.False(diagnosis.MembersDisagree);
        Assert.True(diagnosis.SelfViewDiffers);
    }

    [Fact]
    public void Self_ratings_never_move_the_stage()
    {
        var ratings = new[] { new MemberStageRating(new TeacherId("ana"), TeamStage.ReflectingOnInstruction) };
        Assert.Equal(TeamStage.FillingTheTime, TeamStages.Diagnose(new TeamEvidence(Grade6, October, [], ratings)).Stage);
    }

    [Fact]
    public void A_team_that_meets_every_indicator_of_stage_k_and_below_is_placed_at_k_or_higher() =>
        Prop.ForAll(Gen.Choose(1, 7).ToArbitrary(), Gen.Elements(Enum.GetValues<StageIndicator>()).ArrayOf().ToArbitrary(), (k, extra) =>
        {
            var through = TeamsAtEachStage.Select(row => ((int)row[0], (StageIndicator[])row[1])).Last(row => row.Item1 == k).Item2;
            var diagnosis = TeamStages.Diagnose(new TeamEvidence(Grade6, October, through.Concat(extra)));
            Assert.True((int)diagnosis.Stage >= k);
        }).Check();

    [Fact]
    public void Placed_by_and_missed_split_the_indicators() =>
        Prop.ForAll(Gen.Elements(Enum.GetValues<StageIndicator>()).ArrayOf().ToArbitrary(), met =>
        {
            var diagnosis = TeamStages.Diagnose(new TeamEvidence(Grade6, October, met));
            Assert.Empty(diagnosis.PlacedBy.Intersect(diagnosis.Missed));
            Assert.Equal(7, met.Distinct().Count() + diagnosis.Missed.Length);
        }).Check();

    [Fact]
    public void A_history_reports_moves_in_date_order()
    {
        var history = new StageHistory([
            Diagnose(Grade6, new LocalDate(2027, 1, 20), NormsAndAgendas, PracticesShared, SharedPlanning, CommonAssessmentsGiven),
            Diagnose(Grade6, new LocalDate(2026, 9, 10)),
            Diagnose(Grade6, new LocalDate(2026, 11, 5), NormsAndAgendas, PracticesShared, SharedPlanning),
        ]);
        Assert.Equal([null, TeamStage.FillingTheTime, TeamStage.PlanningPlanningPlanning], history.Moves.Select(m => m.From).ToArray());
        Assert.Equal(TeamStage.DevelopingCommonAssessments, history.Current);
        Assert.Equal(3, history.NetSteps);
    }

    [Fact]
    public void A_site_view_counts_teams_at_each_stage_and_who_moved()
    {
        var fall = new LocalDate(2026, 9, 30);
        var winter = new LocalDate(2027, 1, 31);
        var k = new TeamId("k-math");
        var g7 = new TeamId("grade7-math");
        var overview = StageOverview.Between("Lincoln Middle", [
            Diagnose(Grade6, new LocalDate(2026, 9, 10), NormsAndAgendas, PracticesShared),
            Diagnose(Grade6, new LocalDate(2027, 1, 20), NormsAndAgendas, PracticesShared, SharedPlanning),
            Diagnose(g7, new LocalDate(2026, 9, 12), NormsAndAgendas, PracticesShared, SharedPlanning),
            Diagnose(g7, new LocalDate(2027, 1, 22), NormsAndAgendas, PracticesShared),
            Diagnose(k, new LocalDate(2026, 12, 1)),
        ], fall, winter);
        Assert.Equal([1, 1, 1, 0, 0, 0, 0], overview.CountByStage.ToArray());
        Assert.Equal(Grade6, Assert.Single(overview.MovedForward).Team);
        Assert.Equal(g7, Assert.Single(overview.MovedBack).Team);
        Assert.Equal(k, Assert.Single(overview.New).Team);
        Assert.Equal(2, overview.CountAt(CollaborationLevel.Cooperation));
        Assert.Equal(1, overview.CountAt(CollaborationLevel.Coordination));
    }

    [Fact]
    public void Evidence_refuses_a_member_who_rated_twice() =>
        Assert.Throws<ArgumentException>("selfRatings", () => new TeamEvidence(Grade6, October, [],
            [new MemberStageRating(new TeacherId("ana"), TeamStage.FillingTheTime), new MemberStageRating(new TeacherId("ana"), TeamStage.SharingPersonalPractices)]));

    [Fact]
    public void Evidence_refuses_an_unknown_indicator() =>
        Assert.Throws<ArgumentException>("indicatorsMet", () => new TeamEvidence(Grade6, October, [(StageIndicator)42]));

    [Fact]
    public void Evidence_refuses_a_rating_off_the_seven_stages() =>
        Assert.Throws<ArgumentException>("selfRatings", () => new TeamEvidence(Grade6, October, [], [new MemberStageRating(new TeacherId("ana"), (TeamStage)8)]));

    [Fact]
    public void Evidence_refuses_an_unnamed_team() =>
        Assert.Throws<ArgumentException>("team", () => new TeamEvidence(default, October, []));

    [Fact]
    public void The_model_refuses_a_stage_outside_one_to_seven() =>
        Assert.Throws<ArgumentOutOfRangeException>("stage", () => StageModel.IndicatorsOf((TeamStage)0));

    [Fact]
    public void Diagnosis_rules_refuse_a_spread_outside_one_to_six() =>
        Assert.Throws<ArgumentOutOfRangeException>("disagreementSpread", () => new StageDiagnosisRules(disagreementSpread: 0));

    [Fact]
    public void A_history_refuses_two_teams() =>
        Assert.Throws<ArgumentException>("diagnoses", () => new StageHistory([Diagnose(Grade6, October), Diagnose(new TeamId("other"), October.PlusDays(1))]));

    [Fact]
    public void A_site_view_refuses_occasions_out_of_order() =>
        Assert.Throws<ArgumentException>("to", () => StageOverview.Between("site", [], October, October.PlusDays(-1)));

    private static StageDiagnosis Diagnose(TeamId team, LocalDate on, params StageIndicator[] met) => TeamStages.Diagnose(new TeamEvidence(team, on, met));
}

/// <summary>The district view: one overview per school and the whole district.</summary>
public class DistrictStageViewTests
{
    [Fact]
    public void A_district_view_adds_up_its_schools()
    {
        var fall = new LocalDate(2026, 9, 30);
        var winter = new LocalDate(2027, 1, 31);
        TeamId a = new("lincoln-g6"), b = new("lincoln-g7"), c = new("adams-g6");
        var diagnoses = new[]
        {
            TeamStages.Diagnose(new TeamEvidence(a, new LocalDate(2026, 9, 10), [StageIndicator.NormsAndAgendas, StageIndicator.PracticesShared])),
            TeamStages.Diagnose(new TeamEvidence(a, new LocalDate(2027, 1, 10), [StageIndicator.NormsAndAgendas, StageIndicator.PracticesShared, StageIndicator.SharedPlanning])),
            TeamStages.Diagnose(new TeamEvidence(b, new LocalDate(2027, 1, 11), [])),
            TeamStages.Diagnose(new TeamEvidence(c, new LocalDate(2027, 1, 12), [StageIndicator.NormsAndAgendas, StageIndicator.PracticesShared])),
        };
        var schools = new Dictionary<TeamId, SchoolId> { [a] = new("lincoln"), [b] = new("lincoln"), [c] = new("adams") };
        var (district, bySchool) = StageOverview.ForDistrict("Unified", diagnoses, schools, fall, winter);
        Assert.Equal([1, 1, 1, 0, 0, 0, 0], district.CountByStage.ToArray());
        Assert.Equal([1, 0, 1, 0, 0, 0, 0], bySchool[new SchoolId("lincoln")].CountByStage.ToArray());
        Assert.Equal(a, Assert.Single(district.MovedForward).Team);
        Assert.Throws<ArgumentException>("schoolOf", () => StageOverview.ForDistrict("Unified", diagnoses, new Dictionary<TeamId, SchoolId>(), fall, winter));
    }
}
