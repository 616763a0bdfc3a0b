namespace MathPlc.Reports;

/// <summary>One bar of a <see cref="CountBarChart"/>: a label, a count and the palette colour it is drawn in.</summary>
public sealed record ChartBar
{
    /// <summary>Creates a bar.</summary>
    /// <param name="label">The label under the bar, e.g. <c>Tier 2</c>.</param>
    /// <param name="value">The count, 0 or more.</param>
    /// <param name="colour">The <see cref="ChartPalette"/> index of its colour; by default the bar's position.</param>
    /// <exception cref="ArgumentException"><paramref name="label"/> is null, empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative or not finite, or <paramref name="colour"/> is negative.</exception>
    public ChartBar(string label, double value, int? colour = null)
    {
        Guard.Against.NullOrWhiteSpace(label);
        Guard.Against.NegativeOrNotFinite(value, nameof(value));
        if (colour is { } index) Guard.Against.Below(index, 0, nameof(colour));
        Label = label.Trim();
        Value = value;
        Colour = colour;
    }

    /// <summary>The label under the bar.</summary>
    public string Label { get; }

    /// <summary>The count.</summary>
    public double Value { get; }

    /// <summary>The palette index of the bar's colour, or null for the bar's position.</summary>
    public int? Colour { get; }
}
