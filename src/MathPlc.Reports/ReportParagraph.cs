namespace MathPlc.Reports;

/// <summary>A paragraph of text.</summary>
public sealed record ReportParagraph : ReportBlock
{
    /// <summary>Creates a paragraph from text the program wrote, in which <c>**bold**</c> and <c>`code`</c> are marks (<see cref="ReportText.Marked"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ReportParagraph(string text) => Content = ReportText.Marked(Guard.Against.Null(text));

    /// <summary>Creates a paragraph from structured text; values from input are never read as markup.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    public ReportParagraph(ReportText content) => Content = Guard.Against.Null(content);

    /// <summary>The paragraph's text.</summary>
    public ReportText Content { get; }

    /// <summary>The text without marks.</summary>
    public string Text => Content.PlainText;
}
