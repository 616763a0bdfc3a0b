using MathPlc.Core;

namespace MathPlc.Assessments;

/// <summary>
/// A group's proficiency rate against the rest of the team's students on a target — a student-group gap, or a
/// teacher's students against the other teachers' — with the interval for the difference and what it allows saying.
/// </summary>
/// <param name="Target">The learning target.</param>
/// <param name="Kind">Teacher or student group.</param>
/// <param name="Group">The teacher id, or <c>attribute=value</c>.</param>
/// <param name="Rate">The group's rate.</param>
/// <param name="RestRate">The rate of the team's other students.</param>
/// <param name="Difference">Rate − rest rate, or not shown.</param>
/// <param name="Lower">Lower bound of Newcombe's interval for the difference; null when not shown.</param>
/// <param name="Upper">Upper bound; null when not shown.</param>
/// <param name="Conclusion">Clearly higher, clearly lower, not distinguishable, or not shown.</param>
/// <param name="Reason">The conclusion in teachers' words, with the figures.</param>
public sealed record RateComparison(TargetId Target, Breakdown Kind, string Group, StatisticValue Rate, StatisticValue RestRate,
    StatisticValue Difference, double? Lower, double? Upper, ComparisonConclusion Conclusion, Reason Reason);
