using FsCheck;
using FsCheck.Fluent;
using MathPlc.Core;
using MathPlc.Tests;
using NodaTime;

namespace MathPlc.Grading.Tests;

/// <summary>
/// Evidence weights (the weighted mean of Moodle's "Weighted mean of grades", reference/grading.md §7), keep-the-highest
/// reassessment across any number of attempts (reference/grading.md §9.4: retakes never lower a score), the
/// teacher-judgement status of a mode tie (Rediker, §6), and the Canvas presets' settings (§3.1).
/// </summary>
public class WeightsAndReassessmentTests
{
    private static readonly StudentId Ana = new("S-ana");
    private static readonly TargetId Ratios = new("6.RP.A.3");
    private static readonly LocalDate Start = new(2026, 9, 1);

    private static Evidence On(int day, double score, double? weight = null, string? source = null) =>
        new(Ana, Ratios, Start.PlusDays(day), score, weight: weight, source: source);

    private static ProficiencyResult Score(CalculationMethod method, params Evidence[] evidence) =>
        Proficiency.Score(Ana, Ratios, evidence, new ProficiencyOptions(method, ProficiencyScale.Marzano));

    private static ProficiencyResult Score(ReassessmentRule rule, params Evidence[] evidence) =>
        Proficiency.Score(Ana, Ratios, evidence, new ProficiencyOptions(new Mean(), ProficiencyScale.Marzano, Policy: new GradingPolicy { Reassessment = rule }));

