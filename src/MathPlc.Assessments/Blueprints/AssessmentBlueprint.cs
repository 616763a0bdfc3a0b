using MathPlc.Core;

namespace MathPlc.Assessments;

/// <summary>A common assessment's blueprint: its items with points, targets, rigor, format and time.</summary>
/// <remarks>Invariants: a non-blank name; at least one item; item ids distinct. Items keep the order given.</remarks>
public sealed record AssessmentBlueprint
{
    private readonly Dictionary<ItemId, BlueprintItem> _byId;

    /// <summary>Creates a blueprint.</summary>
    /// <exception cref="ArgumentException">The name is blank, there are no items, or an item id repeats.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null or holds null.</exception>
    public AssessmentBlueprint(string name, IEnumerable<BlueprintItem> items)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Null(items);
        var list = Guard.Against.NullOrNullElements(items, nameof(items));
        Guard.Against.Unmet(list.Length > 0, nameof(items), "A blueprint needs at least one item.");
        _byId = new Dictionary<ItemId, BlueprintItem>(list.Length);
        foreach (var item in list)
            Guard.Against.Unmet(_byId.TryAdd(item.Id, item), nameof(items), $"Item {item.Id} is on the blueprint twice.");
        Name = name.Trim();
        Items = list;
        Targets = [.. list.SelectMany(i => i.Targets).Distinct()];
    }

    /// <summary>The assessment's name, e.g. <c>Unit 3 common assessment</c>.</summary>
    public string Name { get; }

    /// <summary>The items, in order.</summary>
    public ValueArray<BlueprintItem> Items { get; }

    /// <summary>The total points.</summary>
    public double TotalPoints => Items.Sum(i => i.Points);

    /// <summary>The total expected minutes.</summary>
    public double TotalMinutes => Items.Sum(i => i.ExpectedMinutes);

    /// <summary>The distinct targets assessed, in order of first appearance.</summary>
    public ValueArray<TargetId> Targets { get; }

    /// <summary>The item, or null when it is not on the blueprint.</summary>
    public BlueprintItem? Find(ItemId id) => _byId.GetValueOrDefault(id);

    // Hand-written equality: the index by item id is a cache derived from Items (as is Targets), and a
    // dictionary compares by reference, so only Name and Items take part.

    /// <inheritdoc/>
    public bool Equals(AssessmentBlueprint? other) => other is not null && Name == other.Name && Items == other.Items;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Items);
}
