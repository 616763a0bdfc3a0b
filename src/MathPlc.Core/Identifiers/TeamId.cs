namespace MathPlc.Core;

/// <summary>A collaborative team, such as a grade-level or course team.</summary>
/// <remarks>Trimmed, never empty, compared ordinally; see <see cref="IIdentifier{TSelf}"/>.</remarks>
public readonly record struct TeamId : IIdentifier<TeamId>
{
    /// <summary>Creates an identifier, e.g. <c>grade6-math</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty or white space.</exception>
    public TeamId(string value) => Value = Identifier.Normalize(value, nameof(value));

    /// <inheritdoc/>
    public string Value { get; }

    /// <inheritdoc/>
    public static TeamId Create(string value) => new(value);

    /// <inheritdoc/>
    public int CompareTo(TeamId other) => Identifier.Compare(Value, other.Value);

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;
}
