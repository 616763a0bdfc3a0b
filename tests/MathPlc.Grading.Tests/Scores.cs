using MathPlc.Grading;

namespace MathPlc.Grading.Tests;

/// <summary>Runs a method's arithmetic on a series written oldest first.</summary>
internal static class Scores
{
    public static double Of(CalculationMethod method, params double[] oldestFirst)
    {
        var outcome = method.Compute(oldestFirst);
        Assert.True(outcome.IsScored, $"{method} gave no score ({outcome.Shortfall}) for {string.Join(", ", oldestFirst)}.");
        return outcome.Score;
    }

    public static Shortfall ShortfallOf(CalculationMethod method, params double[] oldestFirst) => method.Compute(oldestFirst).Shortfall;

    public static double[] WeightsOf(CalculationMethod method, params double[] oldestFirst)
    {
        var weights = new double[oldestFirst.Length];
        method.Weights(oldestFirst, weights);
        return weights;
    }

    /// <summary>What the preset reports: its method's score, rounded by its rule.</summary>
    public static double Reported(GradingPreset preset, params double[] oldestFirst)
    {
        double score = Of(preset.Method, oldestFirst);
        return preset.Rounding?.Apply(score) ?? score;
    }
}
