using MathPlc.Grading;

namespace MathPlc.Grading.Tests;

/// <summary>Published worked examples, one or more per method, each with its source.</summary>
public class MethodExampleTests
{
    [Theory] // reference/grading.md §2: median = middle value; even n → mean of the two middle values (Moodle, Rediker, Common Goal).
    [InlineData(new double[] { 3, 1, 2 }, 2.0)]
    [InlineData(new double[] { 1, 4, 2, 3 }, 2.5)]
    [InlineData(new double[] { 4 }, 4.0)]
    public void Median_takes_the_middle_or_the_mean_of_the_middle_two(double[] scores, double expected) =>
        Assert.Equal(expected, Scores.Of(new Median(), scores));

    [Theory] // reference/grading.md §6 illustration: 4, 4, 1, 1 (oldest → newest) → Highest 4; MostRecent 1; None → no score.
    [InlineData(ModeTieRule.Highest, 4.0)]
    [InlineData(ModeTieRule.MostRecent, 1.0)]
    public void Mode_breaks_the_published_tie_by_its_rule(ModeTieRule rule, double expected) =>
        Assert.Equal(expected, Scores.Of(new Mode(rule), 4, 4, 1, 1));

    [Fact] // reference/grading.md §6: Rediker leaves a tied mode blank, "requires the teacher's judgement".
    public void Mode_with_no_tie_rule_gives_no_score_on_a_tie() =>
        Assert.Equal(Shortfall.TiedMode, Scores.ShortfallOf(new Mode(ModeTieRule.None), 4, 4, 1, 1));

    [Theory] // Without a tie every rule gives the most frequent score: 2, 3, 3, 1 → 3.
    [InlineData(ModeTieRule.Highest)]
    [InlineData(ModeTieRule.MostRecent)]
    [InlineData(ModeTieRule.None)]
    public void Mode_without_a_tie_is_the_most_frequent_score(ModeTieRule rule) =>
        Assert.Equal(3, Scores.Of(new Mode(rule), 2, 3, 3, 1));

    [Fact] // Educate/cbk12: the tied value most recently scored. 1 and 4 both twice; the newest of them is the 4 (the 2 is not tied).
    public void Mode_most_recent_looks_at_the_newest_tied_score_not_the_newest_score() =>
        Assert.Equal(4, Scores.Of(new Mode(ModeTieRule.MostRecent), 1, 4, 1, 4, 2));

    [Fact] // Canvas spec (student_outcome_rollup_calculation_service_spec.rb): highest of [2, 4, 3] = 4.
    public void Highest_picks_the_highest() => Assert.Equal(4, Scores.Of(new Highest(), 2, 4, 3));

    [Fact] // Canvas spec: latest of [1, 2, 4, 5, 3] (oldest first) = 3.
    public void Latest_picks_the_newest() => Assert.Equal(3, Scores.Of(new Latest(), 1, 2, 4, 5, 3));

    [Fact] // PowerSchool Learning's own example (reference/grading.md §2): w = 0.65, 2 then 3 → 0.35·2 + 0.65·3 = 2.65.
    public void Decaying_average_follows_powerschool_learning() =>
        Assert.Equal(2.65, Scores.Of(new DecayingAverage(0.65), 2, 3), 12);

    [Fact] // Canvas spec pairs: [1,2] → 1.65, [1.65,3] → 2.5275, [2.5275,4] → 3.484625, [.., 5] → 4.46961875.
    public void Decaying_average_follows_canvas_pair_by_pair() =>
        Assert.Equal(4.46961875, Scores.Of(DecayingAverage.FromPercent(65), 1, 2, 3, 4, 5), 12);

    [Fact] // Canvas standard_decaying_average: avg*(0.01*35) + b*(0.01*65). For 1.5 then 0 that is 1.5*0.35000000000000003 = 0.525 → Ruby 0.53;
           // the fraction form's 1 - 0.65 = 0.35 gives 0.5249999999999999 → 0.52. The percent form exists for this cent.
    public void Percent_form_reproduces_canvas_where_the_fraction_form_is_a_cent_off()
    {
        Assert.Equal(1.5 * (0.01 * 35) + 0 * (0.01 * 65), Scores.Of(DecayingAverage.FromPercent(65), 1.5, 0));
        Assert.Equal(0.53, ScoreRounding.Canvas.Apply(Scores.Of(DecayingAverage.FromPercent(65), 1.5, 0)));
        Assert.Equal(0.52, ScoreRounding.Canvas.Apply(Scores.Of(new DecayingAverage(0.65), 1.5, 0)));
    }

