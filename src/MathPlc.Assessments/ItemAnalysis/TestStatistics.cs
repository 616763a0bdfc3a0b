namespace MathPlc.Assessments;

/// <summary>Whole-test statistics: reliability and the standard error of measurement.</summary>
/// <param name="Students">Students with at least one response (the others are left out).</param>
/// <param name="StudentsWithoutResponses">Students with no response at all, left out of every statistic.</param>
/// <param name="Items">The number of items.</param>
/// <param name="Missing">The missing-data policy applied to alpha.</param>
/// <param name="MeanTotal">Mean total score (unanswered items count 0).</param>
/// <param name="CronbachAlpha">Cronbach's alpha under <paramref name="Missing"/>.</param>
/// <param name="Kr20">KR-20 over students who answered every item, when every item is scored 0/1; otherwise not applicable.</param>
/// <param name="Sem">Standard error of measurement, √(total variance × (1 − alpha)).</param>
public sealed record TestStatistics(
    int Students, int StudentsWithoutResponses, int Items, MissingDataPolicy Missing, double MeanTotal,
    StatisticValue CronbachAlpha, StatisticValue Kr20, StatisticValue Sem);
