using FsCheck;
using FsCheck.Fluent;
using MathPlc.Core;
using MathPlc.Tests;
using NodaTime;

namespace MathPlc.Grading.Tests;

public class ReportCardTests
{
    private static readonly StudentId Ana = new("S-ana");
    private static readonly GradingPeriod Quarter1 = new("Quarter 1", new LocalDate(2026, 8, 24), new LocalDate(2026, 10, 30));

    private static ProficiencyResult Scored(string target, double score) =>
        ProficiencyResult.Scored(Ana, new TargetId(target), "mean", score, score, ProficiencyScale.Marzano.LevelOf(score), [], [], [], "The mean.");

    private static ProficiencyResult Unscored(string target) =>
        ProficiencyResult.Insufficient(Ana, new TargetId(target), "mean", [], [],
            [new Reason("no-evidence", "There is no evidence that counts on this target yet.")], "No evidence.");

    private static ReportCardMark Mark(ReportCardRule rule, MissingTargets missing, params ProficiencyResult[] targets) =>
        ReportCards.Mark(Ana, "MATH-6", Quarter1, targets, rule, missing);

    private static ReportCardMark Mark(ReportCardRule rule, params ProficiencyResult[] targets) => Mark(rule, MissingTargets.Incomplete, targets);

    [Fact] // Marzano 2010 p. 105: a mean of 3.00 across targets is an A.
    public void The_mean_of_targets_with_marzanos_table_gives_score_and_letter()
    {
        var mark = Mark(new MeanOfTargets(LetterGradeTable.Marzano2010), Scored("6.RP.1", 3), Scored("6.RP.2", 2.5), Scored("6.RP.3", 3.5));
        Assert.Equal((MarkStatus.Marked, 3.0, "A"), (mark.Status, mark.Score!.Value, mark.Letter));
        Assert.Equal(["target-scored", "target-scored", "target-scored", "mean-of-targets", "letter-from-table"], mark.Reasons.Select(r => r.Code));
        Assert.Equal(("6.RP.2", "2.5"), (mark.Reasons[1].Data["target"], mark.Reasons[1].Data["score"]));
    }

    [Fact] // Issue 13: the reason says the mean was rounded, from what, how, to what — 2.995 is an A only because it is rounded.
    public void The_reason_says_when_the_mean_was_rounded()
    {
        var rounded = Mark(new MeanOfTargets(LetterGradeTable.Marzano2010, new ScoreRounding(2)), Scored("a", 3), Scored("b", 2.99));
        Assert.Equal("The mean of 2 target scores is 2.995, rounded to 2 decimals (half away from zero): 3.", rounded.Reasons[2].Message);
        var exact = Mark(new MeanOfTargets(LetterGradeTable.Marzano2010, new ScoreRounding(2)), Scored("a", 3), Scored("b", 2.5));
        Assert.Equal("The mean of 2 target scores is 2.75.", exact.Reasons[2].Message);
    }

    [Theory]
    [InlineData(2, RoundingMode.AwayFromZero, "2 decimals (half away from zero)")]
    [InlineData(1, RoundingMode.ToEven, "1 decimal (half to even)")]
    [InlineData(2, RoundingMode.Ruby, "2 decimals (as Ruby's Float#round)")]
    public void A_rounding_rule_describes_itself_in_words(int digits, RoundingMode mode, string words) =>
        Assert.Equal(words, new ScoreRounding(digits, mode).Describe());

    [Fact] // (2.5 + 3 + 3) / 3 = 2.8333…, rounded to 2.83: a B on Marzano's table.
    public void The_mean_is_rounded_before_the_letter_when_asked()
    {
        var mark = Mark(new MeanOfTargets(LetterGradeTable.Marzano2010, new ScoreRounding(2)), Scored("a", 2.5), Scored("b", 3), Scored("c", 3));
        Assert.Equal((2.83, "B"), (mark.Score!.Value, mark.Letter));
    }

    [Fact] // MasteryConnect rolls up to the lowest sub-standard: 3, 2, 4 → 2 on b.
    public void The_lowest_target_names_the_target()
    {
        var mark = Mark(new LowestTarget(), Scored("a", 3), Scored("b", 2), Scored("c", 4));
        Assert.Equal((2.0, (string?)null), (mark.Score!.Value, mark.Letter));
        var why = mark.Reasons.Single(r => r.Code == "lowest-target");
        Assert.Equal(("b", "2"), (why.Data["target"], why.Data["score"]));
    }

    [Fact] // EBR: exactly one 2, the rest 3 or 4 → B.
    public void Conjunctive_rules_give_a_letter_and_no_score()
    {
        var mark = Mark(new ConjunctiveRules(ConjunctiveRuleSet.Ebr), Scored("a", 2), Scored("b", 3), Scored("c", 4));
        Assert.Equal(("B", (double?)null, "conjunctive"), (mark.Letter, mark.Score, mark.Rule));
        Assert.Equal("rule-met", mark.Reasons[^1].Code);
    }

