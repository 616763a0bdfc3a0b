namespace MathPlc.Core;

/// <summary>An item (question or task) on an assessment.</summary>
/// <remarks>Trimmed, never empty, compared ordinally; see <see cref="IIdentifier{TSelf}"/>.</remarks>
public readonly record struct ItemId : IIdentifier<ItemId>
{
    /// <summary>Creates an identifier, e.g. <c>Q7</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty or white space.</exception>
    public ItemId(string value) => Value = Identifier.Normalize(value, nameof(value));

    /// <inheritdoc/>
    public string Value { get; }

    /// <inheritdoc/>
    public static ItemId Create(string value) => new(value);

    /// <inheritdoc/>
    public int CompareTo(ItemId other) => Identifier.Compare(Value, other.Value);

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;
}
