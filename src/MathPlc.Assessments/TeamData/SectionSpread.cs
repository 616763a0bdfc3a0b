using MathPlc.Core;

namespace MathPlc.Assessments;

/// <summary>How much proficiency on a target varies across a team's sections, and scores within each section.</summary>
/// <param name="Target">The learning target.</param>
/// <param name="SectionsShown">Sections at or above the minimum group size.</param>
/// <param name="SectionsNotShown">Sections below it (left out of the spread).</param>
/// <param name="Lowest">The lowest shown section rate.</param>
/// <param name="Highest">The highest shown section rate.</param>
/// <param name="Range">Highest − lowest shown section rate.</param>
/// <param name="StandardDeviation">Standard deviation (÷(m − 1)) of the shown section rates.</param>
/// <param name="WithinSections">Per shown section, the standard deviation of its students' scores (when scores are given).</param>
public sealed record SectionSpread(TargetId Target, int SectionsShown, int SectionsNotShown, StatisticValue Lowest, StatisticValue Highest,
    StatisticValue Range, StatisticValue StandardDeviation, ValueArray<SectionScoreSpread> WithinSections);
