namespace MathPlc.Reports;

/// <summary>A heading inside a section (one level below the section's heading).</summary>
public sealed record ReportSubheading : ReportBlock
{
    /// <summary>Creates a subheading.</summary>
    /// <exception cref="ArgumentException"><paramref name="text"/> is null, empty or white space.</exception>
    public ReportSubheading(string text)
    {
        Guard.Against.NullOrWhiteSpace(text);
        Text = text.Trim();
    }

    /// <summary>The heading.</summary>
    public string Text { get; }
}
