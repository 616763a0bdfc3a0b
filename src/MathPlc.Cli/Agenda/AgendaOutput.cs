using MathPlc.Cli.Text;
using MathPlc.Teams;

namespace MathPlc.Cli.Agenda;

/// <summary>The JSON of <c>mathplc agenda</c> (docs/cli.md): the unit's days, the meetings with their actions, and why.</summary>
/// <param name="UnitStart">The unit's first day, yyyy-MM-dd.</param>
/// <param name="UnitEnd">The unit's last day.</param>
/// <param name="Meetings">The meetings that carry actions, in date order.</param>
/// <param name="Reasons">Why the agenda is as it is.</param>
internal sealed record AgendaOutput(string UnitStart, string UnitEnd, IReadOnlyList<AgendaMeetingOutput> Meetings, IReadOnlyList<ReasonOutput> Reasons)
{
    /// <summary>The output of <paramref name="agenda"/>.</summary>
    public static AgendaOutput Of(UnitAgenda agenda) => new(IsoDate.Format(agenda.UnitStart), IsoDate.Format(agenda.UnitEnd),
        [.. agenda.Meetings.Select(m => new AgendaMeetingOutput(IsoDate.Format(m.Date), AgendaCommand.Weekday(m.Date), AgendaCommand.Phase(m.Phase),
            [.. m.Actions.Select(a => new AgendaActionOutput(a.Id, a.Action))]))],
        ReasonOutput.Of(agenda.Reasons));
}

/// <summary>A meeting on the agenda.</summary>
/// <param name="Date">The meeting's date, yyyy-MM-dd.</param>
/// <param name="Weekday">monday … sunday.</param>
/// <param name="Phase">before, during or after the unit.</param>
/// <param name="Actions">The team actions on its agenda.</param>
internal sealed record AgendaMeetingOutput(string Date, string Weekday, string Phase, IReadOnlyList<AgendaActionOutput> Actions);

/// <summary>A team action on a meeting's agenda.</summary>
/// <param name="Id">The action's id in the team-actions file.</param>
/// <param name="Action">What the team does.</param>
internal sealed record AgendaActionOutput(string Id, string Action);
