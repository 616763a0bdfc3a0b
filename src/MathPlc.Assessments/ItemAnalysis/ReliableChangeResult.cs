using MathPlc.Core;

namespace MathPlc.Assessments;

/// <summary>A reliable change judgement: the change, the index, the smallest change that would count, and the outcome.</summary>
/// <param name="Change">after − before.</param>
/// <param name="StandardErrorOfDifference">S_diff = √(SEM₁² + SEM₂²) (√2·SEM when both occasions share one SEM).</param>
/// <param name="Index">RCI = change / S_diff, or undefined when S_diff = 0.</param>
/// <param name="MinimumReliableChange">critical · S_diff: the smallest change larger than measurement error.</param>
/// <param name="Outcome">Improved, declined or no reliable change.</param>
/// <param name="Reason">Why, in teachers' words, with the figures.</param>
public sealed record ReliableChangeResult(double Change, double StandardErrorOfDifference, StatisticValue Index, double MinimumReliableChange,
    ReliableChangeOutcome Outcome, Reason Reason);
