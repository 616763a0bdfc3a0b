using MathPlc.Core;
using MathPlc.Interventions;

namespace MathPlc.Interop.Csv;

/// <summary>One row of a goals file: a student's progress-monitoring goal, and the line it was on (for later diagnostics).</summary>
/// <param name="StudentId">The student.</param>
/// <param name="Goal">The goal.</param>
/// <param name="Line">The file line of the row.</param>
public sealed record StudentGoal(StudentId StudentId, ProgressGoal Goal, int Line);
