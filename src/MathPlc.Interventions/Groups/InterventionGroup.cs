using MathPlc.Core;

namespace MathPlc.Interventions;

/// <summary>One intervention or extension group: its kind, the target it works on, and its students.</summary>
/// <param name="Id">A stable id, e.g. <c>tier2-6.RP.A.3-1</c>.</param>
/// <param name="Kind">Tier 3, Tier 2 or extension.</param>
/// <param name="Target">The unmet target every student in it needs; null for extension, or Tier 3 students placed by screening or non-response alone.</param>
/// <param name="Students">The students, by id.</param>
/// <param name="Reason">Why the group exists.</param>
public sealed record InterventionGroup(string Id, GroupKind Kind, TargetId? Target, ValueArray<StudentId> Students, Reason Reason);
