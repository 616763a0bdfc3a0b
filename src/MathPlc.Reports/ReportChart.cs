namespace MathPlc.Reports;

/// <summary>
/// A chart in a report: drawn as inline SVG in HTML (<see cref="SvgChart.Render"/>) and given as its data table in
/// Markdown and to screen readers (<see cref="ToTable"/>).
/// </summary>
public abstract record ReportChart : ReportBlock
{
    private protected ReportChart(string title, string description)
    {
        Guard.Against.NullOrWhiteSpace(title);
        Guard.Against.Null(description);
        Title = title.Trim();
        Description = description.Trim();
    }

    /// <summary>The chart's title, shown above it and read first by screen readers.</summary>
    public string Title { get; }

    /// <summary>What the chart shows, in a sentence or two, for readers who cannot see it (SVG <c>desc</c>).</summary>
    public string Description { get; }

    /// <summary>The chart's data as a table.</summary>
    public abstract ReportTable ToTable();
}
