using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;

namespace MathPlc.Interop.Csv;

/// <summary>
/// Identifiers numbered in order of first appearance, found by their UTF-8 bytes in an open-addressing table (linear
/// probing, power-of-two size, at most three quarters full, ids of up to 15 bytes held in the table itself): no string per row, one probe of a flat array for most lookups.
/// While the identifiers come in increasing byte order (a file sorted by id), none is placed: a new one is known by one
/// comparison with the last, and the places are filled only if the order breaks (decision 0235).
/// The bytes are the identifier's canonical text (the fast scan takes only ids with nothing to trim; the general
/// reader gives the canonical text, encoded).
/// </summary>
internal sealed class IdTable
{
    /// <summary>One place of the table: the first 15 bytes and the length inline (an id of up to 15 bytes is compared without leaving the table), the hash, the number + 1 (0 = empty).</summary>
    private struct Slot
    {
        public ulong Low;
        public ulong High;
        public int Hash;
        public int Entry;
    }

    private byte[] _bytes = new byte[1 << 16];
    private int _used;
    private int[] _offsets = new int[1 << 10];
    private int[] _lengths = new int[1 << 10];
    private int[] _hashes = new int[1 << 10];
    private Slot[] _slots = new Slot[1 << 11];
    private int _lastIndex = -1;

    /// <summary>
    /// Whether every identifier so far came in increasing byte order (issue 18, decision 0235): then a new one is
    /// known to be new by one comparison with the last, and the places stay empty until the order breaks, when every
    /// identifier so far is placed at once. Files that list their students in order (a district's, sorted by id) never
    /// fill the places at all.
    /// </summary>
    private bool _ordered = true;

    /// <summary>How many places the table should have once it places identifiers (<see cref="Reserve"/> while ordered).</summary>
    private long _placesWanted;

    /// <summary>An empty table that grows as identifiers come.</summary>
    public IdTable()
    {
    }

    /// <summary>
    /// An empty table with room for <paramref name="ids"/> identifiers of <paramref name="bytes"/> bytes in all before
    /// it grows (issue 18, decision 0235: a reader that knows about how many ids its file holds sizes the table once
    /// instead of growing it by copies and rehashes).
    /// </summary>
    public IdTable(int ids, long bytes) => Reserve(ids, bytes);

    /// <summary>
    /// Makes room for <paramref name="ids"/> identifiers of <paramref name="bytes"/> bytes in all (those already in
    /// included) in one step, so that adding up to that many needs no further copy or rehash; a table that has the
    /// room already is left as it is.
    /// </summary>
    public void Reserve(int ids, long bytes)
    {
        ids = Math.Max(ids, 1);
        if (ids > _offsets.Length)
        {
            Array.Resize(ref _offsets, ids);
            Array.Resize(ref _lengths, ids);
            Array.Resize(ref _hashes, ids);
        }
        if (bytes > _bytes.Length) Array.Resize(ref _bytes, (int)Math.Min(bytes, Array.MaxLength));
        long places = PlacesFor(ids);
        if (_ordered) _placesWanted = Math.Max(_placesWanted, places);
        else if (places > _slots.Length) Rehash((int)places);
    }

    /// <summary>The places for <paramref name="ids"/> identifiers at most three quarters full (a power of two, at least the table's now).</summary>
    private long PlacesFor(long ids)
    {
        long places = Math.Max(_slots.Length, 2);
        while (ids * 4 > places * 3 && places < 1 << 30) places *= 2;
        return places;
    }

    /// <summary>How many identifiers there are.</summary>
    public int Count { get; private set; }

    /// <summary>How many bytes the identifiers take in all.</summary>
    public long Bytes => _used;

    /// <summary>Whether every identifier is ASCII (then byte order is the ordinal order of the text).</summary>
    public bool Ascii { get; private set; } = true;

    /// <summary>The bytes of identifier <paramref name="index"/>.</summary>
    public ReadOnlySpan<byte> this[int index] => _bytes.AsSpan(_offsets[index], _lengths[index]);

    /// <summary>The number of the identifier with these bytes, adding it when new; files repeat the last one often.</summary>
    public int Index(ReadOnlySpan<byte> id) =>
        _lastIndex >= 0 && id.SequenceEqual(this[_lastIndex]) ? _lastIndex : Index(id, Hash(id));

