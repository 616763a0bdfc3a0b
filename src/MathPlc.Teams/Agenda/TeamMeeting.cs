using MathPlc.Core;

namespace MathPlc.Teams;

/// <summary>One collaboration meeting on the school calendar with the team actions on its agenda.</summary>
/// <remarks>Equality compares the actions by content.</remarks>
public sealed record TeamMeeting
{
    internal TeamMeeting(LocalDate date, UnitPhase phase, ImmutableArray<TeamAction> actions) => (Date, Phase, Actions) = (date, phase, actions);

    /// <summary>The meeting's date (an instructional day on one of the team's meeting weekdays).</summary>
    public LocalDate Date { get; }

    /// <summary>Whether the meeting falls before, during or after the unit.</summary>
    public UnitPhase Phase { get; }

    /// <summary>The actions on the meeting's agenda, in the template's order.</summary>
    public ValueArray<TeamAction> Actions { get; }
}

/// <summary>A unit's dated team agenda: every meeting with its actions, and why it came out so (a phase with no meeting, actions doubled up).</summary>
/// <remarks>Equality compares the meetings and reasons by content.</remarks>
public sealed record UnitAgenda
{
    internal UnitAgenda(LocalDate unitStart, LocalDate unitEnd, ImmutableArray<TeamMeeting> meetings, ImmutableArray<Reason> reasons) =>
        (UnitStart, UnitEnd, Meetings, Reasons) = (unitStart, unitEnd, meetings, reasons);

    /// <summary>The unit's first day.</summary>
    public LocalDate UnitStart { get; }

    /// <summary>The unit's last day (the common end-of-unit assessment).</summary>
    public LocalDate UnitEnd { get; }

    /// <summary>The meetings in date order.</summary>
    public ValueArray<TeamMeeting> Meetings { get; }

    /// <summary>Why the agenda is as it is: how many meetings each phase has, and any phase left without one.</summary>
    public ValueArray<Reason> Reasons { get; }
}
