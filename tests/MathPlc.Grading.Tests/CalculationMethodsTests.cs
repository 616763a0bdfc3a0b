using MathPlc.Grading;

namespace MathPlc.Grading.Tests;

public class CalculationMethodsTests
{
    private static readonly MethodSettings Defaults = new();

    [Fact] // docs/cli.md lists the method names, in this order.
    public void Names_are_the_command_line_names() => Assert.Equal(
        ["mean", "median", "mode", "highest", "latest", "decaying-average", "weighted-latest", "n-mastery", "power-law", "linear-trend",
         "recent-mean", "recent-median", "top-mean", "best-fit"],
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
        Assert.Equal(new PowerLaw(PowerLawZeroPolicy.FloorAt), CalculationMethods.Create("power-law", Defaults));
        Assert.Equal(new LinearTrend(), CalculationMethods.Create("linear-trend", Defaults));
        Assert.Equal(new BestFit(FitErrorMeasure.SumOfAbsoluteErrors, PowerLawZeroPolicy.FloorAt), CalculationMethods.Create("best-fit", Defaults));
    }

    [Fact]
    public void Regression_methods_take_the_zero_policy_error_measure_and_scale_ends()
    {
        var settings = new MethodSettings
        {
            ZeroPolicy = PowerLawZeroPolicy.Exclude, ErrorMeasure = FitErrorMeasure.SumOfSquaredErrors, ScaleMinimum = 0, ScaleMaximum = 4,
        };
        Assert.Equal(new PowerLaw(PowerLawZeroPolicy.Exclude, 0, 4), CalculationMethods.Create("power-law", settings));
        Assert.Equal(new LinearTrend(0, 4), CalculationMethods.Create("linear-trend", settings));
        Assert.Equal(new BestFit(FitErrorMeasure.SumOfSquaredErrors, PowerLawZeroPolicy.Exclude, 0, 4), CalculationMethods.Create("best-fit", settings));
    }

    [Fact] // --no-clamp: the scale's ends are known but the estimate may leave the scale.
    public void Without_clamping_the_scale_ends_are_not_passed_on()
    {
        var settings = new MethodSettings { Clamp = false, ScaleMinimum = 0, ScaleMaximum = 4 };
        Assert.Equal(new PowerLaw(), CalculationMethods.Create("power-law", settings));
        Assert.Equal(new LinearTrend(), CalculationMethods.Create("linear-trend", settings));
        Assert.Equal(new BestFit(), CalculationMethods.Create("best-fit", settings));
    }

    [Fact]
    public void Scale_ends_the_wrong_way_round_are_refused_by_the_method() =>
        Assert.Throws<ArgumentOutOfRangeException>("clampMaximum",
            () => CalculationMethods.Create("power-law", new MethodSettings { ScaleMinimum = 4, ScaleMaximum = 0 }));

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
        Assert.Null(Defaults.ZeroPolicy);
        Assert.Null(Defaults.ErrorMeasure);
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
