namespace MathPlc.Core;

/// <summary>A school (site) in a district.</summary>
/// <remarks>Trimmed, never empty, compared ordinally; see <see cref="IIdentifier{TSelf}"/>.</remarks>
public readonly record struct SchoolId : IIdentifier<SchoolId>
{
    /// <summary>Creates an identifier, e.g. <c>lincoln-ms</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty or white space.</exception>
    public SchoolId(string value) => Value = Identifier.Normalize(value, nameof(value));

    /// <inheritdoc/>
    public string Value { get; }

    /// <inheritdoc/>
    public static SchoolId Create(string value) => new(value);

    /// <inheritdoc/>
    public int CompareTo(SchoolId other) => Identifier.Compare(Value, other.Value);

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;
}
