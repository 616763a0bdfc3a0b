namespace MathPlc.Interventions;

/// <summary>
/// How students are grouped: the size range per kind of group and the capacity of the intervention time
/// (blocks, groups a block can hold, adults available).
/// </summary>
/// <remarks>
/// Capacity: at most <see cref="Blocks"/> × min(<see cref="GroupsPerBlock"/>, <see cref="Adults"/>) groups in
/// all (one adult leads one group in a block); unlimited when neither is given. Defaults: Tier 2 3–5, Tier 3
/// 1–3, extension 3–5, one block, no limit.
/// </remarks>
public sealed record GroupingRules
{
    /// <summary>Creates rules.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="blocks"/>, <paramref name="groupsPerBlock"/> or <paramref name="adults"/> is below 1.</exception>
    public GroupingRules(GroupSize? tier2 = null, GroupSize? tier3 = null, GroupSize? extension = null, int blocks = 1, int? groupsPerBlock = null, int? adults = null)
    {
        Guard.Against.Below(blocks, 1);
        if (groupsPerBlock is { } g) Guard.Against.Below(g, 1, nameof(groupsPerBlock));
        if (adults is { } a) Guard.Against.Below(a, 1, nameof(adults));
        Tier2 = tier2 ?? GroupSize.Tier2Default;
        Tier3 = tier3 ?? GroupSize.Tier3Default;
        Extension = extension ?? GroupSize.Tier2Default;
        Blocks = blocks;
        GroupsPerBlock = groupsPerBlock;
        Adults = adults;
    }

    /// <summary>The defaults.</summary>
    public static GroupingRules Default { get; } = new();

    /// <summary>Tier 2 group sizes (default 3–5).</summary>
    public GroupSize Tier2 { get; }

    /// <summary>Tier 3 group sizes (default 1–3).</summary>
    public GroupSize Tier3 { get; }

    /// <summary>Extension group sizes (default 3–5).</summary>
    public GroupSize Extension { get; }

    /// <summary>How many intervention blocks the schedule has (default 1).</summary>
    public int Blocks { get; }

    /// <summary>How many groups one block can hold (rooms, tables); null for no limit.</summary>
    public int? GroupsPerBlock { get; }

    /// <summary>How many adults can lead a group in a block; null for no limit.</summary>
    public int? Adults { get; }

    /// <summary>The most groups in all, or null for no limit.</summary>
    public long? MaxGroups => GroupsPerBlock is null && Adults is null
        ? null
        : (long)Blocks * Math.Min(GroupsPerBlock ?? int.MaxValue, Adults ?? int.MaxValue);

    /// <summary>The size range of <paramref name="kind"/>.</summary>
    public GroupSize SizeOf(GroupKind kind) => kind switch
    {
        GroupKind.Tier3 => Tier3,
        GroupKind.Tier2 => Tier2,
        _ => Extension,
    };
}
