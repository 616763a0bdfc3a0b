using System.Globalization;
using System.Runtime.InteropServices;

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
public sealed record Reason
{
    // The facts, sorted by key (ordinal), each key once: Data is built from them on first use (issue 18: a district's
    // cycle makes hundreds of thousands of reasons, and a sorted dictionary per reason was most of their cost).
    private readonly KeyValuePair<string, string>[] _facts;
    private ImmutableSortedDictionary<string, string>? _data;

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
        Guard.Against.Unmet(IsKebabCase(code), nameof(code),
            $"A reason code must be lower-case words joined by hyphens, such as \"below-cut\" (got \"{code}\").");
        Guard.Against.Unmet(!string.IsNullOrWhiteSpace(message), nameof(message), "A reason message must not be empty or white space.");
        var facts = data switch
        {
            null => [],
            ICollection<KeyValuePair<string, string>> { Count: 0 } => [],
            _ => data.ToArray(), // a copy: the caller's collection may change later
        };
        // Checked in the order given, so the first problem is the one named (as when the facts went into a builder one by one).
        var many = facts.Length > ManyFacts ? new HashSet<string>(StringComparer.Ordinal) : null;
        for (int i = 0; i < facts.Length; i++)
        {
            var (key, value) = facts[i];
            Guard.Against.Unmet(!string.IsNullOrWhiteSpace(key), nameof(data), "A reason's data key must not be empty or white space.");
            Guard.Against.Unmet(value is not null, nameof(data), $"The reason's data value for \"{key}\" is null.");
            Guard.Against.Unmet(many?.Add(key) ?? IndexOf(facts.AsSpan(0, i), key) < 0, nameof(data), $"The reason's data has the key \"{key}\" twice.");
        }
        if (many is null) SortByKey(facts);
        else Array.Sort(facts, static (x, y) => string.CompareOrdinal(x.Key, y.Key));
        Code = code;
        Message = message.Trim();
        _facts = facts;
    }

    /// <summary>The stable, machine-readable code.</summary>
    public string Code { get; }

    /// <summary>The reason in teachers' words.</summary>
    public string Message { get; }

    /// <summary>The facts behind the reason, sorted by key (ordinal).</summary>
    /// <remarks>Built on first use from <see cref="Facts"/>, which holds the same pairs in the same order without a dictionary.</remarks>
    public ImmutableSortedDictionary<string, string> Data =>
        _data ??= _facts.Length == 0
            ? ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal)
            : ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, _facts);

    /// <summary>
    /// The facts behind the reason as pairs sorted by key (ordinal), each key once: the same content as <see cref="Data"/>,
    /// read without building a dictionary (for writers that visit every reason).
    /// </summary>
    public ValueArray<KeyValuePair<string, string>> Facts => ImmutableCollectionsMarshal.AsImmutableArray(_facts);

    /// <summary>A copy with one more fact.</summary>
    /// <exception cref="ArgumentException"><paramref name="key"/> is blank or already present.</exception>
    public Reason With(string key, string value)
    {
        // The public constructor's checks on the new fact alone (same messages and parameter): the code and message are
        // checked already, and the sorted facts only gain a key (issue 18: chains of With rebuilt every reason whole).
        Guard.Against.Unmet(!string.IsNullOrWhiteSpace(key), "data", "A reason's data key must not be empty or white space.");
        Guard.Against.Unmet(value is not null, "data", $"The reason's data value for \"{key}\" is null.");
        int at = BinarySearch(_facts, key);
        Guard.Against.Unmet(at < 0, "data", $"The reason's data has the key \"{key}\" twice.");
        at = ~at;
        var facts = new KeyValuePair<string, string>[_facts.Length + 1];
        Array.Copy(_facts, facts, at);
        facts[at] = new(key, value);
        Array.Copy(_facts, at, facts, at + 1, _facts.Length - at);
        return new Reason(this, facts);
    }

    // A copy of a checked reason with other checked, sorted facts (only With calls it).
    private Reason(Reason checkedReason, KeyValuePair<string, string>[] facts)
    {
        Code = checkedReason.Code;
        Message = checkedReason.Message;
        _facts = facts;
    }

    /// <summary>A copy with one more fact, a number written with the invariant culture at round-trip precision.</summary>
    /// <exception cref="ArgumentException"><paramref name="key"/> is blank or already present.</exception>
    public Reason With(string key, double value) => With(key, value.ToString("R", CultureInfo.InvariantCulture));

    /// <summary>A copy with one more fact, a whole number written with the invariant culture.</summary>
    /// <exception cref="ArgumentException"><paramref name="key"/> is blank or already present.</exception>
    public Reason With(string key, int value) => With(key, value.ToString(CultureInfo.InvariantCulture));

    // Hand-written equality: equality is by the sorted facts' content (Data, a dictionary, would compare by reference).

    /// <inheritdoc/>
    public bool Equals(Reason? other)
    {
        if (other is null) return false;
        if (ReferenceEquals(this, other)) return true;
        if (Code != other.Code || Message != other.Message || _facts.Length != other._facts.Length) return false;
        for (int i = 0; i < _facts.Length; i++)
            if (_facts[i].Key != other._facts[i].Key || _facts[i].Value != other._facts[i].Value) return false;
        return true;
    }

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Code, StringComparer.Ordinal);
        hash.Add(Message, StringComparer.Ordinal);
        foreach (var (key, value) in _facts)
        {
            hash.Add(key, StringComparer.Ordinal);
            hash.Add(value, StringComparer.Ordinal);
        }
        return hash.ToHashCode();
    }

    /// <inheritdoc/>
    public override string ToString() => _facts.Length == 0
        ? $"{Code}: {Message}"
        : $"{Code}: {Message} ({string.Join(", ", _facts.Select(kv => $"{kv.Key}={kv.Value}"))})";

    /// <summary>
    /// Whether <paramref name="code"/> is kebab case: what the pattern <c>^[a-z0-9]+(-[a-z0-9]+)*$</c> matches (so, as a
    /// .NET pattern's <c>$</c> does, one final line feed is allowed), checked by hand: no regular expression per reason.
    /// </summary>
    internal static bool IsKebabCase(string code)
    {
        var text = code.AsSpan();
        if (text.Length > 0 && text[^1] == '\n') text = text[..^1];
        if (text.IsEmpty || text[0] == '-' || text[^1] == '-') return false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') continue;
            if (c != '-' || text[i - 1] == '-') return false;
        }
        return true;
    }

    // Up to this many facts, duplicates are found by a scan and the facts sorted by insertion; beyond, by a set and a sort.
    private const int ManyFacts = 16;

    private static int IndexOf(ReadOnlySpan<KeyValuePair<string, string>> facts, string key)
    {
        for (int i = 0; i < facts.Length; i++)
            if (string.Equals(facts[i].Key, key, StringComparison.Ordinal)) return i;
        return -1;
    }

    // The position of key in sorted facts, or the complement of where it would go.
    private static int BinarySearch(KeyValuePair<string, string>[] facts, string key)
    {
        int low = 0, high = facts.Length - 1;
        while (low <= high)
        {
            int mid = (low + high) >>> 1;
            int order = string.CompareOrdinal(facts[mid].Key, key);
            if (order == 0) return mid;
            if (order < 0) low = mid + 1;
            else high = mid - 1;
        }
        return ~low;
    }

    // Insertion sort by key (ordinal): a reason has a handful of facts, often given in order already.
    private static void SortByKey(KeyValuePair<string, string>[] facts)
    {
        for (int i = 1; i < facts.Length; i++)
        {
            var fact = facts[i];
            int j = i - 1;
            while (j >= 0 && string.CompareOrdinal(facts[j].Key, fact.Key) > 0)
            {
                facts[j + 1] = facts[j];
                j--;
            }
            facts[j + 1] = fact;
        }
    }
}
