using FsCheck;
using FsCheck.Fluent;
using MathPlc.Tests;

namespace MathPlc.Grading.Tests;

public class ConjunctiveRuleSetTests
{
    private static readonly Arbitrary<double[]> Profiles =
        Gen.Choose(0, 4).Select(i => (double)i).ArrayOf().Where(a => a.Length > 0).ToArbitrary();

    private static double[] Parse(string scores) => [.. scores.Split(' ').Select(s => double.Parse(s, System.Globalization.CultureInfo.InvariantCulture))];

    [Theory] // majadirks/sbgrader2 README: A ⇔ p(≥3) ≥ 90 % ∧ p(=4) ≥ 50 % ∧ no 0/1; B ⇔ p(≥3) ≥ 80 % ∧ no 0/1; C ⇔ p(≥3) ≥ 65 %; D ⇔ p(≥3) ≥ 50 %; else F.
    [InlineData("A", "4 4 4 4 4 3 3 3 3 2")] // 90 % at 3+, 50 % at 4, no 0 or 1
    [InlineData("B", "4 4 4 4 3 3 3 3 3 2")] // only 40 % at 4
    [InlineData("C", "4 4 4 4 4 3 3 3 3 1")] // a 1 blocks A and B
    [InlineData("D", "3 3 2 2")]
    [InlineData("F", "3 2 2 2")]
    public void Sbgrader2_follows_its_readme(string letter, string scores) =>
        Assert.Equal(letter, ConjunctiveRuleSet.Sbgrader2.Evaluate(Parse(scores)).Letter);

    [Fact] // 13 of 20 is exactly 65 %: a C, though 0.65 × 20 is 13.000000000000002 in binary.
    public void An_exact_share_meets_its_threshold() =>
        Assert.Equal("C", ConjunctiveRuleSet.Sbgrader2.Evaluate([.. Enumerable.Repeat(3.0, 13), .. Enumerable.Repeat(2.0, 7)]).Letter);

    [Theory] // myebrexperience.com (3 standards): A all 3/4; B exactly one 2; C more than one 2, no 1; D a 1 and a 2+; F all 1.
    [InlineData("A", "3 4 3")]
    [InlineData("B", "2 3 4")]
    [InlineData("C", "2 2 3")]
    [InlineData("C", "2 2 2")]
    [InlineData("D", "1 2 4")]
    [InlineData("F", "1 1 1")]
    public void Ebr_follows_its_published_rules(string letter, string scores) =>
        Assert.Equal(letter, ConjunctiveRuleSet.Ebr.Evaluate(Parse(scores)).Letter);

    [Fact]
    public void The_reasons_name_each_rule_passed_over_and_the_one_that_decided()
    {
        var grade = ConjunctiveRuleSet.Ebr.Evaluate([2, 2, 3]);
        Assert.Equal(["rule-not-met", "rule-not-met", "rule-met"], grade.Reasons.Select(r => r.Code));
        Assert.Equal(("every target at 3 or above", "1 of 3 targets at 3 or above"), (grade.Reasons[0].Data["condition"], grade.Reasons[0].Data["found"]));
        Assert.Equal(("3", "C", "ebr"), (grade.Reasons[2].Data["rule"], grade.Reasons[2].Data["letter"], grade.Reasons[2].Data["rule-set"]));
    }

    [Fact] // The example: "A: every target at 3 or above and at least half at 4; no target below 2".
    public void A_rule_written_as_data_reads_as_the_teacher_wrote_it()
    {
        var rules = new ConjunctiveRuleSet("team",
            [new("A", TargetCondition.AllAtOrAbove(3), new ShareAtOrAbove(4, 0.5), TargetCondition.NoneBelow(2)), new("B")], "team agreement");
        Assert.Equal("A: every target at 3 or above and at least 50 % of targets at 4 or above and no target below 2", rules.Rules[0].Description);
        Assert.Equal("A", rules.Evaluate([4, 4, 3]).Letter);
        Assert.Equal("B", rules.Evaluate([4, 3, 3]).Letter);
    }

    [Fact] // Yamhill-Carlton SD uses mean bands beside the profile; a mean condition reads the mean of the targets.
    public void A_mean_condition_reads_the_mean_of_the_targets()
    {
        var rules = new ConjunctiveRuleSet("mean", [new("A", new MeanAtLeast(3.5), TargetCondition.NoneBelow(3)), new("NP")], "test");
        Assert.Equal(("A", "NP"), (rules.Evaluate([4, 3]).Letter, rules.Evaluate([4, 3, 3]).Letter));
    }