    /// <summary>
    /// Loads the table's place for <paramref name="hash"/> into the cache ahead of <see cref="Index(ReadOnlySpan{byte}, int)"/>:
    /// a reader touches the places of a batch of rows first, so their cache misses overlap instead of following one another.
    /// </summary>
    /// <returns>A value of no meaning (summed by the caller so the load is not optimised away).</returns>
    public int Touch(int hash) => _slots[hash & (_slots.Length - 1)].Entry;

    /// <summary>The number of the identifier with these bytes and this <see cref="Hash"/>, adding it when new.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Index(ReadOnlySpan<byte> id, int hash)
    {
        if (_ordered)
        {
            int order = Count == 0 ? 1 : id.SequenceCompareTo(this[Count - 1]);
            if (order > 0) return _lastIndex = Add(id, hash);   // after every id so far: new
            if (order == 0) return _lastIndex = Count - 1;
            Place();   // the order broke: place every id so far, and look it up as any other
        }
        var (low, high) = Inline(id);
        int mask = _slots.Length - 1;
        for (int at = hash & mask; ; at = (at + 1) & mask)
        {
            ref var slot = ref _slots[at];
            if (slot.Entry == 0)
            {
                int index = Add(id, hash);
                slot = new Slot { Low = low, High = high, Hash = hash, Entry = index + 1 };
                if (Count * 4 > _slots.Length * 3) Rehash(_slots.Length * 2);
                return _lastIndex = index;
            }
            if (slot.Hash == hash && slot.Low == low && slot.High == high && (id.Length <= 15 || id.SequenceEqual(this[slot.Entry - 1])))
                return _lastIndex = slot.Entry - 1;
        }
    }

    /// <summary>The first 15 bytes and the length (15 or less), or 0xFF in the last byte for a longer id: equal for two ids of up to 15 bytes exactly when they are equal.</summary>
    private static (ulong Low, ulong High) Inline(ReadOnlySpan<byte> id)
    {
        // Read as words, not through a cleared copy (issue 18): the same two numbers as the first 15 bytes zero padded, little-endian, then the length byte.
        ulong top = (ulong)(id.Length <= 15 ? id.Length : 0xFF) << 56;
        if (id.Length < 8) return (Tail(id), top);
        ulong low = BinaryPrimitives.ReadUInt64LittleEndian(id);
        ulong high = id.Length >= 16 ? BinaryPrimitives.ReadUInt64LittleEndian(id[8..]) & 0x00FF_FFFF_FFFF_FFFFUL : Tail(id[8..]);
        return (low, high | top);
    }

    /// <summary>Up to seven bytes as a little-endian number, zero padded.</summary>
    private static ulong Tail(ReadOnlySpan<byte> bytes)
    {
        ulong tail = 0;
        for (int i = 0; i < bytes.Length; i++) tail |= (ulong)bytes[i] << (8 * i);
        return tail;
    }

    /// <summary>The number of the identifier with this canonical text, adding it when new.</summary>
    public int Index(string id)
    {
        Span<byte> stack = stackalloc byte[256];
        int length = Encoding.UTF8.GetMaxByteCount(id.Length) <= stack.Length ? Encoding.UTF8.GetBytes(id, stack) : -1;
        return length >= 0 ? Index(stack[..length]) : Index(Encoding.UTF8.GetBytes(id));
    }

    /// <summary>Each of this table's identifiers' number in <paramref name="into"/>, adding those it lacks (merging one reader's ids into the first reader's).</summary>
    public int[] NumbersIn(IdTable into)
    {
        var map = new int[Count];
        if (ReferenceEquals(this, into))
        {
            for (int i = 0; i < map.Length; i++) map[i] = i;
            return map;
        }
        into.Reserve(into.Count + Count, (long)into._used + _used);   // one step, not a rehash as the table fills
        for (int i = 0; i < map.Length; i++) map[i] = into.Index(this[i], _hashes[i]);   // the hash is the same in every table
        return map;
    }

    /// <summary>Lets the lookup table go once every identifier is in (the identifiers and their hashes stay).</summary>
    public void Freeze() => _slots = [];

    /// <summary>Lets everything go (a reader's table once its ids are merged into the first reader's).</summary>
    public void Clear()
    {
        _slots = [];
        _bytes = [];
        _offsets = _lengths = _hashes = [];
        Count = 0;
    }

