using MathPlc.Assessments;
using MathPlc.Core;

namespace MathPlc.Interop.UnitCycle;

/// <summary>One row of an item-score file: a student's score on one item of the common assessment, or none (not answered).</summary>
/// <param name="Student">The student.</param>
/// <param name="Item">The item.</param>
/// <param name="Score">The points earned, zero or more, or null when the item was not answered.</param>
public sealed record ItemScoreLine(StudentId Student, ItemId Item, double? Score)
{
    /// <summary>The row as the Assessments package's value.</summary>
    public ItemScore ToItemScore() => new(Student, Item, Score);
}
