using MathPlc.Assessments;
using MathPlc.Core;

namespace MathPlc.Interop.Csv;

/// <summary>One row of a responses file: a student's score on an item, the item's maximum, and optionally its target.</summary>
/// <param name="Score">The student's score on the item (a missing score is a null <see cref="ItemScore.Score"/>).</param>
/// <param name="MaxScore">The item's maximum points.</param>
/// <param name="Target">The learning target the item assesses, when the file gives one.</param>
public sealed record ResponseRow(ItemScore Score, double MaxScore, TargetId? Target);
