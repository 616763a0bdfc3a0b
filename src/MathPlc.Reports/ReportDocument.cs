using MathPlc.Core;

namespace MathPlc.Reports;

/// <summary>A whole report: a title, an optional subtitle (e.g. the team, unit and date) and its sections.</summary>
public sealed record ReportDocument
{
    /// <summary>Creates a report.</summary>
    /// <exception cref="ArgumentException"><paramref name="title"/> is null, empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="sections"/> is or holds null.</exception>
    public ReportDocument(string title, IEnumerable<ReportSection> sections, string? subtitle = null)
    {
        Guard.Against.NullOrWhiteSpace(title);
        Guard.Against.Null(sections);
        Title = title.Trim();
        Sections = Guard.Against.NullOrNullElements(sections, nameof(sections));
        Subtitle = string.IsNullOrWhiteSpace(subtitle) ? null : subtitle.Trim();
    }

    /// <summary>The report's title.</summary>
    public string Title { get; }

    /// <summary>The line under the title, or null.</summary>
    public string? Subtitle { get; }

    /// <summary>The sections, in order.</summary>
    public ValueArray<ReportSection> Sections { get; }
}
