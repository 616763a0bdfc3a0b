using System.Runtime.InteropServices;
using System.Globalization;
using System.Text;
using MathPlc.Core;
using NodaTime;

namespace MathPlc.Interop.Csv;

/// <summary>
/// Reads an evidence file straight into the columns the batch form of proficiency scoring takes
/// (<c>MathPlc.Grading.ProficiencyBatch</c>): one series per student and learning target, ordered by student then
/// target (ordinal), each series' counting scores in school order (date, sequence, file order). For files of
/// millions of rows: no <see cref="Evidence"/> object per row, identifiers read once each, about 20 bytes kept per row.
/// </summary>
/// <remarks>
/// The file is read exactly as <see cref="EvidenceCsv.Read(Stream, string, ProficiencyScale)"/> reads it, by the same
/// reading loop and row parser, so every diagnostic (file, line, column, field, value) is the same and in the same
/// order. The columnar form carries no weights and no sources: a file with a <c>weight</c> or <c>source</c> column is
/// not read (<see cref="Read"/> returns null) and is for <see cref="EvidenceCsv"/>.
/// </remarks>
public static class ColumnarEvidenceCsv
{
    /// <summary>
    /// Reads an evidence file into series, every score on <paramref name="scale"/>; only evidence whose kind
    /// <paramref name="counts"/> goes into the scores, the rest is counted per series as excluded.
    /// </summary>
    /// <param name="stream">The file's bytes, from the start; it must be seekable (a file), since a file the fast scan does not vouch for is read again. Left open.</param>
    /// <param name="fileName">The name diagnostics give the file.</param>
    /// <param name="scale">The scale every score must lie on.</param>
    /// <param name="counts">Which kinds of evidence count (the grading policy's first step).</param>
    /// <param name="progress">Told the number of data rows read so far, every million rows; or null.</param>
    /// <returns>The series with any diagnostics, or null when the file has a <c>weight</c> or <c>source</c> column.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="progress"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot seek.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    public static EvidenceSeries? Read(Stream stream, string fileName, ProficiencyScale scale, Predicate<EvidenceKind> counts, IProgress<long>? progress = null)
    {
        Guard.Against.Null(stream);
        Guard.Against.Null(fileName);
        Guard.Against.Null(scale);
        Guard.Against.Null(counts);
        Guard.Against.Unmet(stream.CanSeek, nameof(stream), "The columnar reader needs a seekable stream (a file): it may read the file twice.");
        long origin = stream.Position;
        var fast = new Columns(scale, counts, progress);
        switch (FastScan.Read(stream, fast))
        {
            case FastScan.Outcome.Read:
                return fast.ToSeries();
            case FastScan.Outcome.Unsupported:
                return null;
        }
        // Anything the fast scan does not vouch for (quotes, spaces, a bad or blank row, …): the reader every evidence file goes through.
        stream.Position = origin;
        var sink = new Columns(scale, counts, progress);
        ImmutableArray<DataDiagnostic> fileDiagnostics;
        try
        {
            fileDiagnostics = CsvFileReader.Read(stream, fileName, EvidenceCsvRow.Columns, sink);
        }
        catch (UnsupportedColumns)
        {
            return null;
        }
        return fileDiagnostics.IsEmpty && sink.Diagnostics.Count == 0
            ? sink.ToSeries()
            : new EvidenceSeries([.. fileDiagnostics, .. sink.Diagnostics]);
    }

    /// <summary>Thrown by the sink to stop reading a file whose columns the columnar form does not carry.</summary>
    private sealed class UnsupportedColumns : Exception;

    /// <summary>The rows as read, in file order: series number, score and school-order key per counting row.</summary>
    internal sealed class Columns(ProficiencyScale scale, Predicate<EvidenceKind> counts, IProgress<long>? progress) : ICsvRowSink
    {
        public ProficiencyScale Scale => scale;

        private const int ChunkLength = 1 << 16;

