using MathPlc.Core;

namespace MathPlc.Assessments;

/// <summary>
/// The categories a rubric's scores may take, for the statistics that count categories (Cohen's weighted kappa,
/// Fleiss' kappa): either the team's declared scale or the categories actually used in the data.
/// </summary>
/// <remarks>
/// R irr's <c>kappa2</c> and scikit-learn's <c>cohen_kappa_score</c> weight by the positions of the categories
/// <em>used</em>: when no one gave a 5 on a 1–6 rubric, 4 and 6 become neighbours and weighted kappa changes.
/// Weighting by the declared scale is what the rubric means; <see cref="UsedCategories"/> is offered for parity with
/// those packages (reference/statistics.md §1). Categories are ordered numerically (irr sorts them as text, so
/// "10" comes before "2" — a bug not copied here).
/// </remarks>
public sealed record RatingScale
{
    private RatingScale(ImmutableArray<double> categories) => Categories = categories;

    /// <summary>The categories used in the data, in numeric order (the reference packages' behaviour).</summary>
    public static RatingScale UsedCategories { get; } = new(ImmutableArray<double>.Empty);

    /// <summary>The declared categories in numeric order; empty for <see cref="UsedCategories"/>.</summary>
    public ValueArray<double> Categories { get; }

    /// <summary>Whether the scale is declared (rather than taken from the data).</summary>
    public bool IsDeclared => !Categories.IsEmpty;

    /// <summary>A declared scale, e.g. <c>Declared(1, 2, 3, 4)</c>. A rating outside it is refused.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="categories"/> is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two categories, or a category repeats.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A category is NaN or infinite.</exception>
    public static RatingScale Declared(params IEnumerable<double> categories)
    {
        Guard.Against.Null(categories);
        var sorted = categories.ToArray();
        foreach (var c in sorted) Guard.Against.NotFinite(c, nameof(categories));
        Array.Sort(sorted);
        Guard.Against.Unmet(sorted.Length >= 2, nameof(categories), $"A rating scale needs at least two categories, not {sorted.Length}.");
        for (int i = 1; i < sorted.Length; i++)
            Guard.Against.Unmet(sorted[i] != sorted[i - 1], nameof(categories), $"The category {InvariantNumber.Format(sorted[i])} is given twice.");
        return new([.. sorted]);
    }

    /// <summary>The categories for these scores: the declared ones (checking each score is one), or those used.</summary>
    /// <exception cref="ArgumentException">A score is not a declared category.</exception>
    internal double[] Resolve(ReadOnlySpan<double> cells, string paramName)
    {
        if (IsDeclared)
        {
            foreach (var x in cells)
                if (!double.IsNaN(x) && Categories.AsSpan().BinarySearch(x) < 0)
                    throw new ArgumentException(
                        $"The rating {InvariantNumber.Format(x)} is not a category of the declared scale ({string.Join(", ", Categories.Select(InvariantNumber.Format))}).", paramName);
            return [.. Categories];
        }
        var used = new SortedSet<double>();
        foreach (var x in cells) if (!double.IsNaN(x)) used.Add(x);
        return [.. used];
    }
}
