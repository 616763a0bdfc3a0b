using MathPlc.Core;

namespace MathPlc.Assessments;

/// <summary>The spread of one section's scores on a target.</summary>
/// <param name="Section">The section.</param>
/// <param name="Students">Students with a score.</param>
/// <param name="StandardDeviation">Standard deviation (÷(n − 1)) of their scores, or why it is undefined.</param>
public sealed record SectionScoreSpread(SectionId Section, int Students, StatisticValue StandardDeviation);
