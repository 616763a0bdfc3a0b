namespace MathPlc.Interop.Reports;

/// <summary>A paragraph of text.</summary>
public sealed record ReportParagraph : ReportBlock
{
    /// <summary>Creates a paragraph.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ReportParagraph(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    /// <summary>The text; may mark <c>**bold**</c> and <c>`code`</c>.</summary>
    public string Text { get; }
}
