using FsCheck.Fluent;
using MathPlc.Core;
using MathPlc.Tests;

namespace MathPlc.Core.Tests;

public class ProficiencyScaleTests
{
    private static readonly ProficiencyScale Marzano = ProficiencyScale.Marzano;

    [Theory] // Canvas rating lookup is a floor: on a 4/3/2/1/0 scale 2.5 is level 2 (reference/grading.md §3.4).
    [InlineData(0.0, 0)]
    [InlineData(0.5, 0)]
    [InlineData(2.5, 2)]
    [InlineData(2.99, 2)]
    [InlineData(3.0, 3)]
    [InlineData(4.0, 4)]
    public void The_floor_rule_takes_the_highest_level_at_or_below_the_score(double score, int level) =>
        Assert.Equal(Marzano.Levels[level], Marzano.LevelOf(score));

    [Theory]
    [InlineData(2.49, 2)]
    [InlineData(2.5, 3)]    // half-way goes up
    [InlineData(2.51, 3)]
    [InlineData(3.9, 4)]
    [InlineData(0.2, 0)]
    public void The_nearest_rule_takes_the_nearest_cut_and_half_way_goes_up(double score, int level) =>
        Assert.Equal(level, Marzano.LevelIndexOf(score, LevelRule.Nearest));

    [Fact]
    public void Marzano_is_0_to_4_in_half_points_and_proficient_at_3()
    {
        Assert.Equal((0.0, 4.0, (double?)0.5, 3.0), (Marzano.Minimum, Marzano.Maximum, Marzano.Step, Marzano.ProficientCut));
        Assert.Equal(9, Enumerable.Range(0, 9).Count(i => Marzano.IsOnStep(i / 2.0)));
        Assert.False(Marzano.IsOnStep(2.25));
        Assert.True(Marzano.IsProficient(3.0));
        Assert.False(Marzano.IsProficient(2.99));
    }

    [Fact]
    public void The_four_level_scale_is_1_to_4_and_proficient_at_3()
    {
        var s = ProficiencyScale.FourLevel;
        Assert.Equal(["Beginning", "Developing", "Proficient", "Extending"], s.Levels.Select(l => l.Label));
        Assert.Equal("Proficient", s.LevelOf(3.4).Label);
        Assert.Equal(3, s.ProficientCut);
    }

    [Fact]
    public void The_percent_scale_is_0_to_100_and_proficient_from_80()
    {
        var s = ProficiencyScale.Percent;
        Assert.Equal("Not yet proficient", s.LevelOf(79.9).Label);
        Assert.Equal("Proficient", s.LevelOf(80).Label);
        Assert.True(s.IsOnStep(63.7));
    }

    [Fact]
    public void Levels_are_sorted_by_cut_and_labels_matched_ignoring_case()
    {
        var s = new ProficiencyScale("Team scale", 0, 10, [new("High", 8), new("Low", 0), new("Mid", 5)], proficientLevel: " mid ");
        Assert.Equal(["Low", "Mid", "High"], s.Levels.Select(l => l.Label));
        Assert.Equal("Mid", s.ProficientLevel.Label);
    }

    [Fact]
    public void Rounding_to_a_step_goes_half_away_from_zero_and_stays_on_the_scale()
    {
        Assert.Equal(2.5, Marzano.RoundToStep(2.25));
        Assert.Equal(2.0, Marzano.RoundToStep(2.2));
        Assert.Equal(4.0, Marzano.RoundToStep(9));
        Assert.Equal(71.3, ProficiencyScale.Percent.RoundToStep(71.3));
    }

    [Fact]
    public void Scales_with_the_same_content_are_equal()
    {
        var copy = new ProficiencyScale(Marzano.Name, 0, 4, Marzano.Levels.Reverse(), "Target content", 0.5);
        Assert.Equal(Marzano, copy);
        Assert.Equal(Marzano.GetHashCode(), copy.GetHashCode());
        Assert.NotEqual(Marzano, ProficiencyScale.FourLevel);
    }

    [Fact]
    public void The_level_of_a_score_never_falls_as_the_score_rises() =>
        Prop.ForAll(Gen.Choose(0, 4000).Two().ToArbitrary(), Gen.Elements(LevelRule.Floor, LevelRule.Nearest).ToArbitrary(), (pair, rule) =>
        {
            double low = Math.Min(pair.Item1, pair.Item2) / 1000.0, high = Math.Max(pair.Item1, pair.Item2) / 1000.0;
            return Marzano.LevelIndexOf(low, rule) <= Marzano.LevelIndexOf(high, rule);
        }).Check();

