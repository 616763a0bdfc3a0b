using MathPlc.Core;

namespace MathPlc.Teams;

/// <summary>One measure of an improvement effort with its data series, ready for a run chart.</summary>
/// <remarks>Equality compares the series by content.</remarks>
public sealed record ImprovementMeasure
{
    /// <summary>Creates a measure.</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is undefined.</exception>
    public ImprovementMeasure(string name, MeasureType type, IEnumerable<RunChartPoint>? series = null)
    {
        Guard.Against.NullOrWhiteSpace(name);
        if (!Enum.IsDefined(type)) throw new ArgumentOutOfRangeException(nameof(type), type, "Not a measure type.");
        Name = name.Trim();
        Type = type;
        Series = [.. (series ?? []).OrderBy(p => p.Date)];
    }

    /// <summary>The measure's name, e.g. "percent of students proficient on weekly checks".</summary>
    public string Name { get; }

    /// <summary>Outcome, process, driver or balancing.</summary>
    public MeasureType Type { get; }

    /// <summary>The values over time, in date order.</summary>
    public ValueArray<RunChartPoint> Series { get; }

    /// <summary>The run-chart analysis of the series under <paramref name="rules"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public RunChartAnalysis Analyze(RunChartRules rules) => RunChart.Analyze(Series, rules);
}
