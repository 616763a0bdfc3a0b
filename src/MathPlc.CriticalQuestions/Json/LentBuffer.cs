using System.Buffers;

namespace MathPlc.CriticalQuestions.Json;

/// <summary>
/// A buffer a <see cref="System.Text.Json.Utf8JsonWriter"/> writes a team's object into, lent by
/// <see cref="ArrayPool{T}.Shared"/>, that hands its array on whole (<see cref="Take"/>) instead of copying it: the array goes
/// to the team's <see cref="DistrictTeamJson"/>, which gives it back once the team is in its file (decision 0240).
/// </summary>
/// <remarks>Not thread-safe: one per thread. It grows by renting a larger array and giving the smaller one back.</remarks>
internal sealed class LentBuffer : IBufferWriter<byte>
{
    private byte[] _array = [];
    private int _written;
    private int _expected = 1 << 16;

    /// <summary>Starts a team's object in a lent array as large as the last one needed.</summary>
    public void Start()
    {
        if (_array.Length == 0) _array = ArrayPool<byte>.Shared.Rent(_expected);
        _written = 0;
    }

    /// <summary>The array and how many bytes of it were written; the next <see cref="Start"/> rents another.</summary>
    public (byte[] Array, int Length) Take()
    {
        var taken = (_array, _written);
        _expected = Math.Max(_written, 1 << 12);
        (_array, _written) = ([], 0);
        return taken;
    }

    /// <inheritdoc/>
    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _array.Length - _written);
        _written += count;
    }

    /// <inheritdoc/>
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        int start = Room(sizeHint);   // first: it may replace the array
        return _array.AsMemory(start);
    }

    /// <inheritdoc/>
    public Span<byte> GetSpan(int sizeHint = 0)
    {
        int start = Room(sizeHint);
        return _array.AsSpan(start);
    }

    // Makes room for sizeHint bytes (at least one) after those written; returns where they start.
    private int Room(int sizeHint)
    {
        int needed = _written + Math.Max(sizeHint, 1);
        if (needed > _array.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, 2 * _array.Length));
            _array.AsSpan(0, _written).CopyTo(larger);
            if (_array.Length > 0) ArrayPool<byte>.Shared.Return(_array);
            _array = larger;
        }
        return _written;
    }
}
