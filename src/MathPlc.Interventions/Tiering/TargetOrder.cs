using MathPlc.Core;

namespace MathPlc.Interventions;

/// <summary>
/// The order in which a team works on targets: prerequisites first, as a progression gives them. Targets not
/// listed come after the listed ones, by id (ordinal).
/// </summary>
/// <remarks>
/// Taken as data so that the unit cycle can fill it from Standards' topological order of a progression (CASE
/// <c>precedes</c> associations). "Group by the first unmet target in prerequisite order": <i>Taking Action</i>
/// (Buffum, Mattos &amp; Malone) groups by target, not by overall score.
/// </remarks>
public sealed record TargetOrder
{
    private readonly Dictionary<TargetId, int> _rank;

    /// <summary>Creates an order.</summary>
    /// <exception cref="ArgumentException">A target is listed twice or is the default (empty) id.</exception>
    public TargetOrder(IEnumerable<TargetId> prerequisitesFirst)
    {
        Guard.Against.Null(prerequisitesFirst);
        PrerequisitesFirst = [.. prerequisitesFirst];
        _rank = new Dictionary<TargetId, int>(PrerequisitesFirst.Length);
        for (int i = 0; i < PrerequisitesFirst.Length; i++)
        {
            var target = PrerequisitesFirst[i];
            Guard.Against.Unmet(target.Value is not null, nameof(prerequisitesFirst), $"The target at position {i} is empty.");
            Guard.Against.Unmet(_rank.TryAdd(target, i), nameof(prerequisitesFirst), $"The target {target} is listed twice.");
        }
    }

    /// <summary>No progression: every target by id.</summary>
    public static TargetOrder ById { get; } = new([]);

    /// <summary>The listed targets, prerequisites first.</summary>
    public ValueArray<TargetId> PrerequisitesFirst { get; }

    /// <summary>Orders two targets: listed before unlisted, listed by position, unlisted by id (ordinal).</summary>
    public int Compare(TargetId x, TargetId y)
    {
        bool hasX = _rank.TryGetValue(x, out int rx), hasY = _rank.TryGetValue(y, out int ry);
        if (hasX && hasY) return rx.CompareTo(ry);
        if (hasX) return -1;
        if (hasY) return 1;
        return string.CompareOrdinal(x.Value, y.Value);
    }

    /// <summary>The targets in this order.</summary>
    public ImmutableArray<TargetId> Sort(IEnumerable<TargetId> targets)
    {
        Guard.Against.Null(targets);
        var array = targets.Distinct().ToArray();
        Array.Sort(array, Compare);
        return [.. array];
    }

    // Hand-written equality: the rank by target is a cache derived from PrerequisitesFirst, and a dictionary
    // compares by reference, so only the order takes part.

    /// <inheritdoc/>
    public bool Equals(TargetOrder? other) => other is not null && PrerequisitesFirst == other.PrerequisitesFirst;

    /// <inheritdoc/>
    public override int GetHashCode() => PrerequisitesFirst.GetHashCode();
}
