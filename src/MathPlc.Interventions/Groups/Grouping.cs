namespace MathPlc.Interventions;

/// <summary>
/// Intervention and extension groups from tier decisions: students grouped by the same unmet target (the first
/// in progression order when they miss several), sizes within each kind's range and balanced, within capacity.
/// </summary>
/// <remarks>
/// <para>
/// Sources: group by target, not by overall score (Buffum, Mattos &amp; Malone, <i>Taking Action</i>; Hawaii DOE
/// MTSS Tier 2, "same unmet standard"); sizes per reference/interventions.md §10. The algorithm (decision 0032):
/// </para>
/// <list type="number">
/// <item>Buckets: Tier 3 students by first unmet target (none when placed by screening or non-response), Tier 2
/// students by first unmet target (none when placed by screening), extension students in one bucket. Buckets are
/// taken Tier 3 first, then Tier 2, then extension; within a kind by target in progression order, the no-target
/// bucket last. Students in a bucket are ordered by id.</item>
/// <item>A bucket of m students gets k = ⌈m / max⌉ groups, students dealt round-robin, so sizes differ by at most
/// one. When that leaves a group below the minimum, it gets ⌊m / min⌋ groups of the maximum size and the
/// students left over are unplaced (<c>group-size-range</c>); fewer than the minimum are unplaced
/// (<c>too-few-for-group</c>).</item>
/// <item>Capacity: once <see cref="GroupingRules.MaxGroups"/> groups exist, later buckets get only what is left, and
/// their remaining students are unplaced (<c>over-capacity</c>).</item>
/// </list>
/// </remarks>
public static partial class Grouping
{
    /// <summary>Forms the groups.</summary>
    /// <param name="decisions">Tier decisions, one per student.</param>
    /// <param name="rules">Sizes and capacity.</param>
    /// <param name="order">Progression order of targets; by id when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="decisions"/> or <paramref name="rules"/> is null.</exception>
    /// <exception cref="ArgumentException">A student has two decisions, or a decision is null.</exception>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)] // issue 18: called once per run over every student; straight to optimised code, no tiering
    public static GroupingResult Form(IEnumerable<TierDecision> decisions, GroupingRules rules, TargetOrder? order = null)
    {
        Guard.Against.Null(decisions);
        Guard.Against.Null(rules);
        order ??= TargetOrder.ById;
        var seen = new HashSet<StudentId>();
        var buckets = new Dictionary<(GroupKind Kind, TargetId? Target), List<StudentId>>();
        foreach (var decision in decisions)
        {
            Guard.Against.Unmet(decision is not null, nameof(decisions), "A decision is null.");
            Guard.Against.Unmet(seen.Add(decision.StudentId), nameof(decisions), $"The student {decision.StudentId} has two decisions.");
            GroupKind? kind = decision.Tier switch
            {
                Tier.Tier3 => GroupKind.Tier3,
                Tier.Tier2 => GroupKind.Tier2,
                _ => decision.Extension ? GroupKind.Extension : null,
            };
            if (kind is not { } k) continue;
            TargetId? target = k != GroupKind.Extension && !decision.UnmetTargets.IsEmpty ? FirstUnmet(decision.UnmetTargets, order) : null;
            if (!buckets.TryGetValue((k, target), out var list)) buckets[(k, target)] = list = [];
            list.Add(decision.StudentId);
        }

        var keys = buckets.Keys.ToList();
        keys.Sort((a, b) => a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind)
            : a.Target is null ? (b.Target is null ? 0 : 1)
            : b.Target is null ? -1
            : order.Compare(a.Target.Value, b.Target.Value));
        long? left = rules.MaxGroups;
        var groups = ImmutableArray.CreateBuilder<InterventionGroup>();
        var unplaced = ImmutableArray.CreateBuilder<UnplacedStudent>();
        foreach (var key in keys)
        {
            var students = buckets[key];
            students.Sort((a, b) => string.CompareOrdinal(a.Value, b.Value));
            Place(key.Kind, key.Target, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(students), rules, ref left, groups, unplaced);
        }
        return new GroupingResult(groups.ToImmutable(), unplaced.ToImmutable());
    }

    /// <summary>
    /// Places one bucket's <paramref name="students"/> (in id order) into groups of <paramref name="kind"/> on
    /// <paramref name="target"/>, within what is <paramref name="left"/> of the capacity: step 2 and 3 of the remarks.
    /// </summary>
    private static void Place(GroupKind kind, TargetId? target, ReadOnlySpan<StudentId> students, GroupingRules rules, ref long? left,
        ImmutableArray<InterventionGroup>.Builder groups, ImmutableArray<UnplacedStudent>.Builder unplaced)
    {
        var size = rules.SizeOf(kind);
        int m = students.Length;
        int k = (m + size.Maximum - 1) / size.Maximum;
        int placed = m;
        string shortfall = "group-size-range";
        if (m < size.Minimum)
        {
            (k, placed, shortfall) = (0, 0, "too-few-for-group");
        }
        else if (m / k < size.Minimum)
        {
            k = m / size.Minimum;
            placed = k * size.Maximum;
        }
        if (left is { } capacity && k > capacity)
        {
            k = (int)capacity;
            placed = Math.Min(placed, k * size.Maximum);
            shortfall = "over-capacity";
        }
        if (left is not null) left -= k;

        var reasons = new Dictionary<int, Reason>();
        // Student i goes to group i mod k, in place i / k, so group g has placed / k students, one more when g < placed
        // mod k: each group's array is made at its size, filled in place and handed over without a copy or a builder
        // (issue 18, decisions 0235, 0255).
        string what = target is { } t ? t.Value : kind == GroupKind.Extension ? "extension" : "general";
        for (int g = 0; g < k; g++)
        {
            string id = kind == GroupKind.Extension ? $"extension-{g + 1}" : $"{Name(kind)}-{what}-{g + 1}";
            var members = new StudentId[placed / k + (g < placed % k ? 1 : 0)];
            for (int place = 0; place < members.Length; place++) members[place] = students[place * k + g];
            int count = members.Length;
            // A bucket's groups differ only in size, by one at most: their reasons are made once per size and shared (issue 18, decision 0107).
            ref var reason = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(reasons, count, out _);
            reason ??= GroupReason(kind, target, count);
            groups.Add(new InterventionGroup(id, kind, target, new ValueArray<StudentId>(System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(members)), reason));
        }
        var why = placed < m ? Unplaced(shortfall, size, rules, m) : null; // one shared reason per bucket
        for (int i = placed; i < m; i++)
            unplaced.Add(new UnplacedStudent(students[i], kind, target, why!));
    }

    /// <summary>The stable name of a kind of group: <c>tier3</c>, <c>tier2</c>, <c>extension</c>.</summary>
    public static string Name(GroupKind kind) => kind switch
    {
        GroupKind.Tier3 => "tier3",
        GroupKind.Tier2 => "tier2",
        _ => "extension",
    };

    private static TargetId FirstUnmet(ImmutableArray<TargetId> unmet, TargetOrder order)
    {
        var first = unmet[0];
        for (int i = 1; i < unmet.Length; i++)
            if (order.Compare(unmet[i], first) < 0) first = unmet[i];
        return first;
    }

    private static Reason GroupReason(GroupKind kind, TargetId? target, int size) =>
        (kind == GroupKind.Extension
            ? new Reason("extension-group", "Students proficient on every essential target, extending their learning.")
            : target is { } t
                ? new Reason("same-unmet-target", $"Students whose first unmet target is {t}.").With("target", t.Value)
                : new Reason("no-unmet-target", "Students placed by screening or Tier 2 non-response, with no unmet target on this assessment."))
        .With("kind", Name(kind)).With("size", size);

    private static Reason Unplaced(string code, GroupSize size, GroupingRules rules, int needing) => code switch
    {
        "too-few-for-group" => new Reason(code, $"Only {needing} {(needing == 1 ? "student needs" : "students need")} this group; a group needs at least {size.Minimum}.")
            .With("needing", needing).With("minimum", size.Minimum),
        "over-capacity" => new Reason(code, $"All {rules.MaxGroups} groups the intervention time can hold are taken.")
            .With("maxGroups", (int)Math.Min(rules.MaxGroups ?? 0, int.MaxValue)),
        _ => new Reason(code, $"{needing} students cannot all be placed in groups of {size.Minimum}–{size.Maximum}.")
            .With("needing", needing).With("minimum", size.Minimum).With("maximum", size.Maximum),
    };
}
