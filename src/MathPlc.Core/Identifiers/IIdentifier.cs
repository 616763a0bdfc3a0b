namespace MathPlc.Core;

/// <summary>
/// What every MathPlc identifier shares: a trimmed, non-empty text compared ordinally
/// (<c>"S-01"</c> and <c>"s-01"</c> are different students).
/// </summary>
/// <typeparam name="TSelf">The identifier type itself.</typeparam>
/// <remarks>
/// Generic code (readers, writers, JSON converters) creates identifiers through
/// <see cref="Create(string)"/> without reflection, so it stays trimming- and AOT-safe.
/// The default value of an identifier type holds no text and is not a valid identifier;
/// only a constructor or <see cref="Create(string)"/> makes a valid one.
/// </remarks>
public interface IIdentifier<TSelf> : IEquatable<TSelf>, IComparable<TSelf>
    where TSelf : struct, IIdentifier<TSelf>
{
    /// <summary>The identifier as written by the school or district, trimmed.</summary>
    string Value { get; }

    /// <summary>Creates an identifier from its text.</summary>
    /// <param name="value">The text; surrounding white space is trimmed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty or white space.</exception>
    static abstract TSelf Create(string value);
}
