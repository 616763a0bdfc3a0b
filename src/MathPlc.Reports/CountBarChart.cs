using MathPlc.Core;

namespace MathPlc.Reports;

/// <summary>
/// One bar per category on a scale from zero: for example how many students are in each tier of support after a
/// unit (the response-to-intervention tiers of Buffum, Mattos and Malone, <i>Taking Action</i>, 2nd ed., 2024).
/// </summary>
public sealed record CountBarChart : ReportChart
{
    /// <summary>Creates the chart.</summary>
    /// <param name="title">The title.</param>
    /// <param name="description">What the chart shows, for readers who cannot see it.</param>
    /// <param name="bars">The bars, in order.</param>
    /// <param name="valueAxisLabel">The label of the value axis; <c>Students</c> by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="bars"/> is or holds null.</exception>
    /// <exception cref="ArgumentException">The title is blank.</exception>
    public CountBarChart(string title, string description, IEnumerable<ChartBar> bars, string valueAxisLabel = "Students")
        : base(title, description)
    {
        Guard.Against.Null(bars);
        Guard.Against.Null(valueAxisLabel);
        Bars = Guard.Against.NullOrNullElements(bars, nameof(bars));
        ValueAxisLabel = valueAxisLabel.Trim();
    }

    /// <summary>The bars, in order.</summary>
    public ValueArray<ChartBar> Bars { get; }

    /// <summary>The label of the value axis.</summary>
    public string ValueAxisLabel { get; }

    /// <inheritdoc/>
    public override ReportTable ToTable() =>
        new(["Category", ValueAxisLabel], Bars.Select(b => (IEnumerable<string>)[b.Label, Markup.Label(b.Value)]), Title);
}