    [Fact] // reference/grading.md §2: n = 1 → s₁ for both decaying averages (Canvas: "if n == 1: return round2(s[0])").
    public void Decaying_and_weighted_averages_of_one_score_are_that_score()
    {
        Assert.Equal(2.5, Scores.Of(new DecayingAverage(0.65), 2.5));
        Assert.Equal(2.5, Scores.Of(new WeightedLatest(0.65), 2.5));
    }

    [Fact] // reference/grading.md §2 weighted-average illustration: w = 0.65, 1, 3, 5 → 0.65·5 + 0.35·2 = 3.95.
    public void Weighted_latest_follows_the_published_illustration() =>
        Assert.Equal(3.95, Scores.Of(new WeightedLatest(0.65), 1, 3, 5), 12);

    [Fact] // Canvas rollup_score.rb decaying_average (legacy): latest*(0.01*65) + mean(older)*(0.01*35); spec comment 1..5 → 4.125.
    public void Weighted_latest_percent_form_is_canvas_expression() =>
        Assert.Equal(5 * (0.01 * 65) + (1.0 + 2 + 3 + 4) / 4 * (0.01 * 35), Scores.Of(WeightedLatest.FromPercent(65), 1, 2, 3, 4, 5));

    [Fact] // reference/grading.md §3.3: n = 2, mastery 3, scores 2, 3, 4 → kept {3, 4} → 3.5.
    public void N_mastery_follows_the_published_illustration() => Assert.Equal(3.5, Scores.Of(new NMastery(2, 3), 2, 3, 4));

    [Fact] // Canvas spec "calculates n_mastery when sufficient mastery attempts exist": n 3, mastery 3, [1..5] → mean(3, 4, 5) = 4.
    public void N_mastery_matches_canvas_spec() => Assert.Equal(4, Scores.Of(new NMastery(3, 3), 1, 2, 3, 4, 5));

    [Fact] // Canvas spec "returns no rollup when insufficient mastery attempts exist": n 4, [1..5] has three at mastery.
    public void N_mastery_needs_n_scores_at_mastery() =>
        Assert.Equal(Shortfall.TooFewAtMastery, Scores.ShortfallOf(new NMastery(4, 3), 1, 2, 3, 4, 5));

    [Fact] // Canvas n_mastery: "return nil if @outcome_results.length < @calculation_int" comes before the mastery filter.
    public void N_mastery_needs_n_scores_at_all()
    {
        Assert.Equal(Shortfall.TooFewScores, Scores.ShortfallOf(new NMastery(3, 3), 4, 4));
        Assert.Equal(Shortfall.NoEvidence, Scores.ShortfallOf(new NMastery(3, 3)));
    }

    [Fact] // Canvas keeps scores ">= mastery points" although its help text says "above": a score exactly at 3 counts.
    public void N_mastery_counts_a_score_exactly_at_mastery() => Assert.Equal(3, Scores.Of(new NMastery(2, 3), 3, 3, 1));

    [Fact] // Common Goal "Average of Recent Scores" (reference/grading.md §7): the last N; 1, 2, 3, 4 with N = 3 → (2 + 3 + 4)/3 = 3.
    public void Recent_mean_averages_the_last_n() => Assert.Equal(3, Scores.Of(new RecentMean(3), 1, 2, 3, 4));

    [Fact] // Common Goal: fewer than N → use those available: 2, 4 with N = 5 → 3.
    public void Recent_mean_with_fewer_than_n_uses_them_all() => Assert.Equal(3, Scores.Of(new RecentMean(5), 2, 4));

    [Theory] // Common Goal median of the N most recent, even count → mean of the middle two; fewer than N → all.
    [InlineData(3, new double[] { 4, 1, 2, 3 }, 2.0)]
    [InlineData(4, new double[] { 1, 2, 3, 4, 4 }, 3.5)]
    [InlineData(5, new double[] { 1, 3 }, 2.0)]
    public void Recent_median_takes_the_median_of_the_last_n(int n, double[] scores, double expected) =>
        Assert.Equal(expected, Scores.Of(new RecentMedian(n), scores));

    [Fact] // Educate/cbk12 "Average of 3 Highest": 1, 4, 2, 3, 3 → (4 + 3 + 3)/3 = 10/3.
    public void Top_mean_averages_the_k_highest() => Assert.Equal(10.0 / 3, Scores.Of(new TopMean(3), 1, 4, 2, 3, 3), 12);

    [Fact] // reference/grading.md §2: fewer than K → use what exists [I]: 2, 4 with K = 3 → 3.
    public void Top_mean_with_fewer_than_k_uses_them_all() => Assert.Equal(3, Scores.Of(new TopMean(3), 2, 4));

    [Fact] // No evidence is never zero (O'Connor fix 12; reference/grading.md §9.1).
    public void No_scores_is_no_evidence_for_every_method()
    {
        foreach (var method in Methods.All) Assert.Equal(Shortfall.NoEvidence, Scores.ShortfallOf(method));
    }
}