        public Interner<StudentId> Students { get; } = new();
        public Interner<TargetId> Targets { get; } = new();
        private readonly Dictionary<long, int> _seriesOf = [];
        private readonly List<long> _seriesKeys = [];   // student index << 32 | target index
        private readonly List<int> _excluded = [];
        private readonly List<int[]> _rowSeries = [];
        private readonly List<double[]> _rowScores = [];
        private readonly List<long[]> _rowOrder = [];
        private EvidenceCsvRow.Fields _pending;
        private bool _checked;
        private long _rows, _read;

        public List<DataDiagnostic> Diagnostics { get; } = [];

        public bool Parse(CsvRowFields fields)
        {
            if (!_checked)
            {
                if (EvidenceCsvRow.HasWeight(fields) || EvidenceCsvRow.HasSource(fields)) throw new UnsupportedColumns();
                _checked = true;
            }
            return EvidenceCsvRow.TryParse(fields, scale, out _pending);
        }

        public void Accept(int line) =>
            Add(Students.Index(_pending.StudentId), Targets.Index(_pending.TargetId), _pending.Kind, _pending.Score, _pending.AssessedOn, _pending.Sequence);

        /// <summary>Keeps one good row: its series (new series numbered in order of first appearance), and its score and school-order key when its kind counts.</summary>
        public void Add(int student, int target, EvidenceKind kind, double score, LocalDate date, int sequence)
        {
            Tick();
            long key = (long)student << 32 | (uint)target;
            ref int series = ref CollectionsMarshal.GetValueRefOrAddDefault(_seriesOf, key, out bool known);
            if (!known)
            {
                series = _seriesKeys.Count;
                _seriesKeys.Add(key);
                _excluded.Add(0);
            }
            if (!counts(kind))
            {
                _excluded[series]++;
                return;
            }
            int at = (int)(_rows % ChunkLength);
            if (at == 0)
            {
                _rowSeries.Add(GC.AllocateUninitializedArray<int>(ChunkLength));
                _rowScores.Add(GC.AllocateUninitializedArray<double>(ChunkLength));
                _rowOrder.Add(GC.AllocateUninitializedArray<long>(ChunkLength));
            }
            _rowSeries[^1][at] = series;
            _rowScores[^1][at] = score;
            _rowOrder[^1][at] = (long)(date.Year * 512 + date.Month * 32 + date.Day) << 32 | (uint)sequence;   // date, then sequence
            _rows++;
        }

        public void Reject(int line, ImmutableArray<DataDiagnostic> diagnostics)
        {
            Tick();
            Diagnostics.AddRange(diagnostics);
        }

        private void Tick()
        {
            if (++_read % 1_000_000 == 0) progress?.Report(_read);
        }

        /// <summary>Groups the rows into series ordered by student then target, each in school order.</summary>
        public EvidenceSeries ToSeries()
        {
            int[] studentRank = Ranks(Students.Ids), targetRank = Ranks(Targets.Ids);
            int count = _seriesKeys.Count;
            var order = new long[count];   // sort key: student rank, target rank; then the series number
            var byOrder = new int[count];
            for (int s = 0; s < count; s++)
            {
                long key = _seriesKeys[s];
                order[s] = (long)studentRank[(int)(key >> 32)] << 32 | (uint)targetRank[(int)key];
                byOrder[s] = s;
            }
            Array.Sort(order, byOrder);
            var position = new int[count];
            for (int p = 0; p < count; p++) position[byOrder[p]] = p;

            var starts = new int[count + 1];
            ForEachRow((series, _, _) => starts[position[series] + 1]++);
            for (int p = 0; p < count; p++) starts[p + 1] += starts[p];
            var scores = GC.AllocateUninitializedArray<double>(checked((int)_rows));
            var keys = GC.AllocateUninitializedArray<long>(scores.Length);
            var next = starts[..^1];
            ForEachRow((series, score, key) =>
            {
                int at = next[position[series]]++;
                scores[at] = score;
                keys[at] = key;
            });
            _rowSeries.Clear();
            _rowScores.Clear();
            _rowOrder.Clear();
            for (int p = 0; p < count; p++) InSchoolOrder(scores.AsSpan(starts[p]..starts[p + 1]), keys.AsSpan(starts[p]..starts[p + 1]));

            var students = new StudentId[count];
            var targets = new TargetId[count];
            var excluded = new int[count];
            for (int p = 0; p < count; p++)
            {
                int s = byOrder[p];
                long key = _seriesKeys[s];
                students[p] = Students.Ids[(int)(key >> 32)];
                targets[p] = Targets.Ids[(int)key];
                excluded[p] = _excluded[s];
            }
            return new EvidenceSeries(
                ImmutableCollectionsMarshal.AsImmutableArray(students), ImmutableCollectionsMarshal.AsImmutableArray(targets),
                ImmutableCollectionsMarshal.AsImmutableArray(excluded), scores, starts);
        }