    [Fact]
    public void The_floor_level_cut_is_at_or_below_the_score_and_the_next_cut_above_it() =>
        Prop.ForAll(Gen.Choose(0, 300).ToArbitrary(), tenths =>
        {
            double score = 1 + tenths / 100.0;
            var scale = ProficiencyScale.FourLevel;
            int i = scale.LevelIndexOf(score);
            Assert.True(scale.Levels[i].Cut <= score);
            if (i + 1 < scale.Levels.Length) Assert.True(scale.Levels[i + 1].Cut > score);
        }).Check();

    [Fact]
    public void Proficient_means_at_or_above_the_proficient_level() =>
        Prop.ForAll(Gen.Choose(0, 400).ToArbitrary(), hundredths =>
        {
            double score = hundredths / 100.0;
            return Marzano.IsProficient(score) == (Marzano.LevelIndexOf(score) >= Marzano.ProficientIndex);
        }).Check();

    // Guards.

    [Theory]
    [InlineData(-0.5)]
    [InlineData(4.01)]
    [InlineData(double.NaN)]
    public void The_level_of_a_score_off_the_scale_is_refused(double score)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>("score", () => Marzano.LevelOf(score));
        Assert.Contains("Marzano 0–4", e.Message);
    }

    [Fact]
    public void Whether_a_score_off_the_scale_is_proficient_is_refused() => Assert.Throws<ArgumentOutOfRangeException>("score", () => Marzano.IsProficient(5));

    [Fact]
    public void An_undefined_level_rule_is_refused() => Assert.Throws<ArgumentOutOfRangeException>("rule", () => Marzano.LevelOf(2, (LevelRule)5));

    [Fact]
    public void A_maximum_not_above_the_minimum_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>("maximum", () => new ProficiencyScale("S", 4, 4, [new("Only", 4)], "Only"));

    [Fact]
    public void A_non_finite_minimum_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>("minimum", () => new ProficiencyScale("S", double.NegativeInfinity, 4, [new("Only", 0)], "Only"));

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(0.3)]   // does not divide 0–4 evenly
    public void A_step_that_is_not_positive_or_does_not_divide_the_range_is_refused(double step) =>
        Assert.Throws<ArgumentOutOfRangeException>("step", () => new ProficiencyScale("S", 0, 4, [new("Only", 0)], "Only", step));

    [Fact]
    public void No_levels_is_refused() => Assert.Throws<ArgumentException>("levels", () => new ProficiencyScale("S", 0, 4, [], "x"));

    [Fact]
    public void A_lowest_level_above_the_minimum_is_refused() =>
        Assert.Throws<ArgumentException>("levels", () => new ProficiencyScale("S", 0, 4, [new("Low", 1), new("High", 3)], "High"));

    [Fact]
    public void A_cut_above_the_maximum_is_refused() =>
        Assert.Throws<ArgumentException>("levels", () => new ProficiencyScale("S", 0, 4, [new("Low", 0), new("High", 5)], "High"));

    [Fact]
    public void Two_levels_at_the_same_cut_are_refused() =>
        Assert.Throws<ArgumentException>("levels", () => new ProficiencyScale("S", 0, 4, [new("Low", 0), new("A", 2), new("B", 2)], "A"));

    [Fact]
    public void Two_levels_with_the_same_label_are_refused() =>
        Assert.Throws<ArgumentException>("levels", () => new ProficiencyScale("S", 0, 4, [new("Low", 0), new("low", 2)], "Low"));

    [Fact]
    public void A_proficient_level_that_is_not_a_level_is_refused()
    {
        var e = Assert.Throws<ArgumentException>("proficientLevel", () => new ProficiencyScale("S", 0, 4, [new("Low", 0), new("High", 3)], "Mastery"));
        Assert.Contains("Low, High", e.Message);
    }

    [Fact]
    public void A_blank_level_label_is_refused() => Assert.Throws<ArgumentException>("label", () => new ProficiencyLevel(" ", 1));

    [Fact]
    public void A_non_finite_cut_is_refused() => Assert.Throws<ArgumentOutOfRangeException>("cut", () => new ProficiencyLevel("High", double.NaN));
}
