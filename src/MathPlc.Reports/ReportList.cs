using MathPlc.Core;

namespace MathPlc.Reports;

/// <summary>A bulleted list.</summary>
public sealed record ReportList : ReportBlock
{
    /// <summary>Creates a list from text the program wrote, in which <c>**bold**</c> and <c>`code`</c> are marks (<see cref="ReportText.Marked"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="items"/> holds null.</exception>
    public ReportList(IEnumerable<string> items)
    {
        Guard.Against.Null(items);
        Items = [.. Guard.Against.NullOrNullElements(items, nameof(items)).Select(ReportText.Marked)];
    }

    /// <summary>Creates a list from structured text; values from input are never read as markup.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="items"/> holds null.</exception>
    public ReportList(IEnumerable<ReportText> items)
    {
        Guard.Against.Null(items);
        Items = Guard.Against.NullOrNullElements(items, nameof(items));
    }

    /// <summary>The items, in order.</summary>
    public ValueArray<ReportText> Items { get; }
}
