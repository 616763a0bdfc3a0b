using MathPlc.Core;

namespace MathPlc.Teams;

/// <summary>One signal on a run chart, with the points that make it.</summary>
/// <remarks>Equality compares the point positions by content.</remarks>
public sealed record RunChartFinding
{
    /// <summary>Creates a finding.</summary>
    /// <exception cref="ArgumentException"><paramref name="points"/> is empty or not in increasing order.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="why"/> is null.</exception>
    public RunChartFinding(RunChartSignal signal, ImmutableArray<int> points, Reason why)
    {
        Guard.Against.Null(why);
        Guard.Against.Unmet(!points.IsDefaultOrEmpty, nameof(points), "A signal is made by at least one point.");
        for (int i = 1; i < points.Length; i++)
            Guard.Against.Unmet(points[i] > points[i - 1], nameof(points), "The points of a signal must be in increasing order.");
        Signal = signal;
        Points = points;
        Why = why;
    }

    /// <summary>Which signal.</summary>
    public RunChartSignal Signal { get; }

    /// <summary>The 0-based positions, in date order, of the points that make the signal.</summary>
    public ValueArray<int> Points { get; }

    /// <summary>The first point of the signal.</summary>
    public int From => Points[0];

    /// <summary>The last point of the signal.</summary>
    public int To => Points[^1];

    /// <summary>Why the points make a signal, in plain words, with the numbers (run length, limit).</summary>
    public Reason Why { get; }
}
