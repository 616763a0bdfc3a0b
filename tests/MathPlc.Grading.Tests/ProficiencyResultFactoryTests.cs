using MathPlc.Core;

namespace MathPlc.Grading.Tests;

/// <summary>
/// A proficiency result is made by one of three named factories (decision 0143), so a result cannot be built with a status
/// its score contradicts; the checked constructor behind them is what Grading's JSON reader uses for a file's values.
/// </summary>
public sealed class ProficiencyResultFactoryTests
{
    private static readonly StudentId Ana = new("S-ana");
    private static readonly TargetId Ratios = new("6.RP.A.1");
    private static readonly Reason TooLittle = new("too-few-scores", "Two scores are needed; there is one.");

    [Fact]
    public void Scored_has_its_score_unrounded_score_and_level()
    {
        var level = ProficiencyScale.Marzano.LevelOf(3);
        var result = ProficiencyResult.Scored(Ana, Ratios, "mean", 3, 3.04, level, [], [], [], "The mean of the scores.");
        Assert.Equal((ProficiencyStatus.Scored, 3.0, 3.04, level), (result.Status, result.Score, result.UnroundedScore, result.Level));
        Assert.Equal(new TargetScore(Ana, Ratios, 3), result.ToTargetScore());
    }

    [Fact]
    public void Insufficient_and_teacher_judgement_have_no_score_and_say_why()
    {
        var insufficient = ProficiencyResult.Insufficient(Ana, Ratios, "mean", [], [], [TooLittle], TooLittle.Message);
        Assert.Equal((ProficiencyStatus.InsufficientEvidence, (double?)null, (ProficiencyLevel?)null), (insufficient.Status, insufficient.Score, insufficient.Level));
        Assert.Equal([TooLittle], insufficient.Reasons);
        var tie = new Reason("mode-tie", "Two scores are equally common; the teacher decides.");
        var judgement = ProficiencyResult.ForTeacherJudgement(Ana, Ratios, "mode", [], [], [tie], tie.Message);
        Assert.Equal(ProficiencyStatus.TeacherJudgement, judgement.Status);
        Assert.Null(judgement.ToTargetScore().Score);
    }

    [Fact]
    public void The_factories_are_what_scoring_makes()
    {
        var one = new Evidence(Ana, Ratios, new NodaTime.LocalDate(2026, 9, 14), 3, source: "Unit 1 CFA");
        var options = new ProficiencyOptions(new DecayingAverage(), ProficiencyScale.Marzano, Policy: new GradingPolicy { MinimumEvidence = 2 });
        var result = Proficiency.Score(Ana, Ratios, [one], options);
        Assert.Equal(ProficiencyStatus.InsufficientEvidence, result.Status);
        Assert.Equal(ProficiencyResult.Insufficient(Ana, Ratios, result.Method, result.Used, result.Excluded, result.Reasons, result.Description), result);
    }

    [Fact]
    public void Guards_name_their_parameter()
    {
        var level = ProficiencyScale.Marzano.LevelOf(3);
        Assert.Throws<ArgumentNullException>("level", () => ProficiencyResult.Scored(Ana, Ratios, "mean", 3, 3, null!, [], [], [], "x"));
        Assert.ThrowsAny<ArgumentException>(() => ProficiencyResult.Scored(Ana, Ratios, "mean", double.NaN, 3, level, [], [], [], "x"));
        Assert.ThrowsAny<ArgumentException>(() => ProficiencyResult.Scored(Ana, Ratios, "mean", 3, double.PositiveInfinity, level, [], [], [], "x"));
        Assert.Throws<ArgumentException>("method", () => ProficiencyResult.Scored(Ana, Ratios, " ", 3, 3, level, [], [], [], "x"));
        Assert.Throws<ArgumentException>("description", () => ProficiencyResult.Insufficient(Ana, Ratios, "mean", [], [], [TooLittle], ""));
        Assert.Throws<ArgumentNullException>("used", () => ProficiencyResult.Insufficient(Ana, Ratios, "mean", null!, [], [TooLittle], "x"));
        Assert.Throws<ArgumentException>("reasons", () => ProficiencyResult.Insufficient(Ana, Ratios, "mean", [], [], [], "x"));
        Assert.Throws<ArgumentException>("reasons", () => ProficiencyResult.ForTeacherJudgement(Ana, Ratios, "mode", [], [], [], "x"));
        // Behind the factories, the constructor the JSON reader uses refuses a status its score contradicts.
        Assert.Throws<ArgumentException>("status", () => new ProficiencyResult(Ana, Ratios, "mean", ProficiencyStatus.InsufficientEvidence, 3, 3, level, [], [], [TooLittle], "x"));
        Assert.Throws<ArgumentException>("status", () => new ProficiencyResult(Ana, Ratios, "mean", ProficiencyStatus.Scored, null, null, null, [], [], [], "x"));
    }
}
