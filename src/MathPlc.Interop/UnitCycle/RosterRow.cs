using MathPlc.Core;

namespace MathPlc.Interop.UnitCycle;

/// <summary>A roster file's row (<see cref="RosterCsv.ReadWithTeams"/>): the student and, in a district of several teams, the student's team id.</summary>
/// <param name="Student">The student, section, teacher and group attributes.</param>
/// <param name="Team">The <c>team_id</c> cell, trimmed; null when the file has no such column.</param>
public sealed record RosterRow(RosterStudent Student, string? Team);