    [Fact]
    public void The_mean_weighs_each_score_by_its_evidence_weight()
    {
        // Issue 13: 1 weighted 1 and 4 weighted 9 gave 2.5 with the weights ignored; weighted: (1·1 + 4·9) / 10 = 3.7.
        var result = Score(new Mean(), On(0, 1, weight: 1), On(1, 4, weight: 9));
        Assert.Equal(3.7, result.Score!.Value, 12);
        Assert.Equal([0.1, 0.9], result.Used.Select(u => u.Weight));
        Assert.Contains("evidence weight", result.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unweighted_row_beside_weighted_rows_weighs_1_and_zero_weights_give_no_mean()
    {
        Assert.Equal((2 * 1 + 4 * 3) / 4.0, Score(new Mean(), On(0, 2), On(1, 4, weight: 3)).Score!.Value, 12);
        var zero = Score(new Mean(), On(0, 2, weight: 0), On(1, 4, weight: 0));
        Assert.Equal(ProficiencyStatus.InsufficientEvidence, zero.Status);
        Assert.Equal("zero-total-weight", zero.Reasons[^1].Code);
    }

    [Fact]
    public void The_recent_mean_weighs_the_scores_in_its_window()
    {
        // Window of 2: (3·1 + 4·3) / 4 = 3.75; the oldest score (weight 5) is outside the window.
        var result = Score(new RecentMean(2), On(0, 0, weight: 5), On(1, 3, weight: 1), On(2, 4, weight: 3));
        Assert.Equal(3.75, result.Score!.Value, 12);
        Assert.Equal([0, 0.25, 0.75], result.Used.Select(u => u.Weight));
    }

    [Fact]
    public void A_method_that_cannot_weigh_refuses_weighted_evidence()
    {
        foreach (var method in new CalculationMethod[] { new Median(), new DecayingAverage(), new Highest(), new NMastery(1, 3) })
        {
            Assert.False(method.CanWeigh);
            var e = Assert.Throws<ArgumentException>(() => Score(method, On(0, 1, weight: 1), On(1, 4, weight: 9)));
            Assert.Contains("cannot weigh", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_weighted_mean_with_equal_weights_is_the_mean()
    {
        Prop.ForAll(Gen.Choose(0, 8).Select(h => h / 2.0).ArrayOf().Where(a => a.Length > 0).ToArbitrary(), Gen.Choose(1, 9).ToArbitrary(), (scores, w) =>
        {
            var weighted = Score(new Mean(), [.. scores.Select((s, i) => On(i, s, weight: w))]).Score!.Value;
            var plain = Score(new Mean(), [.. scores.Select((s, i) => On(i, s))]).Score!.Value;
            return Math.Abs(weighted - plain) < 1e-12;
        }).Check();
    }

    [Fact]
    public void Keep_highest_counts_only_the_highest_of_any_number_of_attempts()
    {
        // Unit 3 CFA taken three times: 2, 3.5, 3 → only 3.5 counts; the quiz (no source) stays. Mean of 1 and 3.5 = 2.25.
        var result = Score(ReassessmentRule.KeepHighest,
            On(0, 2, source: "Unit 3 CFA"), On(1, 1), On(2, 3.5, source: "Unit 3 CFA"), On(3, 3, source: "Unit 3 CFA"));
        Assert.Equal(2.25, result.Score);
        Assert.Equal([1, 3.5], result.Used.Select(u => u.Evidence.Score));
        Assert.Equal(["reassessment-lower", "reassessment-lower"], result.Excluded.Select(x => x.Reason.Code));
        Assert.All(result.Excluded, x => Assert.Equal("3.5", x.Reason.Data["counted-score"]));
    }

    [Fact]
    public void Keep_highest_breaks_a_tie_to_the_newest_attempt_and_never_lowers_the_score()
    {
        var tie = Score(ReassessmentRule.KeepHighest, On(0, 3, source: "A"), On(5, 3, source: "A"));
        Assert.Equal(Start.PlusDays(5), tie.Used.Single().Evidence.AssessedOn);
        Prop.ForAll(Gen.Choose(0, 8).Select(h => h / 2.0).ArrayOf().Where(a => a.Length > 0).ToArbitrary(), scores =>
            Score(ReassessmentRule.KeepHighest, [.. scores.Select((s, i) => On(i, s, source: "CFA"))]).Score == scores.Max()).Check();
    }

    [Fact]
    public void Reassessment_rules_are_created_by_name_and_unknown_names_are_refused()
    {
        Assert.Same(ReassessmentRule.KeepHighest, ReassessmentRule.Create("keep-highest"));
        Assert.Equal(0.8, ReassessmentRule.Create("higher-of-first-and-blend", 0.8).Alpha);
        Assert.Contains("keep-highest", Assert.Throws<ArgumentException>(() => ReassessmentRule.Create("keep-best")).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ReassessmentRule.Create("higher-of-first-and-blend"));
        Assert.Throws<ArgumentException>(() => ReassessmentRule.Create("keep-all", 0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReassessmentRule.Create("higher-of-first-and-blend", 1.5));
    }

    [Fact]
    public void A_mode_tie_without_a_tie_rule_is_for_the_teacher_not_insufficient_evidence()
    {
        // reference/grading.md §6 illustration: 4, 4, 1, 1 → no score under the "none" rule (Rediker: the teacher's judgement).
        var result = Score(new Mode(ModeTieRule.None), On(0, 4), On(1, 4), On(2, 1), On(3, 1));
        Assert.Equal(ProficiencyStatus.TeacherJudgement, result.Status);
        Assert.Null(result.Score);
        Assert.Equal("tied-mode", result.Reasons[^1].Code);
        Assert.Equal(ProficiencyStatus.InsufficientEvidence, Score(new Mode(ModeTieRule.None)).Status);
    }

    [Fact]
    public void Canvas_presets_take_Canvas_settings_in_Canvas_ranges()
    {
        var decaying = GradingPresets.Find("canvas-decaying-average", new MethodSettings { Decay = 0.8 });
        Assert.Equal(80, ((DecayingAverage)decaying.Method).NewerPercent);
        Assert.Equal(LinearScale.CanvasDefault, decaying.DefaultScale);
        Assert.Equal(3, ((NMastery)GradingPresets.Find("canvas-n-mastery", new MethodSettings { Count = 3 }).Method).Count);
        Assert.Equal(1, ((WeightedLatest)GradingPresets.Find("canvas-weighted-average", new MethodSettings { Decay = 0.01 }).Method).LatestPercent);
        Assert.Contains("50 % to 99 %", Assert.Throws<ArgumentOutOfRangeException>(() => GradingPresets.Find("canvas-decaying-average", new MethodSettings { Decay = 0.49 })).Message, StringComparison.Ordinal);
        Assert.Contains("whole percents", Assert.Throws<ArgumentOutOfRangeException>(() => GradingPresets.Find("canvas-decaying-average", new MethodSettings { Decay = 0.655 })).Message, StringComparison.Ordinal);
        Assert.Contains("1 to 10", Assert.Throws<ArgumentOutOfRangeException>(() => GradingPresets.Find("canvas-n-mastery", new MethodSettings { Count = 11 })).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => GradingPresets.Find("canvas-highest", new MethodSettings { Decay = 0.7 }));
        Assert.Throws<ArgumentException>(() => GradingPresets.Find("canvas-decaying-average", new MethodSettings { Count = 3 }));
        Assert.Equal(GradingPresets.Find("canvas-decaying-average"), GradingPresets.Find("canvas-decaying-average", new MethodSettings()));
    }

    [Fact]
    public void A_linear_scale_has_Canvas_rating_names_read_by_floor()
    {
        var scale = LinearScale.Create(0, 6, 3, 0.5);
        Assert.Equal(["Does Not Meet Expectations", "Meets Expectations", "Exceeds Expectations"], scale.Levels.Select(l => l.Label));
        Assert.Equal("Meets Expectations", scale.LevelOf(5.99).Label);
        Assert.Equal("Does Not Meet Expectations", scale.LevelOf(2.99).Label);
        Assert.Equal(3, scale.ProficientCut);
        Assert.Equal(2, LinearScale.Create(0, 5, 5).Levels.Length);
        Assert.Throws<ArgumentOutOfRangeException>(() => LinearScale.Create(0, 5, 6));
        Assert.Throws<ArgumentOutOfRangeException>(() => LinearScale.Create(5, 5, 5));
    }
}
