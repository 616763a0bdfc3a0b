using MathPlc.Core;

namespace MathPlc.Interop.Csv;

/// <summary>
/// The identifiers already read from one column of a file, looked up by their text without allocating, so that a
/// student or target id repeated on thousands of rows is created once and its text is shared.
/// </summary>
/// <remarks>
/// Creating an identifier costs more than a lookup (Core's check builds its message eagerly), and evidence files
/// repeat the same few ids on most rows. The cache stops growing at <see cref="MaxEntries"/> distinct ids; later
/// new ids are created without being kept.
/// </remarks>
internal sealed class IdentifierCache<TId> where TId : struct, IIdentifier<TId>
{
    private const int MaxEntries = 1 << 20;

    private readonly Dictionary<string, TId> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TId>.AlternateLookup<ReadOnlySpan<char>> _byText;

    public IdentifierCache() => _byText = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The identifier with this text, which must not be empty or white space.</summary>
    public TId Get(ReadOnlySpan<char> text)
    {
        if (_byText.TryGetValue(text, out var id)) return id;
        string value = text.ToString();
        id = TId.Create(value);
        if (_ids.Count < MaxEntries) _ids.Add(value, id);
        return id;
    }
}
