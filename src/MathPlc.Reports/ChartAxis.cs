namespace MathPlc.Reports;

/// <summary>A numeric axis of a <see cref="ScatterChart"/>: its label and the range it shows at least (it grows to include every point and reference line).</summary>
public sealed record ChartAxis
{
    /// <summary>Creates an axis.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A bound is not finite, or <paramref name="maximum"/> is not above <paramref name="minimum"/>.</exception>
    public ChartAxis(string label, double minimum, double maximum)
    {
        Guard.Against.Null(label);
        Guard.Against.NotFinite(minimum, nameof(minimum));
        Guard.Against.NotFinite(maximum, nameof(maximum));
        if (maximum <= minimum) throw new ArgumentOutOfRangeException(nameof(maximum), maximum, $"The top of the axis must be above its bottom ({InvariantNumber.Format(minimum)}).");
        Label = label.Trim();
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>The axis label.</summary>
    public string Label { get; }

    /// <summary>The lowest value shown at least.</summary>
    public double Minimum { get; }

    /// <summary>The highest value shown at least.</summary>
    public double Maximum { get; }
}
