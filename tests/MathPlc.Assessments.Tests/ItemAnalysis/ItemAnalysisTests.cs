using MathPlc.Assessments;
using MathPlc.Core;

namespace MathPlc.Assessments.Tests.ItemAnalysis;

public class ItemAnalysisTests
{
    [Fact] // Values in SmallTest's summary, computed independently.
    public void Item_statistics_match_the_independent_computation()
    {
        var result = MathPlc.Assessments.ItemAnalysis.Analyze(SmallTest.Responses());
        Assert.Equal([0.7, 0.6, 0.6, 0.5], result.Items.Select(i => i.Difficulty.Value!.Value).ToArray());
        double[] r = [0.5867387, 0.0416667, 0.0416667, 0.1059998];
        for (int i = 0; i < 4; i++) Assert.Equal(r[i], result.Items[i].PointBiserialCorrected.Value!.Value, 6);
        double[] d = [1, 2 / 3.0, 2 / 3.0, 1 / 3.0];
        for (int i = 0; i < 4; i++) Assert.Equal(d[i], result.Items[i].DiscriminationUpperLower.Value!.Value, 12);
        Assert.Equal(0.3225806, result.Test.CronbachAlpha.Value!.Value, 6);
        Assert.Equal(0.3225806, result.Test.Kr20.Value!.Value, 6);
        Assert.Equal(0.9660918, result.Test.Sem.Value!.Value, 6);
    }

    [Fact]
    public void Weakly_discriminating_items_are_flagged_with_reasons()
    {
        var result = MathPlc.Assessments.ItemAnalysis.Analyze(SmallTest.Responses());
        Assert.Empty(result.Items[0].Flags);
        Assert.Equal("weak-discrimination", Assert.Single(result.Items[1].Flags).Code);
    }

    [Fact]
    public void Easy_hard_and_negative_items_are_flagged()
    {
        // Item 1 everyone but the weakest gets right; item 2 only the weakest gets right; item 3 separates.
        double[][] rows = [[1, 0, 1], [1, 0, 1], [1, 0, 1], [1, 0, 0], [1, 0, 0], [1, 0, 0], [1, 0, 1], [1, 0, 0], [1, 0, 1], [1, 0, 1], [0, 1, 0]];
        var responses = ItemResponses.FromColumns([.. rows.SelectMany(r => r)], [1, 1, 1]);
        var result = MathPlc.Assessments.ItemAnalysis.Analyze(responses);
        Assert.Contains(result.Items[0].Flags, f => f.Code == "too-easy");
        Assert.Contains(result.Items[1].Flags, f => f.Code == "too-hard");
        Assert.Contains(result.Items[1].Flags, f => f.Code == "negative-discrimination");
    }

    [Fact] // reference/statistics.md §6: pairwise and listwise alpha differ; values computed independently (SmallTest).
    public void Missing_scores_follow_the_stated_policy()
    {
        var responses = SmallTest.Responses(SmallTest.ThreeMissing);
        var pairwise = Reliability.CronbachAlpha(responses, MissingDataPolicy.Pairwise);
        var listwise = Reliability.CronbachAlpha(responses, MissingDataPolicy.Listwise);
        Assert.Equal(0.2486016, pairwise.Value!.Value, 6);
        Assert.Equal(0.1538462, listwise.Value!.Value, 6);
        Assert.Equal(7, listwise.SubjectsUsed);
        Assert.Equal(3, listwise.SubjectsDropped);
    }

    [Fact] // Julia StatsBase, cronbachalpha docstring: covariance [10 6 6 6; 6 11 6 6; 6 6 12 6; 6 6 6 13] → 0.8136.
    public void Alpha_from_a_covariance_matrix_matches_StatsBase()
    {
        var alpha = Reliability.AlphaFromCovariance(new double[,] { { 10, 6, 6, 6 }, { 6, 11, 6, 6 }, { 6, 6, 12, 6 }, { 6, 6, 6, 13 } });
        Assert.Equal(0.8136, Math.Round(alpha.Value!.Value, 4));
    }

