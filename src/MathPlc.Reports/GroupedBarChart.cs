using MathPlc.Core;

namespace MathPlc.Reports;

/// <summary>
/// Bars grouped by category, one bar per series in each group, on a scale from 0 to <see cref="Maximum"/>: for
/// example the percent of students proficient on each learning target (categories) by teacher (series).
/// </summary>
/// <remarks>
/// The "whose students learned this best" comparison of a team's data meeting (DuFour, DuFour, Eaker, Many and Mattos,
/// <i>Learning by Doing</i>, 3rd ed., 2016, ch. 4) reads best as grouped bars with a common zero-based scale.
/// </remarks>
public sealed record GroupedBarChart : ReportChart
{
    /// <summary>Creates the chart.</summary>
    /// <param name="title">The title.</param>
    /// <param name="description">What the chart shows, for readers who cannot see it.</param>
    /// <param name="categories">The groups along the bottom, e.g. learning targets.</param>
    /// <param name="series">The bars in each group, e.g. teachers; each with a value per category.</param>
    /// <param name="valueAxisLabel">The label of the value axis.</param>
    /// <param name="maximum">The top of the value axis; 100 by default (percent).</param>
    /// <param name="valueSuffix">What follows a value in labels; <c>%</c> by default.</param>
    /// <param name="categoryAxisLabel">The label of the category axis, or null.</param>
    /// <exception cref="ArgumentNullException">A collection is or holds null.</exception>
    /// <exception cref="ArgumentException">The title is blank, a category is blank, or a series has a different number of values than there are categories.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maximum"/> is not positive and finite, or a value is below 0 or above it.</exception>
    public GroupedBarChart(
        string title, string description, IEnumerable<string> categories, IEnumerable<ChartSeries> series,
        string valueAxisLabel = "Percent proficient", double maximum = 100, string valueSuffix = "%", string? categoryAxisLabel = null)
        : base(title, description)
    {
        Guard.Against.Null(categories);
        Guard.Against.Null(series);
        Guard.Against.Null(valueAxisLabel);
        Guard.Against.Null(valueSuffix);
        Guard.Against.NotPositive(maximum, nameof(maximum));
        Categories = Guard.Against.NullOrNullElements(categories, nameof(categories));
        foreach (string category in Categories)
            Guard.Against.Unmet(!string.IsNullOrWhiteSpace(category), nameof(categories), "A category must not be empty or white space.");
        Series = Guard.Against.NullOrNullElements(series, nameof(series));
        foreach (var one in Series)
        {
            Guard.Against.Unmet(one.Values.Length == Categories.Length, nameof(series),
                $"The series {one.Name} has {one.Values.Length} values but there are {Categories.Length} categories.");
            foreach (var value in one.Values)
                if (value is { } v && (v < 0 || v > maximum))
                    throw new ArgumentOutOfRangeException(nameof(series), v, $"The series {one.Name} has a value outside 0 to {InvariantNumber.Format(maximum)}.");
        }
        ValueAxisLabel = valueAxisLabel.Trim();
        Maximum = maximum;
        ValueSuffix = valueSuffix;
        CategoryAxisLabel = string.IsNullOrWhiteSpace(categoryAxisLabel) ? null : categoryAxisLabel.Trim();
    }

    /// <summary>The groups along the bottom, in order.</summary>
    public ValueArray<string> Categories { get; }

    /// <summary>The series, in legend order.</summary>
    public ValueArray<ChartSeries> Series { get; }

    /// <summary>The label of the value axis.</summary>
    public string ValueAxisLabel { get; }

    /// <summary>The top of the value axis.</summary>
    public double Maximum { get; }

    /// <summary>What follows a value in labels, e.g. <c>%</c>.</summary>
    public string ValueSuffix { get; }

    /// <summary>The label of the category axis, or null.</summary>
    public string? CategoryAxisLabel { get; }

    /// <summary>A dashed horizontal line across the bars at a value, with its label (for example a decision line); null for none.</summary>
    /// <exception cref="ArgumentException">The line is vertical.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The line lies outside 0 to <see cref="Maximum"/>.</exception>
    public ChartReferenceLine? ReferenceLine
    {
        get => _referenceLine;
        init
        {
            if (value is not null)
            {
                Guard.Against.Unmet(!value.Vertical, nameof(ReferenceLine), "A bar chart's reference line is horizontal.");
                if (value.Value < 0 || value.Value > Maximum)
                    throw new ArgumentOutOfRangeException(nameof(ReferenceLine), value.Value, $"The reference line must lie within 0 to {InvariantNumber.Format(Maximum)}.");
            }
            _referenceLine = value;
        }
    }

    private readonly ChartReferenceLine? _referenceLine;

    /// <inheritdoc/>
    public override ReportTable ToTable() => new(
        [CategoryAxisLabel ?? "Category", .. Series.Select(s => s.Name)],
        Categories.Select((category, c) => (IEnumerable<string>)[category, .. Series.Select(s => s.Values[c] is { } v ? Markup.Label(v, 1) + ValueSuffix : "–")]),
        Title);
}
