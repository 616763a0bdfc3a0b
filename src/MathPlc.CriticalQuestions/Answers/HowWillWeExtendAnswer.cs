using MathPlc.Core;
using MathPlc.Interventions;

namespace MathPlc.CriticalQuestions;

/// <summary>
/// Question 4, how will we extend the learning for students who are already proficient: per target, every student
/// proficient on it extends on it (its 4.0, "more complex" description) while others are retaught it — not only the
/// students proficient on every target.
/// </summary>
/// <param name="Targets">Per essential target, in the unit's order: the 4.0 description and the students extending on it.</param>
/// <param name="EveryTarget">Students proficient on every essential target, in roster order.</param>
public sealed record HowWillWeExtendAnswer(ValueArray<TargetExtension> Targets, ValueArray<StudentId> EveryTarget);

/// <summary>Extension on one target: its code, its 4.0 description (or null), and the students extending on it, in roster order.</summary>
/// <param name="Target">The target.</param>
/// <param name="Code">Its code.</param>
/// <param name="MoreComplex">The 4.0 description, or null when the team has not written it.</param>
/// <param name="Students">The students proficient on it.</param>
public sealed record TargetExtension(TargetId Target, string Code, string? MoreComplex, ValueArray<StudentId> Students);
