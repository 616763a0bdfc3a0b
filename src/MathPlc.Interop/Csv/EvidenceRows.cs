using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using MathPlc.Core;

namespace MathPlc.Interop.Csv;

/// <summary>
/// The good rows of an evidence file as <see cref="ColumnarEvidenceCsv"/> read them, ready to be grouped into series
/// a partition at a time: every series of a student is in the same partition, and the partitions' series, put in
/// order of <see cref="StudentsInOrder"/>, are the series of the whole file ordered by student then target (ordinal).
/// Or, when the file had bad data, only the <see cref="Diagnostics"/>.
/// </summary>
/// <remarks>
/// With one partition everything is in memory. With more, the rows were spilled to temporary files while the file was
/// read; each partition is read back and grouped on its own, so memory holds one partition at a time. Dispose the
/// rows to delete the temporary files (they are already unlinked where the system allows, so none outlives the
/// process either way).
/// </remarks>
public sealed class EvidenceRows : IDisposable
{
    private readonly bool[] _counts = [];
    private readonly SpillPlan _plan;
    private readonly IProgress<long>? _progress;
    private long _reported;
    private ColumnarEvidenceCsv.Part[] _parts = [];
    private int[]?[] _studentMaps = [];
    private int[]?[] _targetMaps = [];
    private int[] _studentRank = [];
    private int[] _targetRank = [];
    private int[] _partitionOf = [];
    private int[] _localRank = [];
    private int[] _targetsInOrder = [];
    private EvidenceRecord[] _rows = [];
    private Entry[] _entries = [];
    private long _largest = -1;

    internal EvidenceRows(ImmutableArray<DataDiagnostic> diagnostics)
    {
        Diagnostics = diagnostics;
        Scale = ProficiencyScale.Marzano;
    }

    internal EvidenceRows(ProficiencyScale scale, bool[] counts, SpillPlan plan, IProgress<long>? progress)
    {
        Diagnostics = [];
        Scale = scale;
        _counts = counts;
        _plan = plan;
        _progress = progress;
    }

    /// <summary>Every problem in the file, in file order, as <see cref="EvidenceCsv"/> reports them; when any, there are no rows.</summary>
    public ImmutableArray<DataDiagnostic> Diagnostics { get; }

    /// <summary>The scale the scores were checked against.</summary>
    public ProficiencyScale Scale { get; }

    /// <summary>How many good rows the file has (those whose kind does not count included).</summary>
    public long Count { get; private set; }

    /// <summary>How many partitions the rows are in: 1 when they all fit in memory.</summary>
    public int Partitions { get; private set; } = 1;

    /// <summary>How many readers read the file side by side.</summary>
    public int ReaderCount => _parts.Length;

    /// <summary>How many students there are.</summary>
    public int StudentCount => _studentRank.Length;

    /// <summary>The student numbers in ordinal order of their identifiers.</summary>
    public ImmutableArray<int> StudentsInOrder { get; private set; } = [];

    /// <summary>The identifier of student <paramref name="student"/> as UTF-8 (its canonical text).</summary>
    public ReadOnlySpan<byte> Student(int student) => _parts[0].Students[student];

    /// <summary>The identifier of target <paramref name="target"/> as UTF-8 (its canonical text).</summary>
    public ReadOnlySpan<byte> Target(int target) => _parts[0].Targets[target];

    /// <summary>The partition whose series hold student <paramref name="student"/>.</summary>
    public int PartitionOf(int student) => Partitions == 1 ? 0 : _partitionOf[student];

    /// <summary>How many rows the grouping buffers have room for (0 once the last partition is grouped; decision 0220).</summary>
    internal long BufferedRows => _rows.Length + (long)_entries.Length;

    internal bool Counts(EvidenceKind kind) => _counts[(int)kind];

    internal ColumnarEvidenceCsv.Part Reader(int index) => _parts[index];

    internal void Readers(int count)
    {
        long rows = _plan.RowsInMemory / count;
        _parts = new ColumnarEvidenceCsv.Part[count];
        for (int r = 0; r < count; r++) _parts[r] = new ColumnarEvidenceCsv.Part(this, rows, _plan.Partitions).Open();
    }