    [Fact]
    public void Sbgrader2_gives_the_first_rule_its_readme_satisfies() =>
        Prop.ForAll(Profiles, scores =>
        {
            double Share(Func<double, bool> p) => scores.Count(p) / (double)scores.Length;
            bool noLow = scores.All(s => s >= 2);
            string expected = Share(s => s >= 3) >= 0.9 && Share(s => s == 4) >= 0.5 && noLow ? "A"
                : Share(s => s >= 3) >= 0.8 && noLow ? "B"
                : Share(s => s >= 3) >= 0.65 ? "C"
                : Share(s => s >= 3) >= 0.5 ? "D" : "F";
            return ConjunctiveRuleSet.Sbgrader2.Evaluate(scores).Letter == expected;
        }).Check();

    [Fact]
    public void Evaluation_returns_the_first_satisfied_rule() =>
        Prop.ForAll(Profiles, Gen.Choose(0, 4).ArrayOf().Where(a => a.Length > 0).ToArbitrary(), (scores, cuts) =>
        {
            // Rule i: "at least one target at cuts[i] or above"; the oracle finds the first that holds by hand.
            var rules = new ConjunctiveRuleSet("cuts", [.. cuts.Select((c, i) => new ConjunctiveRule($"L{i}", new CountAtOrAbove(c, 1))), new ConjunctiveRule("none")], "test");
            int first = Array.FindIndex(cuts, c => scores.Any(s => s >= c));
            return rules.Evaluate(scores).Letter == (first < 0 ? "none" : $"L{first}");
        }).Check();

    [Fact]
    public void A_last_rule_with_conditions_is_refused() =>
        Assert.Throws<ArgumentException>("rules", () => new ConjunctiveRuleSet("open", [new("A", TargetCondition.AllAtOrAbove(3))], "test"));

    [Fact]
    public void No_rules_are_refused() => Assert.Throws<ArgumentException>("rules", () => new ConjunctiveRuleSet("none", [], "test"));

    [Fact]
    public void No_target_scores_are_refused() => Assert.Throws<ArgumentException>("targetScores", () => ConjunctiveRuleSet.Ebr.Evaluate([]));

    [Fact]
    public void A_target_score_that_is_not_finite_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>("targetScores", () => ConjunctiveRuleSet.Ebr.Evaluate([3, double.NaN]));

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    public void A_share_outside_zero_to_one_is_refused(double share) =>
        Assert.Throws<ArgumentOutOfRangeException>("share", () => new ShareAtOrAbove(3, share));

    [Fact]
    public void A_condition_score_that_is_not_finite_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>("score", () => new ShareAtOrAbove(double.NaN, 0.5));
        Assert.Throws<ArgumentOutOfRangeException>("score", () => new CountBelow(double.PositiveInfinity));
        Assert.Throws<ArgumentOutOfRangeException>("score", () => new CountAtOrAbove(double.NaN, 1));
        Assert.Throws<ArgumentOutOfRangeException>("minimum", () => new MeanAtLeast(double.NaN));
    }

    [Fact]
    public void Negative_or_inverted_counts_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>("atLeast", () => new CountBelow(3, -1));
        Assert.Throws<ArgumentOutOfRangeException>("atMost", () => new CountBelow(3, 2, 1));
        Assert.Throws<ArgumentOutOfRangeException>("atLeast", () => new CountAtOrAbove(3, -1));
    }

    [Fact]
    public void A_blank_letter_is_refused() => Assert.Throws<ArgumentException>("letter", () => new ConjunctiveRule(""));

    [Fact]
    public void A_null_condition_is_refused() => Assert.Throws<ArgumentException>("conditions", () => new ConjunctiveRule("A", [null!]));

    [Fact]
    public void Rule_sets_compare_by_content() =>
        Assert.Equal(ConjunctiveRuleSet.Ebr, new ConjunctiveRuleSet("ebr",
        [
            new("A", TargetCondition.AllAtOrAbove(3)),
            new("B", new CountBelow(3, 1, 1), TargetCondition.NoneBelow(2)),
            new("C", new CountBelow(3, atLeast: 2), TargetCondition.NoneBelow(2)),
            new("D", new CountBelow(2, atLeast: 1), new CountAtOrAbove(2, 1)),
            new("F"),
        ], "myebrexperience.com"));
}
