using MathPlc.Core;
using NodaTime;

namespace MathPlc.CriticalQuestions;

/// <summary>
/// What a district's summary reads of one team's report (decision 0170): the team's counts, its results by target and the
/// size of its capacity — a few hundred bytes where the whole <see cref="UnitCycleReport"/> holds every student's rows.
/// </summary>
/// <remarks>
/// A district's report can be written team by team (<c>mathplc cycle --out</c>: each team's pages, rows and JSON object
/// written, then the team dropped); the summary written last needs only each team's outline (<see cref="DistrictCycleOutline"/>).
/// Immutable.
/// </remarks>
public sealed record TeamCycleOutline
{
    /// <summary>The outline of <paramref name="team"/>'s report.</summary>
    /// <param name="team">The team's report.</param>
    /// <exception cref="ArgumentNullException"><paramref name="team"/> is null.</exception>
    public TeamCycleOutline(TeamCycleReport team)
    {
        Guard.Against.Null(team);
        var report = team.Report;
        TeamId = team.TeamId;
        Unit = report.Unit;
        Assessment = report.Assessment;
        AssessedOn = report.AssessedOn;
        NextCycleStart = report.NextCycleStart;
        MinimumGroupSize = report.HowWillWeKnow.MinimumGroupSize;
        Counts = report.Counts;
        Targets = report.HowWillWeKnow.Targets;
        Adults = report.HowWillWeRespond.Plan.Capacity.Adults.Length;
        Blocks = report.HowWillWeRespond.Plan.Capacity.Blocks.Length;
    }

    /// <summary>The team's id (<see cref="TeamCycleReport.TeamId"/>).</summary>
    public string TeamId { get; }

    /// <summary>The unit's name (<see cref="UnitCycleReport.Unit"/>).</summary>
    public string Unit { get; }

    /// <summary>The common assessment's name (<see cref="UnitCycleReport.Assessment"/>).</summary>
    public string Assessment { get; }

    /// <summary>The date of the common assessment.</summary>
    public LocalDate AssessedOn { get; }

    /// <summary>The first day of the next intervention cycle.</summary>
    public LocalDate NextCycleStart { get; }

    /// <summary>The minimum group size the team's data was reported with (<see cref="HowWillWeKnowAnswer.MinimumGroupSize"/>).</summary>
    public int MinimumGroupSize { get; }

    /// <summary>The team's headline counts.</summary>
    public CycleCounts Counts { get; }

    /// <summary>The team's counts per essential target, in the unit's order.</summary>
    public ValueArray<TargetSummary> Targets { get; }

    /// <summary>How many adults lead the team's groups.</summary>
    public int Adults { get; }

    /// <summary>How many intervention blocks the team has a week.</summary>
    public int Blocks { get; }

    /// <summary>Scored results (student and target) not yet proficient, over all the team's scored results; null when nothing was scored.</summary>
    public double? NotYetShare => NotYetShareOf(Targets);

    internal static double? NotYetShareOf(IEnumerable<TargetSummary> targets)
    {
        int scored = 0, notYet = 0;
        foreach (var t in targets)
        {
            scored += t.Scored;
            notYet += t.NotYetProficient;
        }
        return scored == 0 ? null : (double)notYet / scored;
    }
}

/// <summary>
/// A district's unit cycle as its summary reads it (decision 0170): each team's <see cref="TeamCycleOutline"/>, and the
/// district's counts and results by target, each the sum of the teams' — the same figures as
/// <see cref="DistrictCycleReport"/>'s, without any student's rows.
/// </summary>
/// <remarks>Immutable. Teams keep the order they are given in.</remarks>
public sealed record DistrictCycleOutline
{
    /// <summary>Creates the district's outline from its teams' outlines.</summary>
    /// <param name="district">The district's name for the teams together (the unit file's team).</param>
    /// <param name="teams">The teams' outlines; at least one, ids unique, every team on the same unit (the same targets in the same order).</param>
    /// <exception cref="ArgumentNullException"><paramref name="teams"/> is null or holds null.</exception>
    /// <exception cref="ArgumentException"><paramref name="district"/> is blank, no teams, a team id repeats, or two teams are on different targets.</exception>
    public DistrictCycleOutline(string district, IEnumerable<TeamCycleOutline> teams)
    {
        District = Guard.Against.NullOrWhiteSpace(district).Trim();
        var list = Guard.Against.NullOrNullElements(teams);
        Guard.Against.Unmet(!list.IsEmpty, nameof(teams), "A district needs at least one team.");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in list) Guard.Against.Unmet(ids.Add(t.TeamId), nameof(teams), $"The team id \"{t.TeamId}\" is given twice.");
        var first = list[0].Targets;
        foreach (var t in list)
            Guard.Against.Unmet(t.Targets.Select(s => s.Target).SequenceEqual(first.Select(s => s.Target)), nameof(teams),
                $"The team \"{t.TeamId}\" reports on other targets than the team \"{list[0].TeamId}\"; a district's teams share one unit.");
        Teams = list;
        Counts = list.Select(t => t.Counts).Aggregate(static (a, b) => new CycleCounts(a.Students + b.Students, a.Teachers + b.Teachers,
            a.Sections + b.Sections, a.Targets, a.Tier3 + b.Tier3, a.Referral + b.Referral, a.Tier2 + b.Tier2, a.WholeClass + b.WholeClass,
            a.NotAssessed + b.NotAssessed, a.Extension + b.Extension, a.Groups + b.Groups, a.DoesNotFit + b.DoesNotFit));
        Targets = [.. first.Select((target, i) => new TargetSummary(target.Target, target.Code,
            list.Sum(t => t.Targets[i].Proficient), list.Sum(t => t.Targets[i].NotYetProficient), list.Sum(t => t.Targets[i].WithoutScore), target.Cut))];
    }

    /// <summary>The district's name for the teams together.</summary>
    public string District { get; }

    /// <summary>The teams' outlines, in order.</summary>
    public ValueArray<TeamCycleOutline> Teams { get; }

    /// <summary>The district's headline counts: each the sum of the teams' (<see cref="DistrictCycleReport.Counts"/>).</summary>
    public CycleCounts Counts { get; }

    /// <summary>The district's counts per essential target, in the unit's order: each the sum of the teams'.</summary>
    public ValueArray<TargetSummary> Targets { get; }

    /// <summary>The teams ranked by their share of scored results not yet proficient, highest first (ties, and teams with nothing scored last, in team order).</summary>
    public ImmutableArray<TeamCycleOutline> RankedByNotYetShare() => [.. RankOrder().Select(i => Teams[i])];

    /// <summary>The positions of the teams in <see cref="RankedByNotYetShare"/>'s order.</summary>
    internal IEnumerable<int> RankOrder() =>
        Teams.Select((t, i) => (Share: t.NotYetShare, Order: i)).OrderBy(x => x.Share is null).ThenByDescending(x => x.Share ?? 0).ThenBy(x => x.Order).Select(x => x.Order);
}
