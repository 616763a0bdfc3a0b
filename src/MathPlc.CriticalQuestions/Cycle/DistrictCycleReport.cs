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
        District = Guard.Against.NullOrWhiteSpace(district).Trim();
        var list = Guard.Against.NullOrNullElements(teams);
        Guard.Against.Unmet(!list.IsEmpty, nameof(teams), "A district needs at least one team.");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in list) Guard.Against.Unmet(ids.Add(t.TeamId), nameof(teams), $"The team id \"{t.TeamId}\" is given twice.");
        var first = list[0].Report.HowWillWeKnow.Targets;
        foreach (var t in list)
            Guard.Against.Unmet(t.Report.HowWillWeKnow.Targets.Select(s => s.Target).SequenceEqual(first.Select(s => s.Target)), nameof(teams),
                $"The team \"{t.TeamId}\" reports on other targets than the team \"{list[0].TeamId}\"; a district's teams share one unit.");
        Teams = list;
        Counts = list.Select(t => t.Report.Counts).Aggregate(static (a, b) => new CycleCounts(a.Students + b.Students, a.Teachers + b.Teachers,
            a.Sections + b.Sections, a.Targets, a.Tier3 + b.Tier3, a.Referral + b.Referral, a.Tier2 + b.Tier2, a.WholeClass + b.WholeClass,
            a.NotAssessed + b.NotAssessed, a.Extension + b.Extension, a.Groups + b.Groups, a.DoesNotFit + b.DoesNotFit));
        Targets = [.. first.Select((target, i) => new TargetSummary(target.Target, target.Code,
            list.Sum(t => t.Report.HowWillWeKnow.Targets[i].Proficient), list.Sum(t => t.Report.HowWillWeKnow.Targets[i].NotYetProficient),
            list.Sum(t => t.Report.HowWillWeKnow.Targets[i].WithoutScore), target.Cut))];
    }

    /// <summary>The district's name for the teams together.</summary>
    public string District { get; }

    /// <summary>The teams' reports, in order.</summary>
    public ValueArray<TeamCycleReport> Teams { get; }

    /// <summary>
    /// The district's headline counts: each the sum of the teams' (a teacher on two teams counts on each, as a team's
    /// capacity does); <see cref="CycleCounts.Targets"/> is the unit's.
    /// </summary>
    public CycleCounts Counts { get; }

    /// <summary>The district's counts per essential target, in the unit's order: each the sum of the teams'.</summary>
    public ValueArray<TargetSummary> Targets { get; }

    /// <summary>The teams ranked by their share of scored results not yet proficient, highest first (ties, and teams with nothing scored last, in team order).</summary>
    public ImmutableArray<TeamCycleReport> RankedByNotYetShare() =>
        [.. Teams.Select((t, i) => (Team: t, Share: t.NotYetShare, Order: i)).OrderBy(x => x.Share is null).ThenByDescending(x => x.Share ?? 0)
            .ThenBy(x => x.Order).Select(x => x.Team)];
}
