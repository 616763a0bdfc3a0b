using MathPlc.Assessments;
using MathPlc.Core;
using NodaTime;
using static MathPlc.Assessments.Tests.Blueprints.UnitThreeBlueprint;

namespace MathPlc.Assessments.Tests.Blueprints;

public class ItemScoreEvidenceTests
{
    private static readonly StudentId Ana = new("ana");
    private static readonly LocalDate Day = new(2026, 10, 14);

    // A team's table for the Marzano 0–4 scale (a team choice): 0 % → 1, 50 % → 2, 70 % → 3, 90 % → 4.
    private static readonly TargetScoringRule Rule = new(ProficiencyScale.Marzano,
        [new PercentCut(0, 1), new PercentCut(50, 2), new PercentCut(70, 3), new PercentCut(90, 4)]);

    private static ItemScore Score(string item, double? points) => new(Ana, new ItemId(item), points);

    [Fact]
    public void Item_scores_become_one_evidence_score_per_target()
    {
        // 6.RP.1: q1 1 + q2 0 + q3 2 = 3 of 4 (75 %) → 3. 6.RP.3: q4 2 + q5 2 = 4 of 6 (66.7 %) → 2.
        var results = ItemScoreEvidence.ForStudent(Good(), Ana, [Score("q1", 1), Score("q2", 0), Score("q3", 2), Score("q4", 2), Score("q5", 2)], Rule, Day);
        Assert.Equal(75.0, results[0].Percent!.Value, 12);
        Assert.Equal(400 / 6.0, results[1].Percent!.Value, 12);
        Assert.Equal([3.0, 2.0], results.Select(r => r.Evidence!.Score).ToArray());
        Assert.All(results, r => Assert.Equal(Day, r.Evidence!.AssessedOn));
        Assert.Equal(Rp1, results[0].Evidence!.TargetId);
    }

    [Fact]
    public void An_unanswered_item_counts_zero_or_is_excluded_by_the_rule()
    {
        ItemScore[] scores = [Score("q1", 1), Score("q2", 1), Score("q3", null), Score("q4", 2), Score("q5", 4)];
        Assert.Equal(50, ItemScoreEvidence.ForStudent(Good(), Ana, scores, Rule, Day)[0].Percent);
        var exclude = new TargetScoringRule(Rule.Scale, Rule.Cuts, MissingResponse.Exclude);
        Assert.Equal(100, ItemScoreEvidence.ForStudent(Good(), Ana, scores, exclude, Day)[0].Percent);
    }

    [Fact]
    public void A_student_with_no_responses_gets_no_evidence_not_zero()
    {
        var results = ItemScoreEvidence.ForStudent(Good(), Ana, [Score("q1", null)], Rule, Day);
        Assert.All(results, r =>
        {
            Assert.Equal(TargetEvidenceStatus.InsufficientEvidence, r.Status);
            Assert.Null(r.Evidence);
            Assert.Equal("no-responses", r.Reasons[0].Code);
        });
    }

    [Fact]
    public void An_item_score_above_its_maximum_is_refused() =>
        Assert.Throws<ArgumentException>("scores", () => ItemScoreEvidence.ForStudent(Good(), Ana, [Score("q1", 2)], Rule, Day));

    [Fact]
    public void A_score_for_an_item_not_on_the_blueprint_is_refused() =>
        Assert.Throws<ArgumentException>("scores", () => ItemScoreEvidence.ForStudent(Good(), Ana, [Score("q9", 1)], Rule, Day));

    [Fact]
    public void Every_student_is_scored_in_order()
    {
        var ben = new StudentId("ben");
        var results = ItemScoreEvidence.ForAll(Good(), [Score("q1", 1), new ItemScore(ben, new ItemId("q5"), 4)], Rule, Day);
        Assert.Equal([Ana, Ana, ben, ben], results.Select(r => r.Student).ToArray());
    }

    [Fact]
    public void Cut_tables_must_start_at_zero_and_rise()
    {
        Assert.Throws<ArgumentException>("cuts", () => new TargetScoringRule(ProficiencyScale.Marzano, [new PercentCut(10, 1)]));
        Assert.Throws<ArgumentException>("cuts", () => new TargetScoringRule(ProficiencyScale.Marzano, [new PercentCut(0, 2), new PercentCut(50, 1)]));
        Assert.Throws<ArgumentException>("cuts", () => new TargetScoringRule(ProficiencyScale.Marzano, [new PercentCut(0, 1), new PercentCut(50, 5)]));
        Assert.Throws<ArgumentException>("cuts", () => new TargetScoringRule(ProficiencyScale.Marzano, [new PercentCut(0, 1), new PercentCut(0, 2)]));
    }

    [Fact]
    public void The_cut_table_maps_each_percent_to_the_highest_cut_reached()
    {
        Assert.Equal(1, Rule.ScoreFor(49.99));
        Assert.Equal(2, Rule.ScoreFor(50));
        Assert.Equal(4, Rule.ScoreFor(100));
    }
}
