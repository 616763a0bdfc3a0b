using MathPlc.Core;

namespace MathPlc.Teams;

/// <summary>One level of a rubric criterion: its score and what it looks like.</summary>
/// <param name="Score">The level's score, e.g. 1 to 4.</param>
/// <param name="Descriptor">What work (or practice) at this level looks like.</param>
public sealed record RubricLevel(double Score, string Descriptor);

/// <summary>One criterion of a rubric with its levels in increasing score.</summary>
/// <remarks>Equality compares the levels by content.</remarks>
public sealed record RubricCriterion
{
    /// <summary>Creates a criterion.</summary>
    /// <exception cref="ArgumentException">The name is blank, there are fewer than two levels, a descriptor is blank, or a score repeats.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A score is NaN or infinite.</exception>
    public RubricCriterion(string name, IEnumerable<RubricLevel> levels)
    {
        Guard.Against.NullOrWhiteSpace(name);
        var list = Guard.Against.NullOrNullElements(levels, nameof(levels)).OrderBy(l => l.Score).ToImmutableArray();
        Guard.Against.Unmet(list.Length >= 2, nameof(levels), $"The criterion {name} needs at least two levels.");
        foreach (var level in list)
        {
            Guard.Against.NotFinite(level.Score, nameof(levels));
            Guard.Against.Unmet(!string.IsNullOrWhiteSpace(level.Descriptor), nameof(levels), $"The level {InvariantNumber.Format(level.Score)} of {name} has no descriptor.");
        }
        Guard.Against.Unmet(list.Select(l => l.Score).Distinct().Count() == list.Length, nameof(levels), $"A score repeats in the criterion {name}.");
        Name = name.Trim();
        Levels = list;
    }

    /// <summary>The criterion's name, e.g. <c>vision</c>, <c>content</c>, <c>process</c>.</summary>
    public string Name { get; }

    /// <summary>The levels, lowest score first.</summary>
    public ValueArray<RubricLevel> Levels { get; }

    /// <summary>Whether <paramref name="score"/> is one of the levels.</summary>
    public bool HasLevel(double score) => Levels.Any(l => l.Score == score);
}

/// <summary>
/// A rubric: criteria × levels with descriptors, such as a district's self-assessment rubric for its mathematics work
/// (vision, content, process — the rubric WestEd's 2019 Math in Common report found uncalibrated) or an observation tool.
/// </summary>
/// <remarks>Equality compares the criteria by content.</remarks>
public sealed record Rubric
{
    /// <summary>Creates a rubric.</summary>
    /// <exception cref="ArgumentException">The name is blank, there are no criteria, or two share a name.</exception>
    public Rubric(string name, IEnumerable<RubricCriterion> criteria)
    {
        Guard.Against.NullOrWhiteSpace(name);
        var list = Guard.Against.NullOrNullElements(criteria, nameof(criteria));
        Guard.Against.Unmet(!list.IsEmpty, nameof(criteria), "A rubric needs at least one criterion.");
        Guard.Against.Unmet(list.Select(c => c.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count() == list.Length, nameof(criteria), "Two criteria share a name.");
        Name = name.Trim();
        Criteria = list;
    }

    /// <summary>The rubric's name.</summary>
    public string Name { get; }

    /// <summary>The criteria in the rubric's order.</summary>
    public ValueArray<RubricCriterion> Criteria { get; }

    /// <summary>The criterion named <paramref name="name"/> (ignoring case).</summary>
    /// <exception cref="ArgumentException">There is no such criterion.</exception>
    public RubricCriterion Criterion(string name)
    {
        Guard.Against.Null(name);
        var found = Criteria.FirstOrDefault(c => string.Equals(c.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
        Guard.Against.Unmet(found is not null, nameof(name), $"The rubric {Name} has no criterion named {name}.");
        return found;
    }
}