        private void ForEachRow(Action<int, double, long> visit)
        {
            for (long r = 0; r < _rows; r++)
            {
                int chunk = (int)(r / ChunkLength), at = (int)(r % ChunkLength);
                visit(_rowSeries[chunk][at], _rowScores[chunk][at], _rowOrder[chunk][at]);
            }
        }

        /// <summary>Each identifier's rank in ordinal order of its text.</summary>
        private static int[] Ranks<TId>(List<TId> ids) where TId : struct, IIdentifier<TId>
        {
            var sorted = new int[ids.Count];
            for (int i = 0; i < sorted.Length; i++) sorted[i] = i;
            Array.Sort(sorted, (a, b) => string.CompareOrdinal(ids[a].Value, ids[b].Value));
            var rank = new int[ids.Count];
            for (int r = 0; r < sorted.Length; r++) rank[sorted[r]] = r;
            return rank;
        }

        /// <summary>A stable insertion sort by date and sequence: equal keys keep file order, as <see cref="Evidence.SchoolOrder"/> does.</summary>
        private static void InSchoolOrder(Span<double> scores, Span<long> keys)
        {
            for (int i = 1; i < keys.Length; i++)
            {
                long key = keys[i];
                if (keys[i - 1] <= key) continue;
                double score = scores[i];
                int j = i - 1;
                for (; j >= 0 && keys[j] > key; j--)
                {
                    keys[j + 1] = keys[j];
                    scores[j + 1] = scores[j];
                }
                keys[j + 1] = key;
                scores[j + 1] = score;
            }
        }
    }
}

/// <summary>
/// Identifiers numbered in order of first appearance, found by their canonical text or, on the fast scan, by their
/// ASCII bytes (which are then the canonical text: the scan takes only ids with no white space to trim).
/// </summary>
internal sealed class Interner<TId> where TId : struct, IIdentifier<TId>
{
    private const int OnStack = 256;
    private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _byChars;
    private byte[] _last = [];
    private int _lastIndex = -1;

    public Interner() => _byChars = _indexes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The identifiers, by index.</summary>
    public List<TId> Ids { get; } = [];

    /// <summary>The index of an identifier.</summary>
    public int Index(TId id)
    {
        ref int index = ref CollectionsMarshal.GetValueRefOrAddDefault(_indexes, id.Value, out bool known);
        if (!known)
        {
            index = Ids.Count;
            Ids.Add(id);
        }
        return index;
    }

    /// <summary>The index of the identifier written with these printable ASCII bytes (at most 256, no spaces); files repeat the last one often.</summary>
    public int Index(ReadOnlySpan<byte> ascii)
    {
        if (_lastIndex >= 0 && ascii.SequenceEqual(_last)) return _lastIndex;
        Span<char> chars = stackalloc char[OnStack];
        chars = chars[..Encoding.ASCII.GetChars(ascii, chars)];
        if (!_byChars.TryGetValue(chars, out int index)) index = Index(TId.Create(chars.ToString()));
        if (_last.Length != ascii.Length) _last = new byte[ascii.Length];
        ascii.CopyTo(_last);
        _lastIndex = index;
        return index;
    }
}

