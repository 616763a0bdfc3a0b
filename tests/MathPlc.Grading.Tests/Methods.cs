using MathPlc.Grading;

namespace MathPlc.Grading.Tests;

/// <summary>Every method this branch adds, in the forms the properties exercise.</summary>
internal static class Methods
{
    public static readonly CalculationMethod[] All =
    [
        new Mean(), new Median(), new Mode(ModeTieRule.Highest), new Mode(ModeTieRule.MostRecent), new Mode(ModeTieRule.None),
        new Highest(), new Latest(), new DecayingAverage(), new DecayingAverage(0.3), DecayingAverage.FromPercent(65),
        new DecayingAverage(1), new WeightedLatest(), new WeightedLatest(0.9), WeightedLatest.FromPercent(65),
        new NMastery(1, 0), new NMastery(3, 2), new RecentMean(3), new RecentMedian(4), new TopMean(), new TopMean(1),
    ];

    /// <summary>
    /// The regression methods (power law, linear trend, best fit) under every zero policy and error measure, clamped
    /// and not. They are not in <see cref="All"/>: their estimates may leave the range of the scores, and their
    /// weights may be negative.
    /// </summary>
    public static readonly CalculationMethod[] Regression =
    [
        new PowerLaw(), new PowerLaw(PowerLawZeroPolicy.Exclude, 0, 4), new PowerLaw(PowerLawZeroPolicy.Reject), new LinearTrend(),
        new LinearTrend(0, 4), new BestFit(), new BestFit(FitErrorMeasure.SumOfSquaredErrors, PowerLawZeroPolicy.Exclude, 0, 4),
        new BestFit(FitErrorMeasure.SumOfSquaredErrors, PowerLawZeroPolicy.Reject),
    ];

    /// <summary>The methods whose score never goes down when one score goes up (issue 3).</summary>
    public static readonly CalculationMethod[] Monotone =
    [
        new Mean(), new Median(), new Highest(), new TopMean(), new TopMean(1), new DecayingAverage(), new DecayingAverage(0.3),
        DecayingAverage.FromPercent(65), new RecentMean(3), new RecentMedian(4), new WeightedLatest(),
    ];
}
