using System.Buffers;

namespace MathPlc.CriticalQuestions.Json;

/// <summary>
/// One team's object of a district's <c>report.json</c> (<c>{"teamId":ID,"report":{…}}</c>), made by
/// <see cref="DistrictCycleJsonWriter.Prepare"/> apart from the file and added in team order with
/// <see cref="DistrictCycleJsonWriter.AddPrepared(DistrictTeamJson)"/>. Only the writer makes one, so its bytes are always a
/// team's object as the writer writes it.
/// </summary>
/// <remarks>
/// Its bytes are in a buffer lent by <see cref="ArrayPool{T}.Shared"/> (a team's object is hundreds of kilobytes: a new
/// array for each of a district's teams was a copy, a fresh large-object-heap allocation and its page faults, decision
/// 0240); adding the team to its file gives the buffer back, so a team is added once and its bytes are not read after.
/// </remarks>
public sealed class DistrictTeamJson
{
    private byte[]? _buffer;
    private readonly int _length;

    internal DistrictTeamJson(byte[] buffer, int length) => (_buffer, _length) = (buffer, length);

    /// <summary>A copy of the object's UTF-8 bytes, compact, without a separator (a copy: the buffer goes back to the pool when the team is added).</summary>
    /// <exception cref="InvalidOperationException">The team was added to its file already, which took its bytes.</exception>
    public ReadOnlyMemory<byte> Utf8 => Buffer().AsSpan(0, _length).ToArray();

    /// <summary>Whether the team was added to its file (its bytes given back).</summary>
    public bool IsAdded => _buffer is null;

    private byte[] Buffer() =>
        _buffer ?? throw new InvalidOperationException("This team's object was added to its file already; a prepared team is added once.");

    // Writes the bytes (after a comma when the team follows another), then gives the buffer back; a second call throws,
    // writing nothing.
    internal void WriteOnce(Stream utf8Json, bool afterAnother)
    {
        byte[] buffer = Buffer();
        _buffer = null;
        if (afterAnother) utf8Json.WriteByte((byte)',');
        utf8Json.Write(buffer, 0, _length);
        ArrayPool<byte>.Shared.Return(buffer);
    }
}