/// <summary>
/// A fast scan of an evidence file for the common case — plain ASCII, no quotes, no spaces around values, every row
/// good — with no per-field calls into a general CSV reader. It vouches only for files it reads to the end with no
/// doubt; at the first byte it does not expect (a quote, a space, a non-ASCII byte, a blank line, a bad value, a
/// row of the wrong width) it gives up, and the caller reads the file again with the reader that reports every
/// problem. So the diagnostics are always that reader's.
/// </summary>
internal static class FastScan
{
    /// <summary>How the scan ended.</summary>
    public enum Outcome
    {
        /// <summary>Every row read into the columns.</summary>
        Read,
        /// <summary>Not vouched for: read the file with the general reader.</summary>
        GaveUp,
        /// <summary>The header has a column the columnar form does not carry (weight, source).</summary>
        Unsupported,
    }

    private const int BufferLength = 1 << 20;
    private const int StudentId = 0, TargetId = 1, AssessedOn = 2, Score = 3, Sequence = 4, Kind = 5, Weight = 6, Source = 7;

    public static Outcome Read(Stream stream, ColumnarEvidenceCsv.Columns columns)
    {
        var buffer = new byte[BufferLength];
        int length = Fill(stream, buffer, 0);
        int at = length >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0;   // a UTF-8 byte order mark
        int end = buffer.AsSpan(at, length - at).IndexOf((byte)'\n');
        if (end <= 0 || at + end >= length) return Outcome.GaveUp;
        ReadOnlySpan<byte> header = buffer.AsSpan(at, end);
        if (header[^1] == '\r') header = header[..^1];
        if (!Plain(header)) return Outcome.GaveUp;
        var names = new List<string>();
        foreach (var range in header.Split((byte)',')) names.Add(Encoding.ASCII.GetString(header[range]));
        var problems = new List<DataDiagnostic>();
        var (_, positions) = EvidenceCsvRow.Columns.Match(names, "", problems);
        if (problems.Count > 0) return Outcome.GaveUp;
        if (positions[Weight] >= 0 || positions[Source] >= 0) return Outcome.Unsupported;
        at += end + 1;

        int fieldCount = names.Count;
        Span<Range> fields = stackalloc Range[fieldCount];
        while (true)
        {
            var rest = buffer.AsSpan(at, length - at);
            int newline = rest.IndexOf((byte)'\n');
            if (newline < 0)
            {
                if (length < buffer.Length && length - at == 0) return Outcome.Read;   // the end of the file
                if (length == buffer.Length)
                {
                    rest.CopyTo(buffer);   // carry the partial line over and read on
                    length = Fill(stream, buffer, rest.Length);
                    at = 0;
                    if (rest.Length == buffer.Length) return Outcome.GaveUp;   // a line longer than the buffer
                    continue;
                }
                newline = rest.Length;   // a last line with no line break
            }
            var line = rest[..newline];
            if (!line.IsEmpty && line[^1] == '\r') line = line[..^1];
            if (line.IsEmpty || !Plain(line) || Split(line, fields) != fieldCount) return Outcome.GaveUp;
            if (!Row(line, fields, positions, columns)) return Outcome.GaveUp;
            at += Math.Min(newline + 1, rest.Length);
        }
    }

    /// <summary>The fields of a line, as ranges; -1 when there are more than <paramref name="fields"/> has places for.</summary>
    private static int Split(ReadOnlySpan<byte> line, Span<Range> fields)
    {
        int count = 0, start = 0;
        while (count < fields.Length)
        {
            int comma = line[start..].IndexOf((byte)',');
            if (comma < 0)
            {
                fields[count++] = start..line.Length;
                return count;
            }
            fields[count++] = start..(start + comma);
            start += comma + 1;
        }
        return -1;
    }

