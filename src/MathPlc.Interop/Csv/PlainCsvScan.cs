using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace MathPlc.Interop.Csv;

/// <summary>
/// The fast scans' shared reading loop (issue 18; decisions 0100, 0120): a CSV file of plain lines — printable ASCII,
/// no quotes, no tabs, no blank lines, no value with a space at either end, every row as wide as the header — split into stretches of whole lines and
/// read on every core, each line handed as byte ranges to a <see cref="LineReader"/> of its stretch. Spaces inside a
/// value are plain (a level label "Target content"); a value that starts or ends with one is not, since the general
/// reader trims it. It vouches only
/// for what it reads to the end with no doubt: at the first line it does not expect, or that a reader refuses, it
/// gives up, and the caller reads the file again with its general reader, so every diagnostic is that reader's.
/// </summary>
internal static class PlainCsvScan
{
    /// <summary>The read buffer of each stretch (a longer line gives up).</summary>
    public const int BufferLength = 1 << 20;

    private const int StretchPerReader = 8 << 20;

    /// <summary>A header the scan vouches for: its field count, each known column's position (-1 when absent), and where the data lines start.</summary>
    /// <param name="Names">The header's names.</param>
    /// <param name="Positions">For each known column, its 0-based field, or -1.</param>
    /// <param name="DataStart">The stream position of the first data line.</param>
    public sealed record Header(ImmutableArray<string> Names, ImmutableArray<int> Positions, long DataStart)
    {
        /// <summary>How many fields every line has.</summary>
        public int FieldCount => Names.Length;
    }

    /// <summary>What one stretch's reader does with each line; one instance per stretch, so it keeps its own state.</summary>
    public abstract class LineReader
    {
        /// <summary>Takes one line; false to give up (the caller's general reader will report it).</summary>
        /// <param name="line">The line, without its line break.</param>
        /// <param name="lineAt">Where the line starts in the buffer passed to <see cref="BufferMoving"/>.</param>
        /// <param name="fields">The fields' ranges within <paramref name="line"/>.</param>
        public abstract bool Line(ReadOnlySpan<byte> line, int lineAt, ReadOnlySpan<Range> fields);

        /// <summary>Called before the buffer's bytes move (and at the end): anything that points into <paramref name="buffer"/> must be taken now.</summary>
        public virtual void BufferMoving(byte[] buffer)
        {
        }

        /// <summary>Whether <see cref="BufferMoving"/> should be called now (a reader that stages rows, when its stage is full).</summary>
        public virtual bool Full => false;
    }

    /// <summary>
    /// Reads the header from the stream's position (after a UTF-8 byte order mark) and matches it to
    /// <paramref name="columns"/>; null when it is not plain or does not match without a problem (the general reader
    /// then reports it).
    /// </summary>
    public static Header? ReadHeader(Stream stream, CsvColumns columns)
    {
        long origin = stream.Position;
        // A lent buffer (issue 18, decision 0255): the header's megabyte is read into memory the stretches reuse, not into fresh pages.
        var first = ArrayPool<byte>.Shared.Rent(BufferLength);
        try
        {
            int wanted = (int)Math.Min(BufferLength, stream.Length - origin);
            int length = stream.ReadAtLeast(first.AsSpan(0, wanted), wanted, throwOnEndOfStream: false);
            int at = length >= 3 && first[0] == 0xEF && first[1] == 0xBB && first[2] == 0xBF ? 3 : 0;   // a UTF-8 byte order mark
            int end = first.AsSpan(at, length - at).IndexOf((byte)'\n');
            if (end <= 0) return null;
            ReadOnlySpan<byte> header = first.AsSpan(at, end);
            if (header[^1] == '\r') header = header[..^1];
            if (!Plain(header)) return null;
            var names = new List<string>();
            foreach (var range in header.Split((byte)',')) names.Add(Encoding.ASCII.GetString(header[range]));
            var problems = new List<DataDiagnostic>();
            var (matched, positions) = columns.Match(names, "", problems);
            return problems.Count > 0 ? null : new Header(matched, positions, origin + at + end + 1);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(first);
        }
    }

    /// <summary>How many readers a file of this many data bytes gets: one per 8 MB, at most one per core (and 8).</summary>
    public static int ReadersFor(Stream stream, Header header) =>
        stream is FileStream ? (int)Math.Clamp((stream.Length - header.DataStart) / StretchPerReader, 1, Math.Min(Environment.ProcessorCount, 8)) : 1;

