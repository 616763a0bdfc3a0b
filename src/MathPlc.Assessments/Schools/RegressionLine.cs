namespace MathPlc.Assessments;

/// <summary>The least-squares line of this year's results on the predictor.</summary>
/// <param name="Schools">Number of schools.</param>
/// <param name="Intercept">b₀ = ȳ − b₁x̄ (ȳ when the slope is undefined).</param>
/// <param name="Slope">b₁ = Sxy/Sxx, undefined when every predictor is equal.</param>
/// <param name="ResidualStandardDeviation">s = √(SSE/(n − 2)), undefined with two schools or fewer.</param>
/// <param name="RSquared">1 − SSE/SST, undefined when the results do not vary.</param>
public sealed record RegressionLine(int Schools, double Intercept, StatisticValue Slope, StatisticValue ResidualStandardDeviation, StatisticValue RSquared);