    private static int Fill(Stream stream, byte[] buffer, int from)
    {
        int length = from;
        while (length < buffer.Length)
        {
            int read = stream.Read(buffer, length, buffer.Length - length);
            if (read == 0) break;
            length += read;
        }
        return length;
    }

    /// <summary>Printable ASCII without quotes, spaces or tabs: nothing to unquote, trim, decode or report.</summary>
    private static bool Plain(ReadOnlySpan<byte> line) => !line.ContainsAnyExceptInRange((byte)'!', (byte)'~') && !line.Contains((byte)'"');

    private static bool Row(ReadOnlySpan<byte> line, ReadOnlySpan<Range> fields, ImmutableArray<int> positions, ColumnarEvidenceCsv.Columns columns)
    {
        var student = line[fields[positions[StudentId]]];
        var target = line[fields[positions[TargetId]]];
        if (student.IsEmpty || target.IsEmpty || student.Length > 256 || target.Length > 256) return false;
        if (!IsoDateText.TryParse(line[fields[positions[AssessedOn]]], out var date, out _)) return false;
        if (!double.TryParse(line[fields[positions[Score]]], NumberStyles.Float, CultureInfo.InvariantCulture, out double score)
            || !columns.Scale.Contains(score)) return false;
        int sequence = 0;
        if (positions[Sequence] >= 0 && line[fields[positions[Sequence]]] is { IsEmpty: false } written
            && !(int.TryParse(written, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out sequence) && sequence >= 0)) return false;
        var kind = EvidenceKind.Summative;
        if (positions[Kind] >= 0 && line[fields[positions[Kind]]] is { IsEmpty: false } kindText && !EvidenceKindText.TryParse(kindText, out kind)) return false;
        columns.Add(columns.Students.Index(student), columns.Targets.Index(target), kind, score, date, sequence);
        return true;
    }
}

/// <summary>
/// Evidence as columns of series, read by <see cref="ColumnarEvidenceCsv"/>: series <c>i</c> is student
/// <see cref="Students"/>[i] on target <see cref="Targets"/>[i], its counting scores
/// <c>Scores[Starts[i]..Starts[i + 1]]</c> in school order, and <see cref="Excluded"/>[i] pieces of evidence of a kind
/// that does not count. Or, when the file had bad data, only the <see cref="Diagnostics"/>.
/// </summary>
public sealed class EvidenceSeries
{
    internal EvidenceSeries(ImmutableArray<DataDiagnostic> diagnostics)
    {
        Diagnostics = diagnostics;
        Students = [];
        Targets = [];
        Excluded = [];
        Scores = Array.Empty<double>();
        Starts = new[] { 0 };
    }

    internal EvidenceSeries(ImmutableArray<StudentId> students, ImmutableArray<TargetId> targets, ImmutableArray<int> excluded, double[] scores, int[] starts)
    {
        Diagnostics = [];
        Students = students;
        Targets = targets;
        Excluded = excluded;
        Scores = scores;
        Starts = starts;
    }

    /// <summary>Every problem in the file, in file order, as <see cref="EvidenceCsv"/> reports them; when any, there are no series.</summary>
    public ImmutableArray<DataDiagnostic> Diagnostics { get; }

    /// <summary>The student of each series, ordered by student then target (ordinal).</summary>
    public ImmutableArray<StudentId> Students { get; }

    /// <summary>The learning target of each series.</summary>
    public ImmutableArray<TargetId> Targets { get; }

    /// <summary>How many pieces of evidence of each series are of a kind that does not count.</summary>
    public ImmutableArray<int> Excluded { get; }

    /// <summary>The counting scores of every series end to end, each series in school order.</summary>
    public ReadOnlyMemory<double> Scores { get; }

    /// <summary>Where each series starts in <see cref="Scores"/>, plus the end of the last (one more than the number of series).</summary>
    public ReadOnlyMemory<int> Starts { get; }
}
