using System.Runtime.InteropServices;

namespace MathPlc.Interop.Csv;

/// <summary>
/// One good evidence row as the columnar reader keeps it (24 bytes): student and target numbers, the score (NaN for
/// a row whose kind does not count: it only adds to its series' excluded count) and the school-order key (date, then
/// sequence; file order breaks ties).
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal struct EvidenceRecord
{
    public int Student;
    public int Target;
    public double Score;
    public long Order;

    /// <summary>The school-order key of a date (year, month, day) and a sequence number.</summary>
    public static long OrderOf(int year, int month, int day, int sequence) => (long)(year * 512 + month * 32 + day) << 32 | (uint)sequence;
}

/// <summary>
/// How the columnar reader shares memory out: how many rows it may keep in memory, and into how many partitions (by
/// student) it spills the rest to temporary files.
/// </summary>
/// <param name="RowsInMemory">The most rows held in memory while reading (all readers together); more are spilled.</param>
/// <param name="Partitions">How many partitions by student the rows are spilled into, when they are; 2 to <see cref="MostPartitions"/>.</param>
public readonly record struct SpillPlan(long RowsInMemory, int Partitions)
{
    /// <summary>
    /// The bytes one row costs while it is grouped (the record, a second copy for the sort, and its score): a memory
    /// limit of L bytes keeps L / 56 rows in memory.
    /// </summary>
    public const int BytesPerRow = 56;

    /// <summary>The most partitions: open files stay far below the usual limits, and partitions stay large enough to be read efficiently.</summary>
    public const int MostPartitions = 256;

    /// <summary>
    /// The plan for <paramref name="memoryLimit"/> bytes and a file of about <paramref name="estimatedRows"/> rows: all
    /// in memory when they fit, else spilled from the start into enough partitions that each fits (with a quarter to
    /// spare for a wrong estimate), at most <see cref="MostPartitions"/>.
    /// </summary>
    /// <param name="memoryLimit">The bytes the rows may take; positive.</param>
    /// <param name="estimatedRows">About how many rows the file has; 0 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="memoryLimit"/> is not positive, or <paramref name="estimatedRows"/> is negative.</exception>
    public static SpillPlan For(long memoryLimit, long estimatedRows)
    {
        Guard.Against.NotPositive(memoryLimit);
        Guard.Against.Negative(estimatedRows);
        long rows = memoryLimit / BytesPerRow;
        long needed = estimatedRows * BytesPerRow;
        int partitions = (int)Math.Clamp((needed + needed / 4) / Math.Max(1, memoryLimit) + 1, 2, MostPartitions);
        return new SpillPlan(estimatedRows <= rows ? rows : 0, partitions);
    }
}

/// <summary>
/// The rows one reader keeps: in memory in 64 K-row chunks until <see cref="SpillPlan.RowsInMemory"/> is reached,
/// then in one temporary file per partition (by the student's hash). The temporary files are in the system's temporary
/// folder and already unlinked on Unix (deleted on close elsewhere), so they vanish however the process ends.
/// </summary>
internal sealed class RecordStore(IdTable students, long rowsInMemory, int partitions) : IDisposable
{
    private const int ChunkLength = 1 << 16;
    private const int BufferLength = 4096;

    private readonly List<EvidenceRecord[]> _chunks = [];
    private int _inLast = ChunkLength;
    private FileStream[]? _files;
    private EvidenceRecord[][]? _buffers;
    private int[]? _buffered;
    private long[]? _spilled;

    /// <summary>How many rows it holds.</summary>
    public long Count { get; private set; }

    /// <summary>Whether rows went to temporary files.</summary>
    public bool Spilled => _files is not null;

    /// <summary>Keeps a row.</summary>
    public void Add(in EvidenceRecord record)
    {
        Count++;
        if (_files is null)
        {
            if (Count > rowsInMemory)
            {
                Spill();
                Write(record);
                return;
            }
            if (_inLast == ChunkLength)
            {
                _chunks.Add(GC.AllocateUninitializedArray<EvidenceRecord>(ChunkLength));
                _inLast = 0;
            }
            _chunks[^1][_inLast++] = record;
            return;
        }
        Write(record);
    }

    /// <summary>The partition of a student of this reader's id table.</summary>
    public int PartitionOf(int student) => students.HashOf(student) % partitions;

