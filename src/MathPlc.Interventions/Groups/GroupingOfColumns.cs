namespace MathPlc.Interventions;

public static partial class Grouping
{
    /// <summary>
    /// Forms the groups from decisions in columns (issue 18, decision 0215): the groups
    /// <see cref="Form(IEnumerable{TierDecision}, GroupingRules, TargetOrder?)"/> forms from the same decisions (tested),
    /// with the buckets numbered by kind and target number instead of a dictionary of ids, and no sort when the
    /// students come in id order (as <see cref="Tiering.DecideAll"/> gives them).
    /// </summary>
    /// <param name="decisions">Tier decisions, one per student.</param>
    /// <param name="rules">Sizes and capacity.</param>
    /// <param name="order">Progression order of targets; by id when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="decisions"/> or <paramref name="rules"/> is null.</exception>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)] // issue 18: called once per run over every student; straight to optimised code, no tiering
    public static GroupingResult FormAll(TierDecisions decisions, GroupingRules rules, TargetOrder? order = null)
    {
        Guard.Against.Null(decisions);
        Guard.Against.Null(rules);
        order ??= TargetOrder.ById;
        var targets = decisions.Targets;
        // Each target's place in the progression order; bucket (kind, target) is kind * (targets + 1) + place, the no-target bucket last within a kind.
        var byOrder = Enumerable.Range(0, targets.Length).ToArray();
        Array.Sort(byOrder, (x, y) => order.Compare(targets[x], targets[y]));
        var place = new int[targets.Length];
        for (int p = 0; p < byOrder.Length; p++) place[byOrder[p]] = p;
        int kinds = targets.Length + 1;
        // Each student's bucket (-1: none) and each bucket's size first, so every bucket's array is made at its size
        // and filled once, not grown by doubling (issue 18, decision 0255).
        var bucketOf = new int[decisions.Count];
        var sizes = new int[3 * kinds];
        for (int i = 0; i < decisions.Count; i++)
        {
            bucketOf[i] = BucketOf(decisions, i, place, kinds);
            if (bucketOf[i] >= 0) sizes[bucketOf[i]]++;
        }
        var buckets = new StudentId[]?[sizes.Length];
        var filled = new int[sizes.Length];
        var students = decisions.Students;
        for (int i = 0; i < decisions.Count; i++)
            if (bucketOf[i] is int b and >= 0) (buckets[b] ??= new StudentId[sizes[b]])[filled[b]++] = students[i];

        long? left = rules.MaxGroups;
        var groups = ImmutableArray.CreateBuilder<InterventionGroup>();
        var unplaced = ImmutableArray.CreateBuilder<UnplacedStudent>();
        for (int b = 0; b < buckets.Length; b++)
        {
            if (buckets[b] is not { } bucket) continue;
            if (!decisions.ById) Array.Sort(bucket, (x, y) => string.CompareOrdinal(x.Value, y.Value));
            int p = b % kinds;
            Place((GroupKind)(b / kinds), p < targets.Length ? targets[byOrder[p]] : null, bucket, rules, ref left, groups, unplaced);
        }
        return new GroupingResult(groups.ToImmutable(), unplaced.ToImmutable());
    }

    /// <summary>
    /// Student <paramref name="i"/>'s bucket: kind × <paramref name="kinds"/> + the place of their first unmet target
    /// in the progression order (<paramref name="place"/>), the no-target bucket last within a kind; -1 for a core
    /// student without extension.
    /// </summary>
    private static int BucketOf(TierDecisions decisions, int i, int[] place, int kinds)
    {
        GroupKind kind;
        switch (decisions.TierOf(i))
        {
            case Tier.Tier3: kind = GroupKind.Tier3; break;
            case Tier.Tier2: kind = GroupKind.Tier2; break;
            default:
                if (!decisions.ExtensionOf(i)) return -1;
                kind = GroupKind.Extension;
                break;
        }
        int first = kinds - 1;   // no target
        if (kind != GroupKind.Extension)
            foreach (int target in decisions.UnmetOf(i))
                first = Math.Min(first, place[target]);
        return (int)kind * kinds + first;
    }
}