    /// <summary>
    /// Reads every data line, stretch <c>r</c> by <c>readers[r]</c> (in file order, on its own thread when there are
    /// several); true when every line was taken.
    /// </summary>
    public static bool Read(Stream stream, Header header, IReadOnlyList<LineReader> readers)
    {
        int count = readers.Count;
        var handle = stream is FileStream file ? file.SafeFileHandle : null;
        if (handle is null) Guard.Against.Unmet(count == 1, nameof(readers), "A stream that is not a file is read by one reader.");
        long start = header.DataStart, stop = stream.Length;
        var bounds = new long[count + 1];
        bounds[0] = start;
        bounds[count] = stop;
        for (int r = 1; r < count; r++) bounds[r] = NextLine(handle!, start + (stop - start) * r / count, stop);
        var scan = new Scan(stream, handle, header.FieldCount);
        if (count == 1) return scan.Stretch(readers[0], bounds[0], bounds[1]);
        var outcomes = new bool[count];
        try
        {
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = count }, r => outcomes[r] = scan.Stretch(readers[r], bounds[r], bounds[r + 1]));
        }
        catch (AggregateException e)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();   // the reader's own exception (a full disk), not the wrapper
        }
        return outcomes.All(o => o);
    }

    /// <summary>
    /// Reads a whole file: its header matched to <paramref name="columns"/>, then every line by a reader per stretch
    /// (made by <paramref name="reader"/> from the columns' positions); the readers in file order, or null when the
    /// scan does not vouch for the file.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot seek.</exception>
    public static TReader[]? ReadAll<TReader>(Stream stream, CsvColumns columns, Func<ImmutableArray<int>, TReader> reader) where TReader : LineReader
    {
        Guard.Against.Unmet(stream.CanSeek, nameof(stream), "The columnar reader needs a seekable stream (a file): the caller may read it again.");
        if (ReadHeader(stream, columns) is not { } header) return null;
        var readers = new TReader[ReadersFor(stream, header)];
        for (int r = 0; r < readers.Length; r++) readers[r] = reader(header.Positions);
        return Read(stream, header, readers) ? readers : null;
    }

    /// <summary>About how many rows the file holds: its length over the mean length of the lines in its first megabyte.</summary>
    public static long EstimateRows(Stream stream)
    {
        long length = stream.Length - stream.Position;
        int wanted = (int)Math.Min(BufferLength, Math.Max(0, length));
        var buffer = ArrayPool<byte>.Shared.Rent(BufferLength);   // lent, as the header's (decision 0255)
        try
        {
            int read = stream.ReadAtLeast(buffer.AsSpan(0, wanted), wanted, throwOnEndOfStream: false);
            int lines = buffer.AsSpan(0, read).Count((byte)'\n');
            return lines == 0 ? 1 : length / Math.Max(1, read / lines) + 1;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Printable ASCII and spaces, without quotes or tabs: nothing to unquote or decode (values are checked for spaces to trim by <see cref="Untrimmed"/>).</summary>
    public static bool Plain(ReadOnlySpan<byte> line) => !line.ContainsAnyExceptInRange((byte)' ', (byte)'~') && !line.Contains((byte)'"');

    /// <summary>Whether no value starts or ends with a space (which the general reader would trim).</summary>
    public static bool Untrimmed(ReadOnlySpan<byte> line, ReadOnlySpan<Range> fields)
    {
        if (!line.Contains((byte)' ')) return true;
        foreach (var range in fields)
        {
            var value = line[range];
            if (!value.IsEmpty && (value[0] == ' ' || value[^1] == ' ')) return false;
        }
        return true;
    }

    /// <summary>
    /// An optional whole number as <see cref="CsvRowFields.TryOptionalCount"/> reads it when it is plain digits
    /// (empty is 0); false for anything else (a sign, too many digits), which the general reader judges.
    /// </summary>
    public static bool TryPlainCount(ReadOnlySpan<byte> text, out int value)
    {
        value = 0;
        if (text.Length > 9) return false;
        foreach (byte b in text)
        {
            if (b - (uint)'0' > 9) return false;
            value = value * 10 + (b - '0');
        }
        return true;
    }

    private static readonly double[] PowersOfTen = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    /// <summary>
    /// A number as <see cref="double.TryParse(ReadOnlySpan{byte}, NumberStyles, IFormatProvider, out double)"/> reads it.
    /// Plain decimals of up to 15 digits (<c>3</c>, <c>2.5</c>, <c>0.125</c>) are read as digits ÷ 10^decimals, both
    /// exact doubles, so the one correctly rounded division gives the same double (Clinger's fast path); anything else
    /// (a sign, an exponent, more digits) goes to the runtime's parser.
    /// </summary>
    public static bool TryParseNumber(ReadOnlySpan<byte> text, out double score)
    {
        long digits = 0;
        int count = 0, point = -1;
        for (int i = 0; i < text.Length; i++)
        {
            byte b = text[i];
            if (b - (uint)'0' <= 9)
            {
                digits = digits * 10 + (b - '0');
                count++;
            }
            else if (b == '.' && point < 0) point = i;
            else return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out score);
        }
        int decimals = point < 0 ? 0 : text.Length - point - 1;
        if (count == 0 || count > 15 || point == 0 || decimals == 0 && point > 0)
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out score);
        score = digits / PowersOfTen[decimals];
        return true;
    }

    /// <summary>Where the line after the one holding <paramref name="at"/> starts (or <paramref name="stop"/>).</summary>
    private static long NextLine(SafeFileHandle handle, long at, long stop)
    {
        Span<byte> buffer = stackalloc byte[4096];
        while (at < stop)
        {
            int read = RandomAccess.Read(handle, buffer, at);
            if (read == 0) return stop;
            int newline = buffer[..read].IndexOf((byte)'\n');
            if (newline >= 0) return at + newline + 1;
            at += read;
        }
        return stop;
    }

    /// <summary>
    /// The fields of a plain line (<see cref="Plain"/>), as ranges, found in one pass over its bytes; -1 when the line is
    /// not plain or has more fields than <paramref name="fields"/> has places for. The same answer as
    /// <see cref="Plain"/> and then a search for each comma (tested), for a fifth of the scan's time they took (issue 18,
    /// decision 0255): a district line of 40–60 bytes is two or three vector compares, not a search per field.
    /// </summary>
    internal static int PlainFields(ReadOnlySpan<byte> line, Span<Range> fields)
    {
        int count = 0, start = 0, at = 0;
        ref byte first = ref MemoryMarshal.GetReference(line);
        if (Vector128.IsHardwareAccelerated)
        {
            var comma = Vector128.Create((byte)',');
            var quote = Vector128.Create((byte)'"');
            var space = Vector128.Create((byte)' ');
            var width = Vector128.Create((byte)('~' - ' '));
            for (; at <= line.Length - Vector128<byte>.Count; at += Vector128<byte>.Count)
            {
                var bytes = Vector128.LoadUnsafe(ref first, (nuint)at);
                // Outside ' '..'~' (unsigned: b - ' ' > '~' - ' ') or a quote: not plain.
                if ((Vector128.GreaterThan(bytes - space, width) | Vector128.Equals(bytes, quote)) != Vector128<byte>.Zero) return -1;
                uint commas = Vector128.Equals(bytes, comma).ExtractMostSignificantBits();
                while (commas != 0)
                {
                    if (count == fields.Length) return -1;
                    int end = at + BitOperations.TrailingZeroCount(commas);
                    fields[count++] = start..end;
                    start = end + 1;
                    commas &= commas - 1;
                }
            }
        }
        for (; at < line.Length; at++)
        {
            byte b = line[at];
            if (b - (uint)' ' > '~' - ' ' || b == '"') return -1;
            if (b != ',') continue;
            if (count == fields.Length) return -1;
            fields[count++] = start..at;
            start = at + 1;
        }
        if (count == fields.Length) return -1;
        fields[count++] = start..line.Length;
        return count;
    }

    /// <summary>The scan's shared settings; each stretch keeps its own state.</summary>
    private sealed class Scan(Stream stream, SafeFileHandle? handle, int fieldCount)
    {
        private volatile bool _gaveUp;

        /// <summary>Reads the lines from <paramref name="from"/> to <paramref name="to"/>; false when it gave up (or another stretch did).</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool Stretch(LineReader reader, long from, long to)
        {
            // Each stretch's buffer is lent and given back (issue 18, decision 0255): a file read after another (tiers' screening
            // after its proficiency) reuses pages already in memory instead of faulting in new ones.
            var lent = ArrayPool<byte>.Shared.Rent(BufferLength);
            try
            {
                return Stretch(reader, from, to, lent.Length == BufferLength ? lent : lent[..BufferLength]);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(lent);
            }
        }

        /// <summary>Reads the lines from <paramref name="from"/> to <paramref name="to"/> through <paramref name="buffer"/> (<see cref="BufferLength"/> bytes).</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private bool Stretch(LineReader reader, long from, long to, byte[] buffer)
        {
            Span<Range> fields = stackalloc Range[fieldCount];
            long next = from;   // where the next read starts
            int length = 0, at = 0;
            while (true)
            {
                var rest = buffer.AsSpan(at, length - at);
                int newline = rest.IndexOf((byte)'\n');
                if (newline < 0)
                {
                    reader.BufferMoving(buffer);   // staged rows point into the buffer: take them before it moves
                    if (next < to)
                    {
                        if (rest.Length == buffer.Length) return GiveUp();   // a line longer than the buffer
                        rest.CopyTo(buffer);   // carry the partial line over and read on
                        int read = ReadAt(buffer.AsSpan(rest.Length, (int)Math.Min(buffer.Length - rest.Length, to - next)), next);
                        if (read == 0) return GiveUp();   // the file shrank
                        next += read;
                        length = rest.Length + read;
                        at = 0;
                        if (_gaveUp) return false;
                        continue;
                    }
                    if (rest.IsEmpty) return true;   // the end of the stretch
                    newline = rest.Length;   // a last line with no line break
                }
                var line = rest[..newline];
                if (!line.IsEmpty && line[^1] == '\r') line = line[..^1];
                if (line.IsEmpty || PlainFields(line, fields) != fieldCount || !Untrimmed(line, fields) || !reader.Line(line, at, fields)) return GiveUp();
                if (reader.Full) reader.BufferMoving(buffer);
                at += Math.Min(newline + 1, rest.Length);
            }
        }

        private bool GiveUp()
        {
            _gaveUp = true;
            return false;
        }

        private int ReadAt(Span<byte> into, long offset)
        {
            if (handle is not null) return RandomAccess.Read(handle, into, offset);
            stream.Position = offset;
            return stream.ReadAtLeast(into, into.Length, throwOnEndOfStream: false);
        }
    }
}
