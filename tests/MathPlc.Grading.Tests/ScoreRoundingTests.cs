using MathPlc.Grading;

namespace MathPlc.Grading.Tests;

public class ScoreRoundingTests
{
    [Theory] // Ruby: 1.005.round(2) => 1.01, 2.675.round(2) => 2.68, 0.125.round(2) => 0.13 (reference/grading.md §8).
    [InlineData(1.005, 1.01)]
    [InlineData(2.675, 2.68)]
    [InlineData(0.125, 0.13)]
    [InlineData(3.14159, 3.14)]
    [InlineData(-1.005, -1.01)]
    [InlineData(2.65, 2.65)]
    public void Ruby_rounding_rounds_decimal_ties_up_like_canvas(double value, double expected) =>
        Assert.Equal(expected, ScoreRounding.Canvas.Apply(value));

    [Fact] // .NET's away-from-zero rounding works on the double below 1.005, so it gives 1.00 where Ruby gives 1.01.
    public void Away_from_zero_differs_from_ruby_on_a_decimal_tie() =>
        Assert.Equal(1.0, new ScoreRounding(2, RoundingMode.AwayFromZero).Apply(1.005));

    [Fact]
    public void To_even_rounds_an_exact_binary_tie_to_even() => Assert.Equal(0.12, new ScoreRounding(2, RoundingMode.ToEven).Apply(0.125));

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void Digits_outside_zero_to_ten_are_refused(int digits) =>
        Assert.Throws<ArgumentOutOfRangeException>("digits", () => new ScoreRounding(digits));

    [Fact]
    public void An_undefined_mode_is_refused() => Assert.Throws<ArgumentOutOfRangeException>("mode", () => new ScoreRounding(2, (RoundingMode)9));
}
