using MathPlc.Core;

namespace MathPlc.Assessments;

/// <summary>How much of a blueprint bears on one learning target.</summary>
/// <param name="Target">The target.</param>
/// <param name="IsEssential">Whether it is one of the unit's essential targets.</param>
/// <param name="Items">The number of items assessing it.</param>
/// <param name="Points">The points toward it (an item on several targets shares its points equally).</param>
/// <param name="ShareOfPoints">Its points as a share of the blueprint's total.</param>
public sealed record TargetCoverage(TargetId Target, bool IsEssential, int Items, double Points, double ShareOfPoints);