    [Fact]
    public void A_target_without_a_score_makes_the_mark_incomplete_by_default()
    {
        var mark = Mark(new MeanOfTargets(LetterGradeTable.Marzano2010), Scored("a", 4), Unscored("b"));
        Assert.Equal((MarkStatus.Incomplete, (double?)null, (string?)null), (mark.Status, mark.Score, mark.Letter));
        var missing = mark.Reasons.Single(r => r.Code == "target-without-score");
        Assert.Equal(("b", "no-evidence"), (missing.Data["target"], missing.Data["why"]));
        Assert.Equal(("incomplete", "b"), (mark.Reasons[^1].Code, mark.Reasons[^1].Data["missing"]));
    }

    [Fact]
    public void Marking_the_scored_targets_names_the_missing_one_and_never_counts_it_as_zero()
    {
        var mark = Mark(new MeanOfTargets(), MissingTargets.MarkScoredTargets, Scored("a", 4), Unscored("b"), Scored("c", 2));
        Assert.Equal(3.0, mark.Score); // (4 + 2) / 2, not (4 + 0 + 2) / 3
        Assert.Contains(mark.Reasons, r => r.Code == "target-without-score" && r.Data["target"] == "b");
    }

    [Fact]
    public void A_missing_target_never_lowers_the_mean_of_the_others() =>
        Prop.ForAll(Gen.Choose(0, 8).Select(h => h / 2.0).ArrayOf().Where(a => a.Length > 0).ToArbitrary(), scores =>
        {
            var targets = scores.Select((s, i) => Scored($"t{i:D3}", s)).Append(Unscored("zz")).ToArray();
            var mark = Mark(new MeanOfTargets(), MissingTargets.MarkScoredTargets, targets);
            return Math.Abs(mark.Score!.Value - scores.Sum() / scores.Length) < 1e-12;
        }).Check();

    [Fact]
    public void No_targets_and_no_scored_targets_are_incomplete()
    {
        Assert.Equal("no-targets", Mark(new LowestTarget()).Reasons[^1].Code);
        Assert.Equal("no-scored-targets", Mark(new LowestTarget(), MissingTargets.MarkScoredTargets, Unscored("a")).Reasons[^1].Code);
    }

    [Fact]
    public void Targets_are_read_in_ordinal_order_whatever_the_input_order()
    {
        var forward = Mark(new MeanOfTargets(), Scored("a", 1), Scored("b", 2));
        var backward = Mark(new MeanOfTargets(), Scored("b", 2), Scored("a", 1));
        Assert.Equal(forward, backward);
    }

    [Fact]
    public void A_result_for_another_student_is_refused() =>
        Assert.Throws<ArgumentException>("targets", () => Mark(new MeanOfTargets(),
            ProficiencyResult.Scored(new StudentId("S-ben"), new TargetId("a"), "mean", 3, 3, ProficiencyScale.Marzano.LevelOf(3), [], [], [], "x")));

    [Fact]
    public void Two_results_for_one_target_are_refused() =>
        Assert.Throws<ArgumentException>("targets", () => Mark(new MeanOfTargets(), Scored("a", 3), Scored("a", 2)));

    [Fact]
    public void A_blank_course_is_refused() =>
        Assert.Throws<ArgumentException>("course", () => ReportCards.Mark(Ana, " ", Quarter1, [Scored("a", 3)], new MeanOfTargets()));

    [Fact]
    public void A_null_rule_is_refused() =>
        Assert.Throws<ArgumentNullException>("rule", () => ReportCards.Mark(Ana, "MATH-6", Quarter1, [Scored("a", 3)], null!));

    [Fact]
    public void An_undefined_missing_targets_rule_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>("missing", () => Mark(new MeanOfTargets(), (MissingTargets)7, Scored("a", 3)));

    [Fact]
    public void A_null_rule_set_is_refused() => Assert.Throws<ArgumentNullException>("ruleSet", () => new ConjunctiveRules(null!));

    [Fact]
    public void A_mark_whose_status_disagrees_with_its_score_is_refused()
    {
        Assert.Throws<ArgumentException>("status", () => new ReportCardMark(Ana, "MATH-6", Quarter1, "mean-of-targets", MarkStatus.Marked, null, null, [], "x"));
        Assert.Throws<ArgumentException>("status", () => new ReportCardMark(Ana, "MATH-6", Quarter1, "mean-of-targets", MarkStatus.Incomplete, 3, null,
            [new Reason("incomplete", "x")], "x"));
    }

    [Fact]
    public void An_incomplete_mark_without_a_reason_is_refused() =>
        Assert.Throws<ArgumentException>("reasons", () => new ReportCardMark(Ana, "MATH-6", Quarter1, "mean-of-targets", MarkStatus.Incomplete, null, null, [], "x"));
}
