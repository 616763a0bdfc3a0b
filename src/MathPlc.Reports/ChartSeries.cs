using MathPlc.Core;

namespace MathPlc.Reports;

/// <summary>One series of a <see cref="GroupedBarChart"/> (for example one teacher): a value per category, or null where there is none.</summary>
public sealed record ChartSeries
{
    /// <summary>Creates a series.</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN or infinite.</exception>
    public ChartSeries(string name, IEnumerable<double?> values)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.Null(values);
        Values = [.. values];
        foreach (var value in Values)
            if (value is { } v) Guard.Against.NotFinite(v, nameof(values));
        Name = name.Trim();
    }

    /// <summary>The series' name, shown in the legend.</summary>
    public string Name { get; }

    /// <summary>The value for each category, in the chart's category order; null where there is no value (too few students, say).</summary>
    public ValueArray<double?> Values { get; }
}
