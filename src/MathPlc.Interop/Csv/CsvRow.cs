using System.Diagnostics.CodeAnalysis;

namespace MathPlc.Interop.Csv;

/// <summary>
/// One data row of a CSV file as a reader saw it: either the value read from it, or the problems that kept it
/// from being read. A row is never both, and never neither.
/// </summary>
/// <typeparam name="T">What each row becomes, e.g. <see cref="MathPlc.Core.Evidence"/>.</typeparam>
/// <remarks>
/// The default value of this type (line 0, no value, no problems) is not a row a reader returns.
/// Rows compare equal when their line, value and problems are equal.
/// </remarks>
public readonly struct CsvRow<T> : IEquatable<CsvRow<T>>
    where T : class
{
    /// <summary>A row that was read into a value.</summary>
    /// <param name="line">The 1-based line of the file where the row starts.</param>
    /// <param name="value">What the row says.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> is less than 1.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public CsvRow(int line, T value)
    {
        Guard.Against.Below(line, 1);
        Guard.Against.Null(value);
        Line = line;
        Value = value;
        Diagnostics = [];
    }

    /// <summary>A row that could not be read, with every problem found in it.</summary>
    /// <param name="line">The 1-based line of the file where the row starts.</param>
    /// <param name="diagnostics">The problems, at least one.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> is less than 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="diagnostics"/> is empty or holds null.</exception>
    public CsvRow(int line, ImmutableArray<DataDiagnostic> diagnostics)
    {
        Guard.Against.Below(line, 1);
        Guard.Against.Unmet(!diagnostics.IsDefaultOrEmpty, nameof(diagnostics), "A row that could not be read needs at least one diagnostic.");
        Guard.Against.Unmet(!diagnostics.Contains(null!), nameof(diagnostics), "A row's diagnostics must not hold null.");
        Line = line;
        Value = null;
        Diagnostics = diagnostics;
    }

    /// <summary>The 1-based line of the file where the row starts (a quoted field may carry it over several lines).</summary>
    public int Line { get; }

    /// <summary>What the row says, or <see langword="null"/> when it could not be read (see <see cref="Diagnostics"/>).</summary>
    public T? Value { get; }

    /// <summary>Why the row could not be read, in field order; empty when it was read.</summary>
    public ImmutableArray<DataDiagnostic> Diagnostics { get => field.IsDefault ? [] : field; }

    /// <summary>Whether the row was read into a <see cref="Value"/>.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsValid => Value is not null;

    // Hand-written equality: a struct, not a record (rows are made by the readers only); the diagnostics compare by content.

    /// <inheritdoc/>
    public bool Equals(CsvRow<T> other) =>
        Line == other.Line && EqualityComparer<T?>.Default.Equals(Value, other.Value) && Diagnostics.SequenceEqual(other.Diagnostics);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CsvRow<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Line, Value, Diagnostics.Length);

    /// <summary>Whether two rows are equal.</summary>
    public static bool operator ==(CsvRow<T> left, CsvRow<T> right) => left.Equals(right);

    /// <summary>Whether two rows differ.</summary>
    public static bool operator !=(CsvRow<T> left, CsvRow<T> right) => !left.Equals(right);
}
