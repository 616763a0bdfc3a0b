using MathPlc.Core;

namespace MathPlc.CriticalQuestions;

/// <summary>One high-leverage team action of the unit, and whether the data shows it done or missing, with the reasons.</summary>
/// <param name="Action">The action.</param>
/// <param name="Phase">Before, during or after the unit.</param>
/// <param name="State">Done, missing, or not in the data.</param>
/// <param name="Reasons">What in the data decided the state, with the numbers; never empty.</param>
/// <exception cref="ArgumentOutOfRangeException">The action or state is not defined.</exception>
/// <exception cref="ArgumentException">The phase is not the action's, or there is no reason (or a null one).</exception>
public sealed record TeamActionStatus(HighLeverageTeamAction Action, UnitPhase Phase, TeamActionState State, ValueArray<Reason> Reasons)
{
    /// <summary>The phase; always the action's own (<see cref="TeamActionText.Phase"/>).</summary>
    public UnitPhase Phase { get; } = Phase == Action.Phase() ? Phase : throw new ArgumentException($"{Action} is taken {Action.Phase()}, not {Phase}.", nameof(Phase));

    /// <summary>Done, missing or not in the data.</summary>
    public TeamActionState State { get; } = Enum.IsDefined(State) ? State : throw new ArgumentOutOfRangeException(nameof(State), State, $"{(int)State} is not a state of a team action.");

    /// <summary>Why; never empty.</summary>
    public ValueArray<Reason> Reasons { get; } = !Reasons.IsEmpty && Reasons.All(r => r is not null)
        ? Reasons : throw new ArgumentException("A team action's state needs at least one reason, and no null one.", nameof(Reasons));
}
