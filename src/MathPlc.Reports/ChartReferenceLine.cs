namespace MathPlc.Reports;

/// <summary>
/// A dashed line across a <see cref="ScatterChart"/> at a value of one axis, with a label: for example the
/// discrimination index of 0.3 above which an item is commonly judged to discriminate well (Ebel and Frisbie,
/// <i>Essentials of Educational Measurement</i>, 5th ed., 1991).
/// </summary>
public sealed record ChartReferenceLine
{
    /// <summary>Creates a reference line.</summary>
    /// <param name="vertical">True for a vertical line at an x value; false for a horizontal line at a y value.</param>
    /// <param name="value">Where the line is.</param>
    /// <param name="label">The label at its end.</param>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not finite.</exception>
    public ChartReferenceLine(bool vertical, double value, string label)
    {
        Guard.Against.Null(label);
        Guard.Against.NotFinite(value, nameof(value));
        Vertical = vertical;
        Value = value;
        Label = label.Trim();
    }

    /// <summary>Whether the line is vertical (at an x value) rather than horizontal (at a y value).</summary>
    public bool Vertical { get; }

    /// <summary>Where the line is.</summary>
    public double Value { get; }

    /// <summary>The label at its end.</summary>
    public string Label { get; }
}
