namespace MathPlc.Interventions;

/// <summary>A student who needs a group but could not be placed, and why (<c>over-capacity</c>, <c>too-few-for-group</c>, <c>group-size-range</c>).</summary>
/// <param name="StudentId">The student.</param>
/// <param name="Kind">The kind of group they need.</param>
/// <param name="Target">The target they need, when there is one.</param>
/// <param name="Reason">Why they were not placed.</param>
public sealed record UnplacedStudent(StudentId StudentId, GroupKind Kind, TargetId? Target, Reason Reason);
