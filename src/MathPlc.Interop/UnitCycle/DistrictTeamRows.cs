using System.Buffers;
using MathPlc.Interop.Csv;

namespace MathPlc.Interop.UnitCycle;

/// <summary>
/// One team's rows of a district's table, made by <see cref="DistrictTableWriter.Prepare"/> apart from the file and
/// added in team order with <see cref="DistrictTableWriter.AddPrepared(DistrictTeamRows)"/>. Only a writer makes them, for
/// itself, so their bytes are always whole rows of its table.
/// </summary>
/// <remarks>
/// The bytes are kept in blocks lent by <see cref="ArrayPool{T}.Shared"/> (issue 18: a copy of every team's rows into an
/// array of its own cost half of making them, in fresh large objects and page faults), which go back to the pool when the rows are added:
/// rows are added once, and their <see cref="Utf8"/> is readable until then.
/// </remarks>
public sealed class DistrictTeamRows
{
    private byte[][]? _blocks;
    private readonly int _length;

    internal DistrictTeamRows(DistrictTableWriter writer, byte[][] blocks, int length) => (Writer, _blocks, _length) = (writer, blocks, length);

    internal DistrictTableWriter Writer { get; }

    /// <summary>The rows' UTF-8 bytes, each ending with CRLF (a copy).</summary>
    /// <exception cref="InvalidOperationException">The rows were added to their table.</exception>
    public ReadOnlyMemory<byte> Utf8
    {
        get
        {
            var blocks = _blocks ?? throw Added();
            var bytes = new byte[_length];
            for (int b = 0, at = 0; at < _length; b++)
            {
                int n = Math.Min(RowBlockStream.BlockSize, _length - at);
                blocks[b].AsSpan(0, n).CopyTo(bytes.AsSpan(at));
                at += n;
            }
            return bytes;
        }
    }

    /// <summary>Writes the rows to <paramref name="csv"/> between two of its rows, then gives the blocks back to the pool; once only.</summary>
    internal void AddTo(CsvRowWriter csv)
    {
        var blocks = _blocks ?? throw Added();
        _blocks = null;
        for (int b = 0, at = 0; at < _length; b++)
        {
            int n = Math.Min(RowBlockStream.BlockSize, _length - at);
            csv.WriteRows(blocks[b].AsSpan(0, n));
            at += n;
        }
        foreach (var block in blocks) ArrayPool<byte>.Shared.Return(block);
    }

    private static InvalidOperationException Added() => new("These rows were added to their table already; rows are added once.");
}

/// <summary>A stream that keeps what is written in blocks lent by <see cref="ArrayPool{T}.Shared"/>, handed over whole by <see cref="Take"/>.</summary>
internal sealed class RowBlockStream : Stream
{
    /// <summary>The bytes used of a block: a row writer's buffer, below the large object heap.</summary>
    public const int BlockSize = 1 << 16;

    private readonly List<byte[]> _blocks = [];
    private int _length;

    /// <summary>The blocks written so far and their length in bytes; the stream starts again empty.</summary>
    public (byte[][] Blocks, int Length) Take()
    {
        var taken = (_blocks.ToArray(), _length);
        _blocks.Clear();
        _length = 0;
        return taken;
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            int at = _length % BlockSize;
            if (at == 0) _blocks.Add(ArrayPool<byte>.Shared.Rent(BlockSize));   // the last block is full (or there is none)
            int n = Math.Min(buffer.Length, BlockSize - at);
            buffer[..n].CopyTo(_blocks[^1].AsSpan(at));
            buffer = buffer[n..];
            _length += n;
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => _length;

    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException();
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