    internal void Report(long rows)
    {
        long total = Interlocked.Add(ref _reported, rows);
        _progress?.Report(total);
    }

    /// <summary>After reading: one numbering of students and targets (the first reader's, extended by the others'), their ranks and partitions.</summary>
    internal void Finish()
    {
        var students = _parts[0].Students;
        var targets = _parts[0].Targets;
        _studentMaps = new int[]?[_parts.Length];
        _targetMaps = new int[]?[_parts.Length];
        for (int r = 1; r < _parts.Length; r++)
        {
            _studentMaps[r] = Map(_parts[r].Students, students);
            _targetMaps[r] = Map(_parts[r].Targets, targets);
        }
        Count = _parts.Sum(p => p.Store.Count);
        if (_parts.Any(p => p.Store.Spilled))
        {
            Partitions = _plan.Partitions;
            _partitionOf = new int[students.Count];
            for (int s = 0; s < _partitionOf.Length; s++) _partitionOf[s] = students.HashOf(s) % Partitions;
        }
        // The lookup tables are done with; the other readers' ids too, unless their rows are still in memory and must be partitioned.
        students.Freeze();
        for (int r = 1; r < _parts.Length; r++)
            if (Partitions == 1 || _parts[r].Store.Spilled)
            {
                _parts[r].Students.Clear();
                _parts[r].Targets.Clear();
            }
        if (Partitions > 1) Settle();   // spilled: the readers' tables go before the first partition's arrays come
        var inOrder = students.InOrder();
        _studentRank = new int[inOrder.Length];
        for (int r = 0; r < inOrder.Length; r++) _studentRank[inOrder[r]] = r;
        StudentsInOrder = ImmutableCollectionsMarshal.AsImmutableArray(inOrder);
        _targetsInOrder = targets.InOrder();
        _targetRank = new int[_targetsInOrder.Length];
        for (int r = 0; r < _targetsInOrder.Length; r++) _targetRank[_targetsInOrder[r]] = r;
    }

