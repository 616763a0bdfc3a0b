using MathPlc.Core;

namespace MathPlc.CriticalQuestions;

/// <summary>What the generator knows and a team never does: a sample student's true ability, overall and per target.</summary>
/// <param name="Student">The student.</param>
/// <param name="Ability">The overall ability, including teacher effect and group gaps (logits).</param>
/// <param name="ByTarget">The ability on each unit target, in the unit's order (logits), which drives the item responses.</param>
/// <param name="Absent">Whether the student missed the assessment.</param>
public sealed record SampleStudent(StudentId Student, double Ability, ValueArray<double> ByTarget, bool Absent);
