using MathPlc.Cli.Text;
using MathPlc.Core;
using MathPlc.Teams;
using NodaTime;

namespace MathPlc.Cli.Teams;

/// <summary>
/// The JSON of <c>mathplc stage --overview</c> (docs/cli.md): the whole scope's counts and moves, the same per school
/// when the evidence names schools, and each team's history.
/// </summary>
/// <param name="Scope">The scope's name (the district or site).</param>
/// <param name="From">The earlier occasion, yyyy-MM-dd; null when each team's first diagnosis is compared.</param>
/// <param name="To">The later occasion; null likewise.</param>
/// <param name="CountByStage">Teams at each of the seven stages.</param>
/// <param name="Continuum">Teams at each level of the continuum.</param>
/// <param name="Moves">Each team's move.</param>
/// <param name="Schools">The same per school; empty when no team names a school.</param>
/// <param name="Teams">Each team's stages over time.</param>
internal sealed record StageOverviewOutput(string Scope, string? From, string? To, IReadOnlyList<int> CountByStage, StageContinuumOutput Continuum,
    IReadOnlyList<StageMoveOutput> Moves, IReadOnlyList<StageSchoolOutput> Schools, IReadOnlyList<StageHistoryOutput> Teams)
{
    /// <summary>The output of the overview <paramref name="whole"/>, its <paramref name="schools"/> and the teams' <paramref name="histories"/>.</summary>
    public static StageOverviewOutput Of(StageOverview whole, IEnumerable<KeyValuePair<SchoolId, StageOverview>> schools, IReadOnlyDictionary<TeamId, string> schoolOf,
        IEnumerable<StageHistory> histories, (LocalDate From, LocalDate To)? occasions) => new(
        whole.Scope, occasions is { } o ? IsoDate.Format(o.From) : null, occasions is { } p ? IsoDate.Format(p.To) : null,
        whole.CountByStage, ContinuumOf(whole), MovesOf(whole, schoolOf),
        [.. schools.Select(s => new StageSchoolOutput(s.Key.Value, s.Value.CountByStage, ContinuumOf(s.Value), MovesOf(s.Value, schoolOf)))],
        [.. histories.Select(h => new StageHistoryOutput(h.Team.Value, schoolOf.GetValueOrDefault(h.Team),
            [.. h.Diagnoses.Select(d => new StageOccasionOutput(IsoDate.Format(d.ObservedOn), (int)d.Stage))]))]);

    private static StageContinuumOutput ContinuumOf(StageOverview view) => new(
        view.CountAt(CollaborationLevel.Cooperation), view.CountAt(CollaborationLevel.Coordination), view.CountAt(CollaborationLevel.Collaboration));

    private static IReadOnlyList<StageMoveOutput> MovesOf(StageOverview view, IReadOnlyDictionary<TeamId, string> schoolOf) =>
        [.. view.Moves.Select(m => new StageMoveOutput(m.Team.Value, schoolOf.GetValueOrDefault(m.Team), (int?)m.From, (int)m.To, m.Steps, IsoDate.Format(m.On)))];
}

/// <summary>A school's counts and moves.</summary>
/// <param name="School">The school.</param>
/// <param name="CountByStage">Its teams at each of the seven stages.</param>
/// <param name="Continuum">Its teams at each level of the continuum.</param>
/// <param name="Moves">Each of its teams' moves.</param>
internal sealed record StageSchoolOutput(string School, IReadOnlyList<int> CountByStage, StageContinuumOutput Continuum, IReadOnlyList<StageMoveOutput> Moves);

/// <summary>Teams at each level of the continuum.</summary>
/// <param name="Cooperation">Stages 1–2.</param>
/// <param name="Coordination">Stage 3.</param>
/// <param name="Collaboration">Stages 4–7.</param>
internal sealed record StageContinuumOutput(int Cooperation, int Coordination, int Collaboration);

/// <summary>A team's move between the occasions.</summary>
/// <param name="Team">The team.</param>
/// <param name="School">Its school; null when none is named.</param>
/// <param name="From">The earlier stage; null for a new team.</param>
/// <param name="To">The later stage.</param>
/// <param name="Steps">Stages moved, negative when back.</param>
/// <param name="On">The later diagnosis's date, yyyy-MM-dd.</param>
internal sealed record StageMoveOutput(string Team, string? School, int? From, int To, int Steps, string On);

/// <summary>A team's stages over time.</summary>
/// <param name="Team">The team.</param>
/// <param name="School">Its latest school; null when none is named.</param>
/// <param name="History">Each diagnosis, in date order.</param>
internal sealed record StageHistoryOutput(string Team, string? School, IReadOnlyList<StageOccasionOutput> History);

/// <summary>One diagnosis in a team's history.</summary>
/// <param name="ObservedOn">Its date, yyyy-MM-dd.</param>
/// <param name="Stage">The stage, 1 to 7.</param>
internal sealed record StageOccasionOutput(string ObservedOn, int Stage);
