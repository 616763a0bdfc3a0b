namespace MathPlc.Assessments;

/// <summary>How this year's results spread across one district's schools.</summary>
/// <param name="District">The district.</param>
/// <param name="Schools">Number of schools.</param>
/// <param name="Mean">Mean result.</param>
/// <param name="Lowest">Lowest result.</param>
/// <param name="Highest">Highest result.</param>
/// <param name="StandardDeviation">Standard deviation (÷(n − 1)), undefined for one school.</param>
/// <param name="ResidualStandardDeviation">Standard deviation of the schools' residuals: spread after the prediction.</param>
public sealed record DistrictSpread(string District, int Schools, double Mean, double Lowest, double Highest, StatisticValue StandardDeviation, StatisticValue ResidualStandardDeviation);
