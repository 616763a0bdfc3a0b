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
        var buckets = new List<StudentId>?[3 * kinds];
        var students = decisions.Students;
        for (int i = 0; i < decisions.Count; i++)
        {
            GroupKind kind;
            switch (decisions.TierOf(i))
            {
                case Tier.Tier3: kind = GroupKind.Tier3; break;
                case Tier.Tier2: kind = GroupKind.Tier2; break;
                default:
                    if (!decisions.ExtensionOf(i)) continue;
                    kind = GroupKind.Extension;
                    break;
            }
            int first = targets.Length;   // no target
            if (kind != GroupKind.Extension)
                foreach (int target in decisions.UnmetOf(i))
                    first = Math.Min(first, place[target]);
            (buckets[(int)kind * kinds + first] ??= []).Add(students[i]);
        }

        long? left = rules.MaxGroups;
        var groups = ImmutableArray.CreateBuilder<InterventionGroup>();
        var unplaced = ImmutableArray.CreateBuilder<UnplacedStudent>();
        for (int b = 0; b < buckets.Length; b++)
        {
            if (buckets[b] is not { } bucket) continue;
            if (!decisions.ById) bucket.Sort((x, y) => string.CompareOrdinal(x.Value, y.Value));
            int p = b % kinds;
            Place((GroupKind)(b / kinds), p < targets.Length ? targets[byOrder[p]] : null, bucket, rules, ref left, groups, unplaced);
        }
        return new GroupingResult(groups.ToImmutable(), unplaced.ToImmutable());
    }
}
