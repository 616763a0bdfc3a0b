using MathPlc.Core;

namespace MathPlc.Assessments;

/// <summary>A team's data analysis for one common assessment or unit.</summary>
/// <param name="Rates">Proficiency rates per target: team, then teachers, sections and student groups, each sorted by id.</param>
/// <param name="Gaps">Each student group against the rest of the team, per target.</param>
/// <param name="Spreads">The spread across and within sections, per target.</param>
/// <param name="Teachers">Each teacher's students against the other teachers' students, per target, highest rate first: "whose students learned this best", with its uncertainty.</param>
public sealed record TeamDataReport(ValueArray<ProficiencyRate> Rates, ValueArray<RateComparison> Gaps,
    ValueArray<SectionSpread> Spreads, ValueArray<RateComparison> Teachers);
