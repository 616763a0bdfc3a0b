using MathPlc.Grading;

namespace MathPlc.Grading.Tests;

/// <summary>The weight each score had and the one-sentence description, method by method.</summary>
public class MethodExplanationTests
{
    [Fact] // Closed form (reference/grading.md §2): oldest (1 − w)ⁿ⁻¹, score k ≥ 2 w·(1 − w)ⁿ⁻ᵏ. w = 0.5, three scores → ¼, ¼, ½.
    public void Decaying_average_weights_follow_the_closed_form() =>
        Assert.Equal([0.25, 0.25, 0.5], Scores.WeightsOf(new DecayingAverage(0.5), 1, 2, 3));

    [Fact] // w = 0.6, 1, 3, 5: latest 0.6, the two earlier scores 0.2 each.
    public void Weighted_latest_weights_share_the_rest_among_earlier_scores()
    {
        var weights = Scores.WeightsOf(new WeightedLatest(0.6), 1, 3, 5);
        Assert.Equal(0.2, weights[0], 12);
        Assert.Equal(0.2, weights[1], 12);
        Assert.Equal(0.6, weights[2], 12);
    }

    [Fact]
    public void Median_weights_the_middle_one_or_two()
    {
        Assert.Equal([0, 0, 1.0], Scores.WeightsOf(new Median(), 1, 3, 2));
        Assert.Equal([0, 0, 0.5, 0.5], Scores.WeightsOf(new Median(), 1, 4, 2, 3));
    }

    [Fact]
    public void Picking_methods_weight_the_picked_score()
    {
        Assert.Equal([0, 0, 0, 1.0], Scores.WeightsOf(new Highest(), 2, 4, 3, 4)); // the more recent of the equal highest
        Assert.Equal([0, 0, 1.0], Scores.WeightsOf(new Latest(), 2, 4, 3));
        Assert.Equal([0.5, 0.5, 0, 0], Scores.WeightsOf(new Mode(ModeTieRule.Highest), 4, 4, 1, 1));
        Assert.Equal([0, 0, 0.5, 0.5], Scores.WeightsOf(new Mode(ModeTieRule.MostRecent), 4, 4, 1, 1));
    }

    [Fact]
    public void Window_and_filter_methods_weight_what_they_used()
    {
        Assert.Equal([0, 0.5, 0.5], Scores.WeightsOf(new NMastery(2, 3), 2, 3, 4));
        Assert.Equal([0, 0.5, 0.5], Scores.WeightsOf(new RecentMean(2), 1, 2, 3));
        Assert.Equal([0, 0.5, 0, 0.5], Scores.WeightsOf(new TopMean(2), 1, 4, 2, 3));
        Assert.Equal([0, 0, 0, 0.5, 0.5], Scores.WeightsOf(new RecentMedian(2), 9, 1, 2, 3, 4));
    }

    public static TheoryData<CalculationMethod, int, string> Descriptions => new()
    {
        { new DecayingAverage(), 4, "A decaying average of 4 scores: each newer score counts 65 %, everything before it 35 %." },
        { new DecayingAverage(0.75), 1, "The only score (a decaying average of one score is that score)." },
        { new WeightedLatest(), 3, "A weighted average of 3 scores: the most recent counts 65 %, the mean of the 2 scores before it 35 %." },
        { new WeightedLatest(0.6), 2, "A weighted average of 2 scores: the most recent counts 60 %, the mean of the 1 score before it 40 %." },
        { new Median(), 5, "The middle score of 5 scores put in order." },
        { new Median(), 4, "The mean of the two middle scores of 4 scores put in order." },
        { new Mode(ModeTieRule.Highest), 4, "The most frequent of 4 scores; a tie goes to the highest of the tied scores." },
        { new Mode(ModeTieRule.MostRecent), 4, "The most frequent of 4 scores; a tie goes to the tied score given most recently." },
        { new Mode(ModeTieRule.None), 4, "The most frequent of 4 scores; a tie gives no score and is left to the teacher." },
        { new Highest(), 1, "The highest of 1 score." },
        { new Latest(), 6, "The most recent of 6 scores." },
        { new NMastery(5, 3), 6, "The mean of the scores at or above 3 among 6 scores; n-mastery gives a score once at least 5 are at or above 3." },
        { new RecentMean(3), 5, "The mean of the 3 most recent of 5 scores." },
        { new RecentMean(3), 2, "The mean of all 2 scores (the method looks at up to the 3 most recent)." },
        { new RecentMedian(3), 7, "The median of the 3 most recent of 7 scores." },
        { new TopMean(3), 5, "The mean of the 3 highest of 5 scores." },
        { new TopMean(3), 3, "The mean of all 3 scores (the method looks at up to the 3 highest)." },
    };

    [Theory]
    [MemberData(nameof(Descriptions))]
    public void Each_method_describes_itself_in_one_sentence(CalculationMethod method, int count, string expected) =>
        Assert.Equal(expected, method.Describe(count));

    [Fact]
    public void Descriptions_use_the_invariant_culture() =>
        InCulture.Run("de-DE", () =>
        {
            Assert.Equal("A decaying average of 2 scores: each newer score counts 62.5 %, everything before it 37.5 %.",
                new DecayingAverage(0.625).Describe(2));
            Assert.Contains("at or above 2.5", new NMastery(2, 2.5).Describe(3), StringComparison.Ordinal);
        });
}
