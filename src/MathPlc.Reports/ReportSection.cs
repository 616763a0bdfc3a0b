using MathPlc.Core;

namespace MathPlc.Reports;

/// <summary>A titled section of a report, such as one of the four critical questions.</summary>
public sealed record ReportSection
{
    /// <summary>Creates a section.</summary>
    /// <exception cref="ArgumentException"><paramref name="heading"/> is null, empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="blocks"/> is or holds null.</exception>
    public ReportSection(string heading, IEnumerable<ReportBlock> blocks)
    {
        Guard.Against.NullOrWhiteSpace(heading);
        Guard.Against.Null(blocks);
        Heading = heading.Trim();
        Blocks = Guard.Against.NullOrNullElements(blocks, nameof(blocks));
    }

    /// <summary>The section's heading.</summary>
    public string Heading { get; }

    /// <summary>The section's content, in order.</summary>
    public ValueArray<ReportBlock> Blocks { get; }

    /// <summary>Whether the printed page ends after this section (the HTML page breaks after it in print), e.g. a one-page meeting agenda.</summary>
    public bool EndsPage { get; init; }
}
