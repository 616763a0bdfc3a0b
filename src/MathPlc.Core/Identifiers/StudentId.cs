namespace MathPlc.Core;

/// <summary>A student, as the student information system identifies them.</summary>
/// <remarks>Trimmed, never empty, compared ordinally; see <see cref="IIdentifier{TSelf}"/>.</remarks>
public readonly record struct StudentId : IIdentifier<StudentId>
{
    /// <summary>Creates an identifier, e.g. <c>S-104233</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty or white space.</exception>
    public StudentId(string value) => Value = Identifier.Normalize(value, nameof(value));

    /// <inheritdoc/>
    public string Value { get; }

    /// <inheritdoc/>
    public static StudentId Create(string value) => new(value);

    /// <inheritdoc/>
    public int CompareTo(StudentId other) => Identifier.Compare(Value, other.Value);

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;
}
