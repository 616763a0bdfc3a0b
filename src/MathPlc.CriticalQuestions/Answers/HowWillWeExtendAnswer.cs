using MathPlc.Core;
using MathPlc.Interventions;

namespace MathPlc.CriticalQuestions;

/// <summary>
/// Question 4, how will we extend the learning for students who are already proficient: the students proficient on
/// every essential target and their extension groups.
/// </summary>
/// <param name="Students">Students proficient on every essential target, in roster order.</param>
/// <param name="Groups">The extension groups.</param>
/// <param name="Unplaced">Extension students who could not be placed in a group, with the reason.</param>
public sealed record HowWillWeExtendAnswer(ImmutableArray<StudentId> Students, ImmutableArray<InterventionGroup> Groups, ImmutableArray<UnplacedStudent> Unplaced)
{
    /// <inheritdoc/>
    public bool Equals(HowWillWeExtendAnswer? other) =>
        other is not null && Students.SequenceEqual(other.Students) && Groups.SequenceEqual(other.Groups) && Unplaced.SequenceEqual(other.Unplaced);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Students.Length, Groups.Length, Unplaced.Length);
}
