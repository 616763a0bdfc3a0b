namespace MathPlc.Core;

/// <summary>A section (class period) a teacher teaches.</summary>
/// <remarks>Trimmed, never empty, compared ordinally; see <see cref="IIdentifier{TSelf}"/>.</remarks>
public readonly record struct SectionId : IIdentifier<SectionId>
{
    /// <summary>Creates an identifier, e.g. <c>MATH6-P3</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty or white space.</exception>
    public SectionId(string value) => Value = Identifier.Normalize(value, nameof(value));

    /// <inheritdoc/>
    public string Value { get; }

    /// <inheritdoc/>
    public static SectionId Create(string value) => new(value);

    /// <inheritdoc/>
    public int CompareTo(SectionId other) => Identifier.Compare(Value, other.Value);

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;
}
