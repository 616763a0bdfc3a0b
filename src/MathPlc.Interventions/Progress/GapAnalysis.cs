namespace MathPlc.Interventions;

/// <summary>
/// Gap analysis: how far behind a student is, the growth needed per week to catch up, whether that is reasonable
/// against typical growth, and an interim goal when it is not.
/// </summary>
/// <remarks>
/// Gap Analysis Worksheet (L. Potter, School District 11, Colorado, September 2008; formsbank templates 54674/54675):
/// gap = current benchmark ÷ current performance; needed ROI = (end-of-year benchmark − current) ÷ weeks left;
/// reasonable when needed ROI ≤ 2 × typical ROI. The interim goal caps growth at the reasonable rate
/// (reference/interventions.md §8). Assumes higher scores are better.
/// </remarks>
public static class GapAnalysis
{
    /// <summary>Analyses one student's gap.</summary>
    /// <param name="currentBenchmark">The benchmark expected now.</param>
    /// <param name="currentPerformance">The student's current score; must be positive (the gap divides by it).</param>
    /// <param name="endOfYearBenchmark">The benchmark to reach.</param>
    /// <param name="weeksLeft">Weeks until then; positive.</param>
    /// <param name="typicalRoiPerWeek">Typical peers' growth per week; positive.</param>
    /// <param name="currentRoiPerWeek">The student's current growth per week, if known.</param>
    /// <param name="rules">The guidelines; <see cref="GapAnalysisRules.Default"/> when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">A number is not finite, or current performance, weeks left or typical growth is not positive.</exception>
    public static GapAnalysisResult Analyze(double currentBenchmark, double currentPerformance, double endOfYearBenchmark, double weeksLeft,
        double typicalRoiPerWeek, double? currentRoiPerWeek = null, GapAnalysisRules? rules = null)
    {
        Guard.Against.NotFinite(currentBenchmark, nameof(currentBenchmark));
        Guard.Against.NotPositive(currentPerformance, nameof(currentPerformance));
        Guard.Against.NotFinite(endOfYearBenchmark, nameof(endOfYearBenchmark));
        Guard.Against.NotPositive(weeksLeft, nameof(weeksLeft));
        Guard.Against.NotPositive(typicalRoiPerWeek, nameof(typicalRoiPerWeek));
        if (currentRoiPerWeek is { } c) Guard.Against.NotFinite(c, nameof(currentRoiPerWeek));
        rules ??= GapAnalysisRules.Default;

        double gap = currentBenchmark / currentPerformance;
        bool significant = Threshold.Compare(gap, rules.SignificantGap) > 0;
        double needed = (endOfYearBenchmark - currentPerformance) / weeksLeft;
        double ceiling = rules.ReasonableMultiple * typicalRoiPerWeek;
        bool reasonable = Threshold.Compare(needed, ceiling) <= 0;
        double? interim = reasonable ? null : currentPerformance + ceiling * weeksLeft;
        double? toClose = currentRoiPerWeek is { } roi && roi > 0 ? Math.Max(0, endOfYearBenchmark - currentPerformance) / roi : null;

        var reasons = ImmutableArray.CreateBuilder<Reason>();
        reasons.Add(new Reason(significant ? "significant-gap" : "gap", $"Gap {InvariantNumber.Format(gap)} = {InvariantNumber.Format(currentBenchmark)} ÷ {InvariantNumber.Format(currentPerformance)}; above {InvariantNumber.Format(rules.SignificantGap)} is significant.")
            .With("gapRatio", gap).With("cut", rules.SignificantGap));
        reasons.Add(new Reason(reasonable ? "reasonable-growth" : "unreasonable-growth",
                $"Needs {InvariantNumber.Format(needed)} per week; up to {InvariantNumber.Format(ceiling)} ({InvariantNumber.Format(rules.ReasonableMultiple)} × typical {InvariantNumber.Format(typicalRoiPerWeek)}) is reasonable.")
            .With("neededRoiPerWeek", needed).With("reasonableRoiPerWeek", ceiling));
        if (interim is { } goal)
            reasons.Add(new Reason("interim-goal", $"Interim goal {InvariantNumber.Format(goal)}: reachable in {InvariantNumber.Format(weeksLeft)} weeks at {InvariantNumber.Format(ceiling)} per week.").With("interimGoal", goal));
        return new GapAnalysisResult(gap, significant, needed, reasonable, interim, toClose, reasons.ToImmutable());
    }
}
