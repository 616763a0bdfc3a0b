namespace MathPlc.Core;

/// <summary>A teacher on a collaborative team.</summary>
/// <remarks>Trimmed, never empty, compared ordinally; see <see cref="IIdentifier{TSelf}"/>.</remarks>
public readonly record struct TeacherId : IIdentifier<TeacherId>
{
    /// <summary>Creates an identifier, e.g. <c>T-ortiz</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty or white space.</exception>
    public TeacherId(string value) => Value = Identifier.Normalize(value, nameof(value));

    /// <inheritdoc/>
    public string Value { get; }

    /// <inheritdoc/>
    public static TeacherId Create(string value) => new(value);

    /// <inheritdoc/>
    public int CompareTo(TeacherId other) => Identifier.Compare(Value, other.Value);

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;
}
