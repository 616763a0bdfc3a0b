namespace MathPlc.Teams;

/// <summary>A SMART goal's attainment on a date: the status, the latest value, the projection to the deadline and why.</summary>
/// <param name="Status">Where the goal stands.</param>
/// <param name="Latest">The latest measurement on or before the date, or null.</param>
/// <param name="ProjectedAtDeadline">The value the least-squares line through the baseline and measurements gives at the deadline, or null.</param>
/// <param name="Why">The reason for the status, with the numbers.</param>
public sealed record GoalAttainment(AttainmentStatus Status, GoalMeasurement? Latest, double? ProjectedAtDeadline, Reason Why);
