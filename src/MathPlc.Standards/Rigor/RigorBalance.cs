using MathPlc.Core;

namespace MathPlc.Standards;

/// <summary>
/// The rigor balance of a set of tasks: the share at each depth-of-knowledge level and each level of cognitive demand,
/// the share of higher-level demand, the aspects of rigor covered, and whether it meets the team's expectation, with
/// the reasons.
/// </summary>
/// <remarks>
/// Shares are over the tasks tagged with that framework (an untagged task is counted in <see cref="UntaggedDemand"/>
/// and named in a reason, never treated as lower level). With no task tagged for demand the balance says so
/// (<see cref="HigherLevelShare"/> null, <see cref="MeetsExpectation"/> false) instead of reporting 0 %.
/// Higher level = procedures with connections or doing mathematics (Smith and Stein 1998).
/// </remarks>
public sealed record RigorBalance
{
    private RigorBalance() { }

    /// <summary>The number of tasks.</summary>
    public int Tasks { get; private init; }

    /// <summary>Share of depth-tagged tasks at DOK 1, 2, 3 and 4 (index 0 is level 1); all zero when none is tagged.</summary>
    public ValueArray<double> DepthShares { get; private init; } = [];

    /// <summary>Share of demand-tagged tasks at each level of cognitive demand (index 0 is memorization); all zero when none is tagged.</summary>
    public ValueArray<double> DemandShares { get; private init; } = [];

    /// <summary>The share of demand-tagged tasks at a higher level, or null when no task is tagged for demand.</summary>
    public double? HigherLevelShare { get; private init; }

    /// <summary>Tasks with no cognitive-demand tag.</summary>
    public int UntaggedDemand { get; private init; }

    /// <summary>The aspects of rigor at least one task serves, in enum order.</summary>
    public ValueArray<RigorAspect> AspectsCovered { get; private init; } = [];

    /// <summary>The aspects no task serves.</summary>
    public ValueArray<RigorAspect> AspectsMissing { get; private init; } = [];

    /// <summary>Whether the tasks meet the expectation.</summary>
    public bool MeetsExpectation { get; private init; }

    /// <summary>Why: the share against the expectation, missing aspects, untagged tasks.</summary>
    public ValueArray<Reason> Reasons { get; private init; } = [];

    /// <summary>The balance of <paramref name="tasks"/> against <paramref name="expectation"/> (default: <see cref="RigorExpectation"/>'s defaults).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="tasks"/> or an element is null.</exception>
    public static RigorBalance Of(IEnumerable<TaggedTask> tasks, RigorExpectation? expectation = null)
    {
        var list = Guard.Against.NullOrNullElements(tasks);
        expectation ??= new RigorExpectation();
        var reasons = ImmutableArray.CreateBuilder<Reason>();
        if (list.IsEmpty)
        {
            reasons.Add(new Reason("no-tasks", "There are no tasks to judge the rigor of."));
            return new RigorBalance
            {
                DepthShares = [0, 0, 0, 0], DemandShares = [0, 0, 0, 0], AspectsMissing = [.. Enum.GetValues<RigorAspect>()],
                Reasons = reasons.ToImmutable(),
            };
        }
        var depthCounts = new int[4];
        var demandCounts = new int[4];
        int depthTagged = 0, demandTagged = 0, higher = 0;
        var covered = new SortedSet<RigorAspect>();
        foreach (var task in list)
        {
            if (task.Rigor.Depth is { } depth) { depthCounts[(int)depth - 1]++; depthTagged++; }
            if (task.Rigor.Demand is { } demand)
            {
                demandCounts[(int)demand - 1]++;
                demandTagged++;
                if (demand.IsHigherLevel()) higher++;
            }
            covered.UnionWith(task.Rigor.Aspects);
        }
        static ImmutableArray<double> Shares(int[] counts, int total) => [.. counts.Select(c => total == 0 ? 0.0 : (double)c / total)];
        var missing = Enum.GetValues<RigorAspect>().Where(a => !covered.Contains(a)).ToImmutableArray();
        int untagged = list.Length - demandTagged;
        double? share = demandTagged == 0 ? null : (double)higher / demandTagged;
        bool meets = true;
        if (share is null)
        {
            meets = false;
            reasons.Add(new Reason("no-demand-tags", "No task is tagged with a level of cognitive demand, so the share of higher-level tasks is unknown."));
        }
        else
        {
            bool enough = share.Value >= expectation.MinimumHigherLevelShare;
            meets &= enough;
            reasons.Add(new Reason(enough ? "higher-level-share-met" : "higher-level-share-low",
                    enough
                        ? $"{higher} of {demandTagged} tagged tasks ask for higher-level thinking, at least the {InvariantNumber.Format(expectation.MinimumHigherLevelShare * 100)} % the team expects."
                        : $"Only {higher} of {demandTagged} tagged tasks ask for higher-level thinking, below the {InvariantNumber.Format(expectation.MinimumHigherLevelShare * 100)} % the team expects.")
                .With("higher", higher).With("tagged", demandTagged).With("share", share.Value).With("expected", expectation.MinimumHigherLevelShare));
        }
        if (untagged > 0)
            reasons.Add(new Reason("untagged-tasks", $"{untagged} task(s) have no cognitive-demand tag and are left out of the shares.")
                .With("tasks", string.Join(", ", list.Where(t => t.Rigor.Demand is null).Select(t => t.Name))));
        if (covered.Count == 0)
        {
            // Nothing tagged: which aspects the tasks serve is unknown, not known to be missing.
            if (expectation.RequireAllAspects) meets = false;
            reasons.Add(new Reason("no-aspect-tags", "No task is tagged with an aspect of rigor, so which aspects the tasks serve is unknown."));
        }
        else if (missing.Length > 0)
        {
            if (expectation.RequireAllAspects) meets = false;
            reasons.Add(new Reason("aspects-missing", $"No task serves {string.Join(", ", missing.Select(InWords))}.").With("missing", string.Join(",", missing)));
        }
        return new RigorBalance
        {
            Tasks = list.Length, DepthShares = Shares(depthCounts, depthTagged), DemandShares = Shares(demandCounts, demandTagged),
            HigherLevelShare = share, UntaggedDemand = untagged, AspectsCovered = [.. covered], AspectsMissing = missing,
            MeetsExpectation = meets, Reasons = reasons.ToImmutable(),
        };
    }

    /// <summary>An aspect of rigor as teachers say it.</summary>
    private static string InWords(RigorAspect aspect) => aspect switch
    {
        RigorAspect.ConceptualUnderstanding => "conceptual understanding",
        RigorAspect.ProceduralSkillAndFluency => "procedural skill and fluency",
        _ => "application",
    };
}
