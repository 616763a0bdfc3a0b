using MathPlc.Core;

namespace MathPlc.CriticalQuestions;

/// <summary>
/// A district's unit cycle: one report per team (<see cref="DistrictCycle"/>), and the district's counts and results by
/// target, each the sum of the teams' (decision 0106).
/// </summary>
/// <remarks>Immutable. Teams keep the order <see cref="DistrictCycle.Split"/> gives them (their first student on the roster).</remarks>
public sealed record DistrictCycleReport
{
    /// <summary>Creates the district's report from its teams' reports.</summary>
    /// <param name="district">The district's name for the teams together, e.g. "Grade 6 mathematics" (the unit file's team).</param>
    /// <param name="teams">The teams' reports; at least one, ids unique, every team on the same unit (the same targets in the same order).</param>
    /// <exception cref="ArgumentNullException"><paramref name="teams"/> is null or holds null.</exception>
    /// <exception cref="ArgumentException"><paramref name="district"/> is blank, no teams, a team id repeats, or two teams' reports are on different targets.</exception>
    public DistrictCycleReport(string district, IEnumerable<TeamCycleReport> teams)
    {
        Guard.Against.NullOrWhiteSpace(district);
        var list = Guard.Against.NullOrNullElements(teams);
        Outline = new DistrictCycleOutline(district, list.Select(t => new TeamCycleOutline(t)));
        District = Outline.District;
        Teams = list;
    }

    /// <summary>The district's name for the teams together.</summary>
    public string District { get; }

    /// <summary>The teams' reports, in order.</summary>
    public ValueArray<TeamCycleReport> Teams { get; }

    /// <summary>
    /// The district's headline counts: each the sum of the teams' (a teacher on two teams counts on each, as a team's
    /// capacity does); <see cref="CycleCounts.Targets"/> is the unit's.
    /// </summary>
    public CycleCounts Counts => Outline.Counts;

    /// <summary>The district's counts per essential target, in the unit's order: each the sum of the teams'.</summary>
    public ValueArray<TargetSummary> Targets => Outline.Targets;

    /// <summary>What the district's summary reads: each team's <see cref="TeamCycleOutline"/>, with the same counts and targets (decision 0170).</summary>
    public DistrictCycleOutline Outline { get; }

    /// <summary>The teams ranked by their share of scored results not yet proficient, highest first (ties, and teams with nothing scored last, in team order).</summary>
    public ImmutableArray<TeamCycleReport> RankedByNotYetShare() => [.. Outline.RankOrder().Select(i => Teams[i])];
}
