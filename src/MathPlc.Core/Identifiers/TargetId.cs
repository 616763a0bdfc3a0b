namespace MathPlc.Core;

/// <summary>A learning target: one "I can" statement a team assesses and reports on, or the standard it unpacks.</summary>
/// <remarks>Trimmed, never empty, compared ordinally; see <see cref="IIdentifier{TSelf}"/>.</remarks>
public readonly record struct TargetId : IIdentifier<TargetId>
{
    /// <summary>Creates an identifier, e.g. <c>6.RP.A.3</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty or white space.</exception>
    public TargetId(string value) => Value = Identifier.Normalize(value, nameof(value));

    /// <inheritdoc/>
    public string Value { get; }

    /// <inheritdoc/>
    public static TargetId Create(string value) => new(value);

    /// <inheritdoc/>
    public int CompareTo(TargetId other) => Identifier.Compare(Value, other.Value);

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;
}
