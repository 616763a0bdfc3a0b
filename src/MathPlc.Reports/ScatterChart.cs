using MathPlc.Core;

namespace MathPlc.Reports;

/// <summary>
/// Labelled points on two numeric axes with reference lines: for example each item of a common assessment at its
/// difficulty (share of points earned) against its discrimination, so a team sees at a glance which items to keep,
/// revise or drop.
/// </summary>
public sealed record ScatterChart : ReportChart
{
    /// <summary>Creates the chart.</summary>
    /// <param name="title">The title.</param>
    /// <param name="description">What the chart shows, for readers who cannot see it.</param>
    /// <param name="x">The horizontal axis.</param>
    /// <param name="y">The vertical axis.</param>
    /// <param name="points">The points.</param>
    /// <param name="referenceLines">The reference lines; none by default.</param>
    /// <exception cref="ArgumentNullException">An axis is null, or a collection is or holds null.</exception>
    /// <exception cref="ArgumentException">The title is blank.</exception>
    public ScatterChart(string title, string description, ChartAxis x, ChartAxis y, IEnumerable<ScatterPoint> points, IEnumerable<ChartReferenceLine>? referenceLines = null)
        : base(title, description)
    {
        Guard.Against.Null(x);
        Guard.Against.Null(y);
        Guard.Against.Null(points);
        X = x;
        Y = y;
        Points = Guard.Against.NullOrNullElements(points, nameof(points));
        ReferenceLines = Guard.Against.NullOrNullElements(referenceLines ?? [], nameof(referenceLines));
    }

    /// <summary>The horizontal axis.</summary>
    public ChartAxis X { get; }

    /// <summary>The vertical axis.</summary>
    public ChartAxis Y { get; }

    /// <summary>The points, in order.</summary>
    public ValueArray<ScatterPoint> Points { get; }

    /// <summary>The reference lines.</summary>
    public ValueArray<ChartReferenceLine> ReferenceLines { get; }

    /// <summary>The distinct groups of the points, in order of first appearance.</summary>
    public ImmutableArray<string> Groups() => [.. Points.Select(p => p.Group).OfType<string>().Distinct(StringComparer.Ordinal)];

    /// <inheritdoc/>
    public override ReportTable ToTable() => Groups().IsEmpty
        ? new(["Point", X.Label, Y.Label], Points.Select(p => (IEnumerable<string>)[p.Label, Markup.Label(p.X), Markup.Label(p.Y)]), Title)
        : new(["Point", X.Label, Y.Label, "Group"], Points.Select(p => (IEnumerable<string>)[p.Label, Markup.Label(p.X), Markup.Label(p.Y), p.Group ?? ""]), Title);
}