    /// <summary>The identifier's hash: the same for the same bytes in every table, so it can choose a partition.</summary>
    public static int Hash(ReadOnlySpan<byte> id)
    {
        ulong hash = 0x9E3779B97F4A7C15UL ^ (ulong)id.Length;
        while (id.Length >= 8)
        {
            hash = BitOperations.RotateLeft((hash ^ BinaryPrimitives.ReadUInt64LittleEndian(id)) * 0xFF51AFD7ED558CCDUL, 29);
            id = id[8..];
        }
        ulong tail = 0;
        for (int i = 0; i < id.Length; i++) tail |= (ulong)id[i] << (8 * i);
        hash = (hash ^ tail) * 0xC4CEB9FE1A85EC53UL;
        return (int)(hash ^ (hash >> 32)) & int.MaxValue;
    }

    /// <summary>The stored hash of identifier <paramref name="index"/>.</summary>
    public int HashOf(int index) => _hashes[index];

    /// <summary>The identifier numbers in ordinal order of their text.</summary>
    public int[] InOrder()
    {
        var order = new int[Count];
        for (int i = 0; i < order.Length; i++) order[i] = i;
        if (_ordered && Ascii) return order;   // added in byte order, which for ASCII is ordinal order
        if (!Ascii)
        {
            var texts = new string[Count];
            for (int i = 0; i < texts.Length; i++) texts[i] = Encoding.UTF8.GetString(this[i]);
            Array.Sort(order, (a, b) => string.CompareOrdinal(texts[a], texts[b]));
            return order;
        }
        // ASCII: byte order is ordinal order. Sort by the first eight bytes (big-endian, zero padded), then settle ties.
        var prefixes = new ulong[Count];
        for (int i = 0; i < prefixes.Length; i++) prefixes[i] = Prefix(this[i]);
        Array.Sort(prefixes, order);
        for (int start = 0; start < order.Length;)
        {
            int end = start + 1;
            while (end < order.Length && prefixes[end] == prefixes[start]) end++;
            if (end - start > 1) Array.Sort(order, start, end - start, Comparer<int>.Create((a, b) => this[a].SequenceCompareTo(this[b])));
            start = end;
        }
        return order;
    }

    private static ulong Prefix(ReadOnlySpan<byte> id)
    {
        Span<byte> eight = stackalloc byte[8];
        eight.Clear();
        id[..Math.Min(8, id.Length)].CopyTo(eight);
        return BinaryPrimitives.ReadUInt64BigEndian(eight);
    }

    private int Add(ReadOnlySpan<byte> id, int hash)
    {
        if ((long)_used + id.Length > _bytes.Length)
        {
            long grown = Math.Max(_bytes.Length * 2L, (long)_used + id.Length);
            if (grown > Array.MaxLength) throw new InsufficientMemoryException("The identifiers take more than 2 GB.");
            Array.Resize(ref _bytes, (int)grown);
        }
        if (Count == _offsets.Length)
        {
            Array.Resize(ref _offsets, Count * 2);
            Array.Resize(ref _lengths, Count * 2);
            Array.Resize(ref _hashes, Count * 2);
        }
        id.CopyTo(_bytes.AsSpan(_used));
        _offsets[Count] = _used;
        _lengths[Count] = id.Length;
        _hashes[Count] = hash;
        _used += id.Length;
        if (Ascii && !System.Text.Ascii.IsValid(id)) Ascii = false;
        return Count++;
    }

    /// <summary>Leaves the ordered mode: every identifier so far put in its place, in a table sized for them and for what was reserved.</summary>
    private void Place()
    {
        _ordered = false;
        _slots = new Slot[Math.Max(PlacesFor(Count + 1), _placesWanted)];
        int mask = _slots.Length - 1;
        for (int i = 0; i < Count; i++)
        {
            var (low, high) = Inline(this[i]);
            int at = _hashes[i] & mask;
            while (_slots[at].Entry != 0) at = (at + 1) & mask;
            _slots[at] = new Slot { Low = low, High = high, Hash = _hashes[i], Entry = i + 1 };
        }
    }

    private void Rehash(int places)
    {
        var old = _slots;
        _slots = new Slot[places];
        int mask = _slots.Length - 1;
        foreach (var slot in old)
        {
            if (slot.Entry == 0) continue;
            int at = slot.Hash & mask;
            while (_slots[at].Entry != 0) at = (at + 1) & mask;
            _slots[at] = slot;
        }
    }
}
