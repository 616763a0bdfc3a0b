namespace MathPlc.Grading.Tests.Batch;

/// <summary>
/// Every calculation method, with the parameter variants that change its arithmetic (tie rules, weights, counts,
/// zero policies, clamps, error measures), by a readable key so each shows as its own test case.
/// </summary>
internal static class BatchMethods
{
    public static readonly IReadOnlyDictionary<string, CalculationMethod> All = new Dictionary<string, CalculationMethod>
    {
        ["mean"] = new Mean(),
        ["median"] = new Median(),
        ["mode, highest tie"] = new Mode(ModeTieRule.Highest),
        ["mode, most recent tie"] = new Mode(ModeTieRule.MostRecent),
        ["mode, no tie rule"] = new Mode(ModeTieRule.None),
        ["highest"] = new Highest(),
        ["latest"] = new Latest(),
        ["decaying-average 0.65"] = new DecayingAverage(),
        ["decaying-average 0.3"] = new DecayingAverage(0.3),
        ["decaying-average 65 %"] = DecayingAverage.FromPercent(65),
        ["decaying-average 1"] = new DecayingAverage(1),
        ["weighted-latest 0.65"] = new WeightedLatest(),
        ["weighted-latest 65 %"] = WeightedLatest.FromPercent(65),
        ["n-mastery 5 at 3"] = new NMastery(),
        ["n-mastery 2 at 2.5"] = new NMastery(2, 2.5),
        ["n-mastery 1 at 0"] = new NMastery(1, 0),   // a bar at or below 0: padding lanes of +0 must not count
        ["recent-mean 3"] = new RecentMean(3),
        ["recent-median 4"] = new RecentMedian(4),
        ["top-mean 3"] = new TopMean(),
        ["top-mean 1"] = new TopMean(1),
        ["power-law, zeros floored"] = new PowerLaw(),
        ["power-law, zeros excluded"] = new PowerLaw(PowerLawZeroPolicy.Exclude),
        ["power-law, zeros rejected"] = new PowerLaw(PowerLawZeroPolicy.Reject),
        ["power-law, clamped 0–4"] = new PowerLaw(clampMinimum: 0, clampMaximum: 4),
        ["linear-trend"] = new LinearTrend(),
        ["linear-trend, clamped 0–4"] = new LinearTrend(0, 4),
        ["best-fit, absolute errors"] = new BestFit(),
        ["best-fit, squared errors, zeros excluded"] = new BestFit(FitErrorMeasure.SumOfSquaredErrors, PowerLawZeroPolicy.Exclude),
        ["best-fit, clamped 0–4"] = new BestFit(clampMinimum: 0, clampMaximum: 4),
    };

    public static TheoryData<string> Keys => [.. All.Keys];
}
