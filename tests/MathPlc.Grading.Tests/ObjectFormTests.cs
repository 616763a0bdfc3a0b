using MathPlc.Core;
using MathPlc.Grading;
using NodaTime;

namespace MathPlc.Grading.Tests;

/// <summary>The new methods and presets through <see cref="Proficiency.Score"/>: weights, descriptions, statuses.</summary>
public class ObjectFormTests
{
    private static readonly StudentId Student = new("s-1");
    private static readonly TargetId Target = new("7.EE.1");

    // Given newest first on purpose: the object form puts evidence in school order (date) before the method runs.
    private static Evidence[] Series(params double[] oldestFirst) =>
        [.. oldestFirst.Select((s, i) => new Evidence(Student, Target, new LocalDate(2026, 9, 1).PlusDays(7 * i), s)).Reverse()];

    [Fact] // PowerSchool Learning: 2 then 3 at 65 % → 2.65, the older score weighing 35 %.
    public void Decaying_average_reports_weights_and_description()
    {
        var result = Proficiency.Score(Student, Target, Series(2, 3), new ProficiencyOptions(new DecayingAverage(), ProficiencyScale.Marzano));
        Assert.Equal(ProficiencyStatus.Scored, result.Status);
        Assert.Equal(2.65, result.Score!.Value, 12);
        Assert.Equal([2.0, 3.0], result.Used.Select(u => u.Evidence.Score));
        Assert.Equal(0.35, result.Used[0].Weight, 12);
        Assert.Equal(0.65, result.Used[1].Weight, 12);
        Assert.Equal("A decaying average of 2 scores: each newer score counts 65 %, everything before it 35 %.", result.Description);
        Assert.Equal("Simpler content", result.Level!.Label);
    }

    [Fact] // Canvas spec order: 1, 2, 3 through the canvas-decaying-average preset → 2.5275 → 2.53 (Ruby).
    public void Canvas_preset_reports_the_rounded_and_unrounded_score_under_its_own_name()
    {
        var options = GradingPresets.Find("canvas-decaying-average").ToOptions(ProficiencyScale.Marzano);
        var result = Proficiency.Score(Student, Target, Series(1, 2, 3), options);
        Assert.Equal(2.53, result.Score);
        Assert.Equal(1 * (0.01 * 35) * (0.01 * 35) + 2 * (0.01 * 65) * (0.01 * 35) + 3 * (0.01 * 65), result.UnroundedScore!.Value, 12);
        Assert.Equal("canvas-decaying-average", result.Method);
        Assert.EndsWith("Rounded to 2 decimals (Ruby).", result.Description, StringComparison.Ordinal);
    }

    [Fact] // reference/grading.md §3.3: n = 2, mastery 3, 2, 3, 4 → 3.5; the 2 weighs nothing.
    public void N_mastery_weights_only_the_scores_at_mastery()
    {
        var result = Proficiency.Score(Student, Target, Series(2, 3, 4), new ProficiencyOptions(new NMastery(2, 3), ProficiencyScale.Marzano));
        Assert.Equal(3.5, result.Score);
        Assert.Equal([0, 0.5, 0.5], result.Used.Select(u => u.Weight));
    }

    [Fact] // reference/grading.md §6: 4, 4, 1, 1 with no tie rule → no score, with the reason, never zero.
    public void A_tied_mode_without_a_rule_is_for_the_teacher_with_its_reason()
    {
        // Issue 13: a tie with no tie rule is the teacher's call (teacher_judgement), not too little evidence.
        var result = Proficiency.Score(Student, Target, Series(4, 4, 1, 1), new ProficiencyOptions(new Mode(ModeTieRule.None), ProficiencyScale.Marzano));
        Assert.Equal(ProficiencyStatus.TeacherJudgement, result.Status);
        Assert.Null(result.Score);
        Assert.Equal("tied-mode", Assert.Single(result.Reasons).Code);
    }

    [Fact] // Canvas n_mastery returns nil with fewer than n results: insufficient, not zero.
    public void Canvas_n_mastery_with_too_few_results_is_insufficient()
    {
        var result = Proficiency.Score(Student, Target, Series(4, 4, 4), GradingPresets.Find("canvas-n-mastery").ToOptions(ProficiencyScale.Marzano));
        Assert.Equal(ProficiencyStatus.InsufficientEvidence, result.Status);
        Assert.Equal("too-few-scores", Assert.Single(result.Reasons).Code);
    }

    [Fact] // The standing a team responds to (tiers, groups): the score only when scored; a tie or too little evidence is no score, never 0.
    public void A_result_gives_the_standing_a_team_responds_to()
    {
        var marzano = new ProficiencyOptions(new DecayingAverage(), ProficiencyScale.Marzano);
        var scored = Proficiency.Score(Student, Target, Series(2, 3), marzano).ToTargetScore();
        Assert.Equal((Student, Target), (scored.StudentId, scored.TargetId));
        Assert.Equal(2.65, scored.Score!.Value, 12);
        var tie = Proficiency.Score(Student, Target, Series(4, 4, 1, 1), new ProficiencyOptions(new Mode(ModeTieRule.None), ProficiencyScale.Marzano));
        Assert.Equal(new TargetScore(Student, Target, null), tie.ToTargetScore());
        var few = Proficiency.Score(Student, Target, Series(4), GradingPresets.Find("canvas-n-mastery").ToOptions(ProficiencyScale.Marzano));
        Assert.Null(few.ToTargetScore().Score);
    }
}