    /// <summary>
    /// A full, compacting collection that gives freed memory back to the system: between the big steps (reading, each
    /// partition), so the peak is one step's and not the sum of their garbage.
    /// </summary>
    private static void Settle()
    {
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    private static int[] Map(IdTable from, IdTable into)
    {
        var map = new int[from.Count];
        for (int i = 0; i < map.Length; i++) map[i] = into.Index(from[i]);
        return map;
    }

    /// <summary>
    /// The series of partition <paramref name="partition"/>, ordered by student then target (ordinal), each series'
    /// counting scores in school order (date, sequence, file order). Each partition can be read once; the rows in memory
    /// are let go as they are grouped.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="partition"/> is not a partition.</exception>
    /// <exception cref="IOException">A temporary file could not be read.</exception>
    public EvidenceSeries Series(int partition)
    {
        Guard.Against.OutsideRange(partition, 0, Partitions - 1);
        // The partition's rows, numbered as the first reader numbers them, in file order: the readers' chunks as they
        // are when everything is in memory, else read back from the temporary files.
        var blocks = new List<ArraySegment<EvidenceRecord>>();
        if (Partitions == 1)
            for (int r = 0; r < _parts.Length; r++)
                foreach (var chunk in _parts[r].Store.Chunks())
                {
                    Renumber(chunk, r);
                    blocks.Add(chunk);
                }
        else
        {
            if (_largest < 0)   // the largest partition, so one buffer serves them all (a bigger one later would double the peak)
                for (int p = 0; p < Partitions; p++)
                {
                    long size = 0;
                    foreach (var part in _parts) size += part.Store.CountIn(p, Partitions);
                    _largest = Math.Max(_largest, size);
                }
            var rows = Buffer(ref _rows, _largest);
            int n = 0;
            for (int r = 0; r < _parts.Length; r++)
            {
                int reader = r;
                _parts[r].Store.Read(partition, Partitions, block =>
                {
                    if (n + block.Length > rows.Length) rows = Grow(ref _rows, n + (long)block.Length, n);
                    block.CopyTo(rows.AsSpan(n, block.Length));
                    Renumber(new ArraySegment<EvidenceRecord>(rows, n, block.Length), reader);
                    n += block.Length;
                });
            }
            blocks.Add(new ArraySegment<EvidenceRecord>(rows, 0, n));
        }

        // The partition's students in order, and each one's rank among them.
        int[] inOrder, localRank;
        if (Partitions == 1)
        {
            inOrder = ImmutableCollectionsMarshal.AsArray(StudentsInOrder)!;
            localRank = _studentRank;
        }
        else
        {
            if (_localRank.Length != _studentRank.Length) _localRank = new int[_studentRank.Length];
            var mine = new List<int>();
            foreach (int student in StudentsInOrder)
                if (_partitionOf[student] == partition)
                {
                    _localRank[student] = mine.Count;
                    mine.Add(student);
                }
            inOrder = [.. mine];
            localRank = _localRank;
        }

        long count = blocks.Sum(b => (long)b.Count);
        if (_entries.Length < count) _entries = GC.AllocateUninitializedArray<Entry>(checked((int)Math.Max(count, _largest)));
        var entries = _entries;
        var series = (long)inOrder.Length * _targetRank.Length <= 2 * count + 4096
            ? PairSort(blocks, inOrder, localRank, entries)
            : TwoPassSort(blocks, localRank, entries);
        if (Partitions == 1) foreach (var part in _parts) part.Store.Release();
        var grouped = Group(series, entries, (int)count);
        if (partition == Partitions - 1) ReleaseBuffers();
        return grouped;
    }

    /// <summary>
    /// After the last partition is grouped: the buffers sized for the largest partition (40 bytes a row) go, so they are
    /// not held while the results are written (decision 0220). A partition grouped again makes them anew.
    /// </summary>
    private void ReleaseBuffers()
    {
        _rows = [];
        _entries = [];
        _localRank = [];
    }

    /// <summary>A row as the sort moves it: score and school-order key (student and target are known from where it lands).</summary>
    private struct Entry
    {
        public double Score;
        public long Order;
    }

    /// <summary>One series found by the sort: its student and target numbers and where its rows are.</summary>
    private readonly record struct Found(int Student, int Target, int Start, int End);

    private void Renumber(ArraySegment<EvidenceRecord> rows, int reader)
    {
        var students = _studentMaps[reader];
        var targets = _targetMaps[reader];
        if (students is null) return;
        foreach (ref var row in rows.AsSpan())
        {
            row.Student = students[row.Student];
            row.Target = targets![row.Target];
        }
    }

    /// <summary>
    /// A stable counting sort by the pair (student rank, target rank), when the pairs are few enough to count (the usual
    /// case: every student has most targets); on two threads when there are enough rows: each counts its half, the
    /// first half's rows of a pair go before the second half's, and each moves its own rows.
    /// </summary>
    private List<Found> PairSort(List<ArraySegment<EvidenceRecord>> blocks, int[] inOrder, int[] localRank, Entry[] into)
    {
        int targets = _targetRank.Length, pairCount = checked(inOrder.Length * targets);
        int[] targetRank = _targetRank;
        // Split the blocks into two halves of about equal rows (a single block is cut in two).
        if (blocks.Count == 1 && blocks[0].Count >= 1 << 20)
        {
            var all = blocks[0];
            blocks = [all[..(all.Count / 2)], all[(all.Count / 2)..]];
        }
        long total = blocks.Sum(b => (long)b.Count), half = 0;
        int cut = blocks.Count;
        if (total >= 1 << 20 && Environment.ProcessorCount > 1)
            for (cut = 0; cut < blocks.Count && half < total / 2; cut++) half += blocks[cut].Count;
        var first = blocks.GetRange(0, cut);
        var second = blocks.GetRange(cut, blocks.Count - cut);
        var firstNext = new int[pairCount];
        var secondNext = second.Count > 0 ? new int[pairCount] : [];
        if (second.Count > 0)
            Parallel.Invoke(() => CountPairs(first, localRank, targetRank, firstNext), () => CountPairs(second, localRank, targetRank, secondNext));
        else CountPairs(first, localRank, targetRank, firstNext);
        var found = new List<Found>();
        int at = 0;
        for (int pair = 0; pair < pairCount; pair++)
        {
            int start = at, n = firstNext[pair];
            firstNext[pair] = at;
            at += n;
            if (second.Count > 0)
            {
                n = secondNext[pair];
                secondNext[pair] = at;
                at += n;
            }
            if (at > start) found.Add(new Found(inOrder[pair / targets], _targetsInOrder[pair % targets], start, at));
        }
        if (second.Count > 0)
            Parallel.Invoke(() => MovePairs(first, localRank, targetRank, firstNext, into), () => MovePairs(second, localRank, targetRank, secondNext, into));
        else MovePairs(first, localRank, targetRank, firstNext, into);
        return found;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CountPairs(List<ArraySegment<EvidenceRecord>> blocks, int[] studentRank, int[] targetRank, int[] count)
    {
        int targets = targetRank.Length;
        foreach (var block in blocks)
            foreach (ref readonly var row in block.AsSpan()) count[studentRank[row.Student] * targets + targetRank[row.Target]]++;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MovePairs(List<ArraySegment<EvidenceRecord>> blocks, int[] studentRank, int[] targetRank, int[] next, Entry[] into)
    {
        int targets = targetRank.Length;
        foreach (var block in blocks)
            foreach (ref readonly var row in block.AsSpan())
                into[next[studentRank[row.Student] * targets + targetRank[row.Target]]++] = new Entry { Score = row.Score, Order = row.Order };
    }

    /// <summary>When the pairs are too many to count (students with few of many targets): a stable counting sort by target rank, then by student rank.</summary>
    private List<Found> TwoPassSort(List<ArraySegment<EvidenceRecord>> blocks, int[] localRank, Entry[] into)
    {
        int count = checked((int)blocks.Sum(b => (long)b.Count));
        var rows = new EvidenceRecord[count];
        int n = 0;
        foreach (var block in blocks)
        {
            block.AsSpan().CopyTo(rows.AsSpan(n));
            n += block.Count;
        }
        var sorted = new EvidenceRecord[count];
        CountingSort(rows, sorted, _targetRank, byStudent: false);
        CountingSort(sorted, rows, localRank, byStudent: true);
        var found = new List<Found>();
        for (int first = 0; first < count;)
        {
            int student = rows[first].Student, target = rows[first].Target, end = first + 1;
            while (end < count && rows[end].Student == student && rows[end].Target == target) end++;
            found.Add(new Found(student, target, first, end));
            first = end;
        }
        for (int i = 0; i < count; i++) into[i] = new Entry { Score = rows[i].Score, Order = rows[i].Order };
        return found;
    }

    /// <summary>A stable counting sort of <paramref name="from"/> into <paramref name="into"/> by the rank of the student or the target.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CountingSort(ReadOnlySpan<EvidenceRecord> from, Span<EvidenceRecord> into, int[] rank, bool byStudent)
    {
        var next = new int[rank.Length + 1];
        foreach (ref readonly var row in from) next[rank[byStudent ? row.Student : row.Target] + 1]++;
        for (int k = 1; k < next.Length; k++) next[k] += next[k - 1];
        foreach (ref readonly var row in from) into[next[rank[byStudent ? row.Student : row.Target]]++] = row;
    }

    /// <summary>Each series into school order; its counting scores end to end, and its rows of a kind that does not count counted.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static EvidenceSeries Group(List<Found> found, Entry[] entries, int rows)
    {
        int count = found.Count;
        var students = new int[count];
        var targets = new int[count];
        var excluded = new int[count];
        var starts = new int[count + 1];
        var scores = GC.AllocateUninitializedArray<double>(rows);
        int used = 0;
        for (int i = 0; i < count; i++)
        {
            var (student, target, start, end) = found[i];
            var series = entries.AsSpan(start, end - start);
            InSchoolOrder(series);
            int left = 0;
            foreach (ref readonly var entry in series)
                if (double.IsNaN(entry.Score)) left++;
                else scores[used++] = entry.Score;
            students[i] = student;
            targets[i] = target;
            excluded[i] = left;
            starts[i + 1] = used;
        }
        return new EvidenceSeries(students, targets, excluded, scores.AsMemory(0, used), starts);
    }

    /// <summary>Sorts one series by date and sequence, keeping file order for equal keys (as <see cref="Evidence.SchoolOrder"/> does).</summary>
    private static void InSchoolOrder(Span<Entry> series)
    {
        int i = 1;
        while (i < series.Length && series[i - 1].Order <= series[i].Order) i++;
        if (i == series.Length) return;   // already in order: the usual case, files are exported by date
        if (series.Length <= 32)
        {
            for (; i < series.Length; i++)
            {
                var entry = series[i];
                int j = i - 1;
                for (; j >= 0 && series[j].Order > entry.Order; j--) series[j + 1] = series[j];
                series[j + 1] = entry;
            }
            return;
        }
        // A long series out of order: a stable sort by (key, position).
        var keys = new (long Order, int At)[series.Length];
        for (int k = 0; k < keys.Length; k++) keys[k] = (series[k].Order, k);
        Array.Sort(keys);
        var copy = series.ToArray();
        for (int k = 0; k < keys.Length; k++) series[k] = copy[keys[k].At];
    }

    private static EvidenceRecord[] Buffer(ref EvidenceRecord[] buffer, long length)
    {
        if (buffer.Length < length) buffer = GC.AllocateUninitializedArray<EvidenceRecord>(checked((int)length));
        return buffer;
    }

    private static EvidenceRecord[] Grow(ref EvidenceRecord[] buffer, long length, int keep)
    {
        var grown = GC.AllocateUninitializedArray<EvidenceRecord>(checked((int)Math.Max(length, Math.Min(Array.MaxLength, buffer.Length * 3L / 2 + 1024))));
        buffer.AsSpan(0, keep).CopyTo(grown);
        return buffer = grown;
    }

    /// <summary>Deletes the temporary files, if any.</summary>
    public void Dispose()
    {
        foreach (var part in _parts) part.Dispose();
        ReleaseBuffers();
    }
}

/// <summary>
/// A partition's series, from <see cref="EvidenceRows.Series"/>: series <c>i</c> is student number
/// <see cref="Students"/>[i] on target number <see cref="Targets"/>[i] (see <see cref="EvidenceRows.Student"/> and
/// <see cref="EvidenceRows.Target"/>), its counting scores <c>Scores[Starts[i]..Starts[i + 1]]</c> in school order, and
/// <see cref="Excluded"/>[i] pieces of evidence of a kind that does not count.
/// </summary>
public sealed class EvidenceSeries
{
    internal EvidenceSeries(int[] students, int[] targets, int[] excluded, ReadOnlyMemory<double> scores, int[] starts)
    {
        Students = students;
        Targets = targets;
        Excluded = excluded;
        Scores = scores;
        Starts = starts;
    }

    /// <summary>How many series there are.</summary>
    public int Count => Students.Length;

    /// <summary>The student number of each series; series are ordered by student then target (ordinal).</summary>
    public ReadOnlyMemory<int> Students { get; }

    /// <summary>The target number of each series.</summary>
    public ReadOnlyMemory<int> Targets { get; }

    /// <summary>How many pieces of evidence of each series are of a kind that does not count.</summary>
    public ReadOnlyMemory<int> Excluded { get; }

    /// <summary>The counting scores of every series end to end, each series in school order.</summary>
    public ReadOnlyMemory<double> Scores { get; }

    /// <summary>Where each series starts in <see cref="Scores"/>, plus the end of the last (one more than the number of series).</summary>
    public ReadOnlyMemory<int> Starts { get; }
}
