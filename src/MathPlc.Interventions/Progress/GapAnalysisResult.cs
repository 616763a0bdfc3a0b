using MathPlc.Core;

namespace MathPlc.Interventions;

/// <summary>The result of a gap analysis, with its reasons.</summary>
/// <param name="GapRatio">Current benchmark ÷ current performance.</param>
/// <param name="Significant">Whether the gap is above the significant gap.</param>
/// <param name="NeededRoiPerWeek">Growth needed per week to reach the end-of-year benchmark: (benchmark − current) ÷ weeks left.</param>
/// <param name="Reasonable">Whether the needed growth is at most the reasonable multiple of typical growth.</param>
/// <param name="InterimGoal">When not reasonable: current + multiple × typical × weeks left, the goal reachable at the reasonable rate; else null.</param>
/// <param name="WeeksToClose">Weeks to reach the benchmark at the student's current rate, or null when that rate is not positive or not given.</param>
/// <param name="Reasons">Why, with the numbers.</param>
public sealed record GapAnalysisResult(double GapRatio, bool Significant, double NeededRoiPerWeek, bool Reasonable, double? InterimGoal, double? WeeksToClose, ValueArray<Reason> Reasons);
