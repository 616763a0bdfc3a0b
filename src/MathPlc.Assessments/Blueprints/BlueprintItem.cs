using MathPlc.Core;

namespace MathPlc.Assessments;

/// <summary>One item on a common assessment's blueprint: what it is worth, what it assesses and how.</summary>
/// <remarks>
/// Invariants: points are finite and more than zero; at least one learning target, none the default value and
/// none repeated; expected minutes finite and zero or more; DOK, demand and format are defined values.
/// </remarks>
public sealed record BlueprintItem
{
    /// <summary>Creates a blueprint item.</summary>
    /// <param name="id">The item.</param>
    /// <param name="points">The points it is worth.</param>
    /// <param name="targets">The learning target(s) it assesses; an item on two targets counts half its points toward each.</param>
    /// <param name="dok">Webb's depth of knowledge.</param>
    /// <param name="demand">Smith and Stein's level of cognitive demand.</param>
    /// <param name="format">Selected response, constructed response or performance task.</param>
    /// <param name="expectedMinutes">How long a typical student needs for it.</param>
    /// <param name="hasScoringRubric">Whether the team has written a scoring rubric (with scoring agreements) for it.</param>
    /// <exception cref="ArgumentException">The id or a target is the default value, there is no target, or a target repeats.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Points or minutes are out of range, or an enumeration value is undefined.</exception>
    public BlueprintItem(ItemId id, double points, IEnumerable<TargetId> targets, DokLevel dok, CognitiveDemand demand,
        ItemFormat format, double expectedMinutes, bool hasScoringRubric = false)
    {
        Guard.Against.Unmet(id.Value is not null, nameof(id), "The item id must not be the default (empty) value.");
        Guard.Against.NotPositive(points, nameof(points));
        Guard.Against.Null(targets);
        var list = targets.ToImmutableArray();
        Guard.Against.Unmet(list.Length > 0, nameof(targets), $"Item {id} must assess at least one learning target.");
        Guard.Against.Unmet(list.All(t => t.Value is not null), nameof(targets), $"Item {id}: a target id must not be the default (empty) value.");
        Guard.Against.Unmet(list.Distinct().Count() == list.Length, nameof(targets), $"Item {id} lists a target twice.");
        if (!Enum.IsDefined(dok)) throw new ArgumentOutOfRangeException(nameof(dok), dok, $"{(int)dok} is not a depth-of-knowledge level.");
        if (!Enum.IsDefined(demand)) throw new ArgumentOutOfRangeException(nameof(demand), demand, $"{(int)demand} is not a level of cognitive demand.");
        if (!Enum.IsDefined(format)) throw new ArgumentOutOfRangeException(nameof(format), format, $"{(int)format} is not an item format.");
        Guard.Against.NegativeOrNotFinite(expectedMinutes, nameof(expectedMinutes));
        Id = id;
        Points = points;
        Targets = list;
        Dok = dok;
        Demand = demand;
        Format = format;
        ExpectedMinutes = expectedMinutes;
        HasScoringRubric = hasScoringRubric;
    }

    /// <summary>The item.</summary>
    public ItemId Id { get; }

    /// <summary>The points it is worth.</summary>
    public double Points { get; }

    /// <summary>The learning targets it assesses.</summary>
    public ValueArray<TargetId> Targets { get; }

    /// <summary>Webb's depth of knowledge.</summary>
    public DokLevel Dok { get; }

    /// <summary>Smith and Stein's level of cognitive demand.</summary>
    public CognitiveDemand Demand { get; }

    /// <summary>The item format.</summary>
    public ItemFormat Format { get; }

    /// <summary>Expected minutes for a typical student.</summary>
    public double ExpectedMinutes { get; }

    /// <summary>Whether a scoring rubric exists.</summary>
    public bool HasScoringRubric { get; }

    /// <summary>Whether the item is scored by judgement (constructed response or performance task), so needs a rubric.</summary>
    public bool NeedsRubric => Format != ItemFormat.SelectedResponse;

    /// <summary>The points this item counts toward <paramref name="target"/>: its points shared equally among its targets.</summary>
    public double PointsToward(TargetId target) => Targets.Contains(target) ? Points / Targets.Length : 0;
}
