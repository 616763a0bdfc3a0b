using MathPlc.Assessments;
using MathPlc.Core;
using MathPlc.Grading;

namespace MathPlc.CriticalQuestions;

/// <summary>
/// Question 2, how will we know if each student has learned it: the evidence per student and target from the item
/// scores, proficiency per student per target, the team's results by target, proficiency rates by teacher, section
/// and student group (hidden below the minimum group size), the "whose students learned this best" comparisons, and
/// the item analysis with the test's reliability.
/// </summary>
/// <param name="Evidence">Each student's result on each target of the assessment (points, percent, score on the scale), students in order of their scores.</param>
/// <param name="Proficiency">Proficiency per roster student per essential target: students in roster order, targets in the unit's order.</param>
/// <param name="Targets">The team's counts per essential target, in the unit's order.</param>
/// <param name="TeamData">Rates by team, teacher, section and student group with intervals, group gaps, section spread, and each teacher's students against the rest ("whose students learned this best").</param>
/// <param name="ItemAnalysis">Difficulty, discrimination and flags per item, alpha, KR-20 and SEM; null when there are no item scores.</param>
/// <param name="MinimumGroupSize">The fewest students a shown rate rests on.</param>
public sealed record HowWillWeKnowAnswer(
    ValueArray<TargetEvidence> Evidence, ValueArray<ProficiencyResult> Proficiency, ValueArray<TargetSummary> Targets,
    TeamDataReport TeamData, ItemAnalysisResult? ItemAnalysis, int MinimumGroupSize)
{
}
