namespace MathPlc.Reports;

/// <summary>One labelled point of a <see cref="ScatterChart"/>, e.g. an assessment item at (difficulty, discrimination).</summary>
public sealed record ScatterPoint
{
    /// <summary>Creates a point.</summary>
    /// <param name="label">The label shown beside the point, e.g. the item id.</param>
    /// <param name="x">The horizontal value.</param>
    /// <param name="y">The vertical value.</param>
    /// <param name="group">The group it is coloured and listed in the legend by (e.g. its learning target), or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="x"/> or <paramref name="y"/> is not finite.</exception>
    public ScatterPoint(string label, double x, double y, string? group = null)
    {
        Guard.Against.Null(label);
        Guard.Against.NotFinite(x, nameof(x));
        Guard.Against.NotFinite(y, nameof(y));
        Label = label.Trim();
        X = x;
        Y = y;
        Group = string.IsNullOrWhiteSpace(group) ? null : group.Trim();
    }

    /// <summary>The label shown beside the point.</summary>
    public string Label { get; }

    /// <summary>The horizontal value.</summary>
    public double X { get; }

    /// <summary>The vertical value.</summary>
    public double Y { get; }

    /// <summary>The group, or null.</summary>
    public string? Group { get; }
}
