using MathPlc.Core;

namespace MathPlc.CriticalQuestions;

/// <summary>One high-leverage team action of the unit, and whether the data shows it done or missing, with the reasons.</summary>
/// <param name="Action">The action.</param>
/// <param name="Phase">Before, during or after the unit.</param>
/// <param name="State">Done, missing, or not in the data.</param>
/// <param name="Reasons">What in the data decided the state, with the numbers; never empty.</param>
public sealed record TeamActionStatus(HighLeverageTeamAction Action, UnitPhase Phase, TeamActionState State, ImmutableArray<Reason> Reasons)
{
    /// <inheritdoc/>
    public bool Equals(TeamActionStatus? other) =>
        other is not null && Action == other.Action && Phase == other.Phase && State == other.State && Reasons.SequenceEqual(other.Reasons);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Action, Phase, State, Reasons.Length);
}
