using MathPlc.Core;

namespace MathPlc.Reports;

/// <summary>A table: a header row and data rows of text, every row as wide as the header.</summary>
/// <remarks>Cells that read as numbers are aligned right. Format numbers with the invariant culture before passing them in.</remarks>
public sealed record ReportTable : ReportBlock
{
    /// <summary>Creates a table.</summary>
    /// <param name="header">The column names, at least one.</param>
    /// <param name="rows">The rows, each as wide as the header.</param>
    /// <param name="caption">What the table shows, when it needs saying.</param>
    /// <exception cref="ArgumentNullException">An argument, a row or a cell is null (except the caption).</exception>
    /// <exception cref="ArgumentException">The header is empty, or a row's width differs from the header's.</exception>
    public ReportTable(IEnumerable<string> header, IEnumerable<IEnumerable<string>> rows, string? caption = null)
    {
        Guard.Against.Null(header);
        Guard.Against.Null(rows);
        Header = Guard.Against.NullOrNullElements(header, nameof(header));
        Guard.Against.Unmet(!Header.IsEmpty, nameof(header), "A table needs at least one column.");
        var built = ImmutableArray.CreateBuilder<ValueArray<string>>();
        foreach (var row in rows)
        {
            Guard.Against.Null(row, nameof(rows));
            var cells = Guard.Against.NullOrNullElements(row, nameof(rows));
            Guard.Against.Unmet(cells.Length == Header.Length, nameof(rows), $"Row {built.Count} has {cells.Length} cells but the header has {Header.Length}.");
            built.Add(cells);
        }
        Rows = built.ToImmutable();
        Caption = string.IsNullOrWhiteSpace(caption) ? null : caption.Trim();
    }

    /// <summary>The column names.</summary>
    public ValueArray<string> Header { get; }

    /// <summary>The rows.</summary>
    public ValueArray<ValueArray<string>> Rows { get; }

    /// <summary>What the table shows, or null.</summary>
    public string? Caption { get; }
}
