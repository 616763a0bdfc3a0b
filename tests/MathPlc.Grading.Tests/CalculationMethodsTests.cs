using MathPlc.Grading;

namespace MathPlc.Grading.Tests;

public class CalculationMethodsTests
{
    private static readonly MethodSettings Defaults = new();

    [Fact] // CLI.md lists the method names; the regression methods join with their branch.
    public void Names_are_the_command_line_names() => Assert.Equal(
        ["mean", "median", "mode", "highest", "latest", "decaying-average", "weighted-latest", "n-mastery", "recent-mean", "recent-median", "top-mean"],
        CalculationMethods.Names.ToArray());

    [Fact]
    public void Every_name_creates_the_method_of_that_name()
    {
        var settings = new MethodSettings { Count = 2 };
        foreach (string name in CalculationMethods.Names)
            Assert.Equal(name, CalculationMethods.Create(name, settings).Name);
    }

    [Fact]
    public void Unset_settings_take_the_documented_defaults()
    {
        Assert.Equal(new DecayingAverage(0.65), CalculationMethods.Create("decaying-average", Defaults));
        Assert.Equal(new WeightedLatest(0.65), CalculationMethods.Create("weighted-latest", Defaults));
        Assert.Equal(new NMastery(5, 3), CalculationMethods.Create("n-mastery", Defaults));
        Assert.Equal(new TopMean(3), CalculationMethods.Create("top-mean", Defaults));
        Assert.Equal(new Mode(ModeTieRule.Highest), CalculationMethods.Create("mode", Defaults));
    }

    [Fact]
    public void Settings_reach_the_methods_that_take_them()
    {
        var settings = new MethodSettings { Decay = 0.75, Count = 4, MasteryPoints = 2.5, ModeTies = ModeTieRule.None };
        Assert.Equal(new DecayingAverage(0.75), CalculationMethods.Create("decaying-average", settings));
        Assert.Equal(new WeightedLatest(0.75), CalculationMethods.Create("weighted-latest", settings));
        Assert.Equal(new NMastery(4, 2.5), CalculationMethods.Create("n-mastery", settings));
        Assert.Equal(new RecentMean(4), CalculationMethods.Create("recent-mean", settings));
        Assert.Equal(new RecentMedian(4), CalculationMethods.Create("recent-median", settings));
        Assert.Equal(new TopMean(4), CalculationMethods.Create("top-mean", settings));
        Assert.Equal(new Mode(ModeTieRule.None), CalculationMethods.Create("mode", settings));
        Assert.Equal(new Mean(), CalculationMethods.Create("MEAN", settings));
    }

    [Fact]
    public void Settings_default_to_highest_ties_and_clamping()
    {
        Assert.Equal(ModeTieRule.Highest, Defaults.ModeTies);
        Assert.True(Defaults.Clamp);
        Assert.Null(Defaults.Decay);
        Assert.Null(Defaults.ScaleMinimum);
    }

    [Fact]
    public void An_unknown_name_is_named_and_the_names_listed()
    {
        var e = Assert.Throws<ArgumentException>("name", () => CalculationMethods.Create("decaying", Defaults));
        Assert.Contains("\"decaying\"", e.Message, StringComparison.Ordinal);
        Assert.Contains(string.Join(", ", CalculationMethods.Names), e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("recent-mean")]
    [InlineData("recent-median")]
    public void A_recent_window_needs_a_count(string name)
    {
        var e = Assert.Throws<ArgumentException>("settings", () => CalculationMethods.Create(name, Defaults));
        Assert.Contains(name, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_setting_out_of_range_is_refused_by_the_method() =>
        Assert.Throws<ArgumentOutOfRangeException>("newerWeight", () => CalculationMethods.Create("decaying-average", new MethodSettings { Decay = 1.5 }));

    [Fact]
    public void Null_arguments_are_refused()
    {
        Assert.Throws<ArgumentNullException>("name", () => CalculationMethods.Create(null!, Defaults));
        Assert.Throws<ArgumentNullException>("settings", () => CalculationMethods.Create("mean", null!));
    }
}
