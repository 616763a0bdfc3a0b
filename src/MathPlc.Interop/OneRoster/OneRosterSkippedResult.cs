using MathPlc.Core;

namespace MathPlc.Interop.OneRoster;

/// <summary>A result (or one of its objective scores) that gave no evidence, and why.</summary>
/// <param name="Result">The result's sourcedId.</param>
/// <param name="Student">The student.</param>
/// <param name="Why">The reason, with a stable code such as <c>not-scored</c>.</param>
public sealed record OneRosterSkippedResult(string Result, StudentId Student, Reason Why);