    /// <summary>
    /// Hands the rows of <paramref name="partition"/> (of <paramref name="count"/>: 1 when no reader spilled) to
    /// <paramref name="visit"/> in file order, a block at a time.
    /// </summary>
    public void Read(int partition, int count, Action<ReadOnlySpan<EvidenceRecord>> visit)
    {
        if (_files is null)
        {
            var block = count == 1 ? null : new EvidenceRecord[BufferLength];
            for (int c = 0; c < _chunks.Count; c++)
            {
                var chunk = _chunks[c].AsSpan(0, c == _chunks.Count - 1 ? _inLast : ChunkLength);
                if (block is null)
                {
                    visit(chunk);
                    continue;
                }
                int n = 0;
                foreach (ref readonly var record in chunk)
                {
                    if (PartitionOf(record.Student) != partition) continue;
                    block[n++] = record;
                    if (n == block.Length)
                    {
                        visit(block);
                        n = 0;
                    }
                }
                if (n > 0) visit(block.AsSpan(0, n));
            }
            return;
        }
        Flush(partition);
        var file = _files[partition];
        file.Position = 0;
        var buffer = new EvidenceRecord[BufferLength * 16];
        var bytes = MemoryMarshal.AsBytes(buffer.AsSpan());
        while (true)
        {
            int read = file.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
            if (read == 0) break;
            visit(buffer.AsSpan(0, read / Marshal.SizeOf<EvidenceRecord>()));
        }
        file.SetLength(0);   // read once: give the disk back
    }

    /// <summary>The rows in memory, in file order (when nothing was spilled).</summary>
    public IEnumerable<ArraySegment<EvidenceRecord>> Chunks()
    {
        for (int c = 0; c < _chunks.Count; c++) yield return new ArraySegment<EvidenceRecord>(_chunks[c], 0, c == _chunks.Count - 1 ? _inLast : ChunkLength);
    }

    /// <summary>Lets the in-memory rows go (after they were read).</summary>
    public void Release() => _chunks.Clear();

    private void Spill()
    {
        var files = new FileStream[partitions];
        try
        {
            for (int p = 0; p < partitions; p++) files[p] = SpillFile.Create();
        }
        catch
        {
            foreach (var file in files) file?.Dispose();
            throw;
        }
        _files = files;
        _spilled = new long[partitions];
        _buffers = new EvidenceRecord[partitions][];
        _buffered = new int[partitions];
        for (int p = 0; p < partitions; p++) _buffers[p] = new EvidenceRecord[BufferLength];
        for (int c = 0; c < _chunks.Count; c++)
            foreach (ref readonly var record in _chunks[c].AsSpan(0, c == _chunks.Count - 1 ? _inLast : ChunkLength)) Write(record);
        _chunks.Clear();
    }

    /// <summary>How many of its rows are in <paramref name="partition"/> (of <paramref name="count"/>).</summary>
    public long CountIn(int partition, int count)
    {
        if (count == 1) return Count;
        if (_spilled is { } spilled) return spilled[partition];
        long n = 0;
        foreach (var chunk in Chunks())
            foreach (ref readonly var record in chunk.AsSpan())
                if (PartitionOf(record.Student) == partition) n++;
        return n;
    }

    private void Write(in EvidenceRecord record)
    {
        int partition = PartitionOf(record.Student);
        _spilled![partition]++;
        _buffers![partition][_buffered![partition]++] = record;
        if (_buffered[partition] == BufferLength) Flush(partition);
    }

    private void Flush(int partition)
    {
        if (_buffered![partition] == 0) return;
        SpillFile.Write(_files![partition], MemoryMarshal.AsBytes(_buffers![partition].AsSpan(0, _buffered[partition])));
        _buffered[partition] = 0;
    }

    /// <summary>Closes (and so deletes) the temporary files.</summary>
    public void Dispose()
    {
        _chunks.Clear();
        if (_files is null) return;
        foreach (var file in _files) file?.Dispose();
        _files = null;
    }
}

/// <summary>
/// Temporary files for rows that do not fit in memory: in the system's temporary folder
/// (<see cref="Path.GetTempPath"/>, so <c>TMPDIR</c> chooses it on Unix), unlinked as soon as they are open on Unix and
/// deleted on close elsewhere, so none is left behind after success, failure, Ctrl-C or a killed process. A failed
/// write (a full disk) is an <see cref="IOException"/> that says where and what to do.
/// </summary>
public static class SpillFile
{
    /// <summary>Creates a temporary file for reading and writing, already removed from its folder where the system allows.</summary>
    /// <exception cref="IOException">The file could not be created (the message names the temporary folder).</exception>
    public static FileStream Create()
    {
        string path = Path.Combine(Path.GetTempPath(), $"mathplc-spill-{Guid.NewGuid():N}.tmp");
        try
        {
            var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Delete, 1 << 16, FileOptions.DeleteOnClose);
            if (!OperatingSystem.IsWindows()) File.Delete(path);
            return file;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Failed("could not be created", e);
        }
    }

    /// <summary>Appends <paramref name="bytes"/> to a temporary file.</summary>
    /// <exception cref="IOException">The write failed (a full disk); the message names the temporary folder.</exception>
    public static void Write(Stream file, ReadOnlySpan<byte> bytes)
    {
        Guard.Against.Null(file);
        try
        {
            file.Write(bytes);
        }
        catch (IOException e)
        {
            throw Failed("could not be written", e);
        }
    }

    // Short, since the command line shows the first 80 characters of an unexpected error: where, and the system's reason.
    private static IOException Failed(string what, Exception e) => new($"temporary files in {Path.GetTempPath()} {what}: {OutputFile.Plain(e)}", e);
}
