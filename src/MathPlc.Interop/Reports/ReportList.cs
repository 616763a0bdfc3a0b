namespace MathPlc.Interop.Reports;

/// <summary>A bulleted list.</summary>
public sealed record ReportList : ReportBlock
{
    /// <summary>Creates a list.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is or holds null.</exception>
    public ReportList(IEnumerable<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        Items = Preconditions.CheckNoNulls(items, nameof(items));
    }

    /// <summary>The items, in order; each may mark <c>**bold**</c> and <c>`code`</c>.</summary>
    public ImmutableArray<string> Items { get; }

    /// <inheritdoc/>
    public bool Equals(ReportList? other) => other is not null && Items.SequenceEqual(other.Items);

    /// <inheritdoc/>
    public override int GetHashCode() => Items.Length;
}
