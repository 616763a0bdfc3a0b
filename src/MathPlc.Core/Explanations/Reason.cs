using System.Globalization;
using System.Text.RegularExpressions;

namespace MathPlc.Core;

/// <summary>
/// Why a decision came out as it did, in a form both people and programs can read: a stable
/// machine-readable <see cref="Code"/>, a <see cref="Message"/> in teachers' words, and the
/// <see cref="Data"/> behind it (which target, which score, which cut).
/// </summary>
/// <remarks>
/// <para>Every MathPlc decision returns its reasons; this is the shared currency of explanations.</para>
/// <para>
/// Invariants: the code is lower-case kebab case (<c>below-cut</c>, <c>no-evidence</c>); the message is
/// not blank; data keys are not blank and values are not null. Data is kept sorted by key, so two
/// reasons with the same content are equal and serialize identically. Numbers in data are written
/// with the invariant culture at round-trip precision (<see cref="With(string, double)"/>).
/// </para>
/// </remarks>
public sealed partial record Reason
{
    /// <summary>Creates a reason.</summary>
    /// <param name="code">A stable code such as <c>below-cut</c>: lower-case letters and digits in words joined by hyphens.</param>
    /// <param name="message">The reason in teachers' words.</param>
    /// <param name="data">The facts behind the reason, by name; none by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="message"/> is null.</exception>
    /// <exception cref="ArgumentException">The code is not kebab case, the message is blank, or a data key is blank or a value null.</exception>
    public Reason(string code, string message, IEnumerable<KeyValuePair<string, string>>? data = null)
    {
        Guard.Against.Null(code);
        Guard.Against.Null(message);
        Guard.Against.Unmet(KebabCase().IsMatch(code), nameof(code),
            $"A reason code must be lower-case words joined by hyphens, such as \"below-cut\" (got \"{code}\").");
        Guard.Against.Unmet(!string.IsNullOrWhiteSpace(message), nameof(message), "A reason message must not be empty or white space.");
        var builder = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in data ?? [])
        {
            Guard.Against.Unmet(!string.IsNullOrWhiteSpace(key), nameof(data), "A reason's data key must not be empty or white space.");
            Guard.Against.Unmet(value is not null, nameof(data), $"The reason's data value for \"{key}\" is null.");
            Guard.Against.Unmet(!builder.ContainsKey(key), nameof(data), $"The reason's data has the key \"{key}\" twice.");
            builder.Add(key, value);
        }
        Code = code;
        Message = message.Trim();
        Data = builder.ToImmutable();
    }

    /// <summary>The stable, machine-readable code.</summary>
    public string Code { get; }

    /// <summary>The reason in teachers' words.</summary>
    public string Message { get; }

    /// <summary>The facts behind the reason, sorted by key (ordinal).</summary>
    public ImmutableSortedDictionary<string, string> Data { get; }

    /// <summary>A copy with one more fact.</summary>
    /// <exception cref="ArgumentException"><paramref name="key"/> is blank or already present.</exception>
    public Reason With(string key, string value)
    {
        // The public constructor's checks on the new fact alone (same messages and parameter): the code and message are
        // checked already, and the sorted data only gains a key (issue 18: chains of With rebuilt every reason whole).
        Guard.Against.Unmet(!string.IsNullOrWhiteSpace(key), "data", "A reason's data key must not be empty or white space.");
        Guard.Against.Unmet(value is not null, "data", $"The reason's data value for \"{key}\" is null.");
        Guard.Against.Unmet(!Data.ContainsKey(key), "data", $"The reason's data has the key \"{key}\" twice.");
        return new Reason(this, Data.Add(key, value));
    }

    // A copy of a checked reason with more data (only With calls it).
    private Reason(Reason checkedReason, ImmutableSortedDictionary<string, string> data)
    {
        Code = checkedReason.Code;
        Message = checkedReason.Message;
        Data = data;
    }

    /// <summary>A copy with one more fact, a number written with the invariant culture at round-trip precision.</summary>
    /// <exception cref="ArgumentException"><paramref name="key"/> is blank or already present.</exception>
    public Reason With(string key, double value) => With(key, value.ToString("R", CultureInfo.InvariantCulture));

    /// <summary>A copy with one more fact, a whole number written with the invariant culture.</summary>
    /// <exception cref="ArgumentException"><paramref name="key"/> is blank or already present.</exception>
    public Reason With(string key, int value) => With(key, value.ToString(CultureInfo.InvariantCulture));

    // Hand-written equality: Data is an ImmutableSortedDictionary, which compares by reference; equality is by
    // its sorted content (a value-equal collection in Core is a list, not a map).

    /// <inheritdoc/>
    public bool Equals(Reason? other) =>
        other is not null && Code == other.Code && Message == other.Message && Data.SequenceEqual(other.Data);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Code, StringComparer.Ordinal);
        hash.Add(Message, StringComparer.Ordinal);
        foreach (var (key, value) in Data)
        {
            hash.Add(key, StringComparer.Ordinal);
            hash.Add(value, StringComparer.Ordinal);
        }
        return hash.ToHashCode();
    }

    /// <inheritdoc/>
    public override string ToString() => Data.IsEmpty
        ? $"{Code}: {Message}"
        : $"{Code}: {Message} ({string.Join(", ", Data.Select(kv => $"{kv.Key}={kv.Value}"))})";

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex KebabCase();
}