    [Fact] // psychometric SE.Meas documentation / Dudek (1979) illustration: SD 10, r .91 → SEM 3.
    public void The_standard_error_of_measurement_matches_the_published_illustration() =>
        Assert.Equal(3.0, Reliability.StandardErrorOfMeasurement(10, 0.91), 12);

    [Fact]
    public void A_student_with_no_responses_is_left_out_and_counted()
    {
        var responses = ItemResponses.FromColumns([1, 0, 0, 1, double.NaN, double.NaN, 1, 1], [1, 1]);
        var result = MathPlc.Assessments.ItemAnalysis.Analyze(responses);
        Assert.Equal(3, result.Test.Students);
        Assert.Equal(1, result.Test.StudentsWithoutResponses);
    }

    [Fact] // reference/statistics.md §6: a zero-variance item has no correlation (R gives NA); it stays in alpha's k.
    public void A_zero_variance_item_has_an_undefined_correlation()
    {
        var responses = ItemResponses.FromColumns([1, 1, 0, 1, 1, 0, 1, 1, 0, 1, 0, 1], [1, 1, 1]);
        var item = MathPlc.Assessments.ItemAnalysis.Analyze(responses).Items[0];
        Assert.Equal("no-variance", item.PointBiserialCorrected.Reasons[0].Code);
        Assert.Contains(item.Flags, f => f.Code == "no-variance");
    }

    [Fact]
    public void Kr20_is_not_applicable_to_partial_credit_items()
    {
        var responses = ItemResponses.FromColumns([2, 1, 0, 1, 1, 0], [2, 1]);
        Assert.Equal("not-dichotomous", Reliability.Kr20(responses).Reasons[0].Code);
    }

    [Fact] // reference/statistics.md §6: Σpq with the ÷(N − 1) variance is a common bug; KR-20 uses ÷N and so equals alpha.
    public void Kr20_with_the_sample_variance_would_not_equal_alpha()
    {
        var responses = SmallTest.Responses();
        double kr20 = Reliability.Kr20(responses).Value!.Value;
        double wrong = 4 / 3.0 * (1 - (0.21 + 0.24 + 0.24 + 0.25) / (1.2888888888888888 * 10 / 9)); // σ² of totals ÷N = 1.16, ÷(N−1) = 1.2889
        Assert.Equal(Reliability.CronbachAlpha(responses, MissingDataPolicy.Listwise).Value!.Value, kr20, 12);
        Assert.NotEqual(Math.Round(wrong, 6), Math.Round(kr20, 6));
    }

    [Fact]
    public void An_item_score_above_its_maximum_is_refused() =>
        Assert.Throws<ArgumentException>("scores", () => ItemResponses.FromColumns([1, 3], [1, 2.5]));

    [Fact]
    public void A_negative_score_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>("scores", () => ItemResponses.FromColumns([1, -1], [1, 1]));

    [Fact]
    public void A_score_for_an_item_without_a_maximum_is_refused() =>
        Assert.Throws<ArgumentException>("scores", () => ItemResponses.FromScores(
            [new ItemScore(new StudentId("a"), new ItemId("q9"), 1)], [new(new ItemId("q1"), 1.0)]));

    [Fact]
    public void Two_scores_for_one_item_are_refused() =>
        Assert.Throws<ArgumentException>("scores", () => ItemResponses.FromScores(
            [new ItemScore(new StudentId("a"), new ItemId("q1"), 1), new ItemScore(new StudentId("a"), new ItemId("q1"), 0)], [new(new ItemId("q1"), 1.0)]));

    [Fact]
    public void Fewer_than_two_items_makes_alpha_not_applicable() =>
        Assert.Equal(StatisticStatus.NotApplicable, Reliability.CronbachAlpha(ItemResponses.FromColumns([1, 0, 1], [1]), MissingDataPolicy.Pairwise).Status);

    [Fact]
    public void A_group_fraction_outside_its_range_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>("groupFraction", () => new ItemAnalysisOptions(groupFraction: 0.6));

    [Fact]
    public void A_reliability_outside_zero_to_one_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>("reliability", () => Reliability.StandardErrorOfMeasurement(10, 1.1));
}
