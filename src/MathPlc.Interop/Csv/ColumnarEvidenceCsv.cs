using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using MathPlc.Core;

namespace MathPlc.Interop.Csv;

/// <summary>
/// Reads an evidence file straight into the rows the batch form of proficiency scoring needs
/// (<c>MathPlc.Grading.ProficiencyBatch</c>), for files of millions of rows: no <see cref="Evidence"/> object per row,
/// identifiers found by their bytes, 24 bytes kept per row, the file parsed on every core, and rows beyond a memory
/// limit spilled to temporary files partitioned by student (<see cref="EvidenceRows"/>).
/// </summary>
/// <remarks>
/// The file is read exactly as <see cref="EvidenceCsv.Read(Stream, string, ProficiencyScale)"/> reads it: a fast scan
/// takes plain ASCII rows, and at the first byte it does not expect (a quote, a space, a non-ASCII byte, a blank line,
/// a bad value, a row of the wrong width) the file is read again by the same reading loop and row parser as the object
/// path, so every diagnostic (file, line, column, field, value) is the same and in the same order. The columnar form
/// carries no weights and no sources: a file with a <c>weight</c> or <c>source</c> column is not read
/// (<see cref="Read"/> returns null) and is for <see cref="EvidenceCsv"/>.
/// </remarks>
public static class ColumnarEvidenceCsv
{
    /// <summary>The memory limit when none is given: 640 MiB, which keeps about 12 million rows in memory.</summary>
    public const long DefaultMemoryLimit = 640L << 20;

    /// <summary>
    /// Reads an evidence file, every score on <paramref name="scale"/>; only evidence whose kind
    /// <paramref name="counts"/> goes into the scores, the rest is counted per series as excluded.
    /// </summary>
    /// <param name="stream">The file's bytes, from the start; it must be seekable (a file), since a file the fast scan does not vouch for is read again. Left open.</param>
    /// <param name="fileName">The name diagnostics give the file.</param>
    /// <param name="scale">The scale every score must lie on.</param>
    /// <param name="counts">Which kinds of evidence count (the grading policy's first step).</param>
    /// <param name="memoryLimit">
    /// About how many bytes the rows may take while they are read and grouped (56 per row); rows beyond it go to
    /// temporary files (<see cref="SpillFile"/>). The identifiers and the runtime come on top.
    /// </param>
    /// <param name="progress">Told the number of data rows read so far, about every million rows, from any thread; or null.</param>
    /// <returns>The rows with any diagnostics, or null when the file has a <c>weight</c> or <c>source</c> column. Dispose it to delete its temporary files.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="progress"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot seek.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="memoryLimit"/> is not positive.</exception>
    /// <exception cref="IOException">The file could not be read, or the temporary files could not be written (a full disk).</exception>
    public static EvidenceRows? Read(Stream stream, string fileName, ProficiencyScale scale, Predicate<EvidenceKind> counts,
        long memoryLimit = DefaultMemoryLimit, IProgress<long>? progress = null)
    {
        Guard.Against.Null(stream);
        Guard.Against.Null(fileName);
        Guard.Against.Null(scale);
        Guard.Against.Null(counts);
        Guard.Against.NotPositive(memoryLimit);
        Guard.Against.Unmet(stream.CanSeek, nameof(stream), "The columnar reader needs a seekable stream (a file): it may read the file twice.");
        long origin = stream.Position;
        var plan = SpillPlan.For(memoryLimit, FastScan.EstimateRows(stream));
        stream.Position = origin;
        return ReadPlanned(stream, fileName, scale, counts, plan, progress);
    }

    /// <summary>
    /// Reads as <see cref="Read"/> does, with an explicit plan of memory and partitions instead of one made from a
    /// memory limit and the file's size (tests force spilling on small files with it).
    /// </summary>
    /// <param name="stream">The file's bytes, from the start; seekable. Left open.</param>
    /// <param name="fileName">The name diagnostics give the file.</param>
    /// <param name="scale">The scale every score must lie on.</param>
    /// <param name="counts">Which kinds of evidence count.</param>
    /// <param name="plan">How many rows stay in memory, and into how many partitions the rest are spilled.</param>
    /// <param name="progress">Told the number of data rows read so far; or null.</param>
    /// <returns>The rows with any diagnostics, or null when the file has a <c>weight</c> or <c>source</c> column.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="progress"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot seek.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The plan keeps a negative number of rows in memory, or has fewer than 2 or more than <see cref="SpillPlan.MostPartitions"/> partitions.</exception>
    /// <exception cref="IOException">The file could not be read, or the temporary files could not be written.</exception>
    public static EvidenceRows? ReadPlanned(Stream stream, string fileName, ProficiencyScale scale, Predicate<EvidenceKind> counts, SpillPlan plan, IProgress<long>? progress)
    {
        Guard.Against.Null(stream);
        Guard.Against.Null(fileName);
        Guard.Against.Null(scale);
        Guard.Against.Null(counts);
        Checked(plan);
        Guard.Against.Unmet(stream.CanSeek, nameof(stream), "The columnar reader needs a seekable stream (a file): it may read the file twice.");
        long origin = stream.Position;
        var kinds = KindsOf(counts);
        var rows = new EvidenceRows(scale, kinds, plan, progress);
        try
        {
            switch (FastScan.Read(stream, rows))
            {
                case FastScan.Outcome.Read:
                    rows.Finish();
                    return Keep(ref rows);
                case FastScan.Outcome.Unsupported:
                    return null;
            }
        }
        finally
        {
            rows?.Dispose();
        }
        // Anything the fast scan does not vouch for (quotes, spaces, a bad or blank row, …): the reader every evidence file goes through.
        stream.Position = origin;
        var again = new EvidenceRows(scale, kinds, plan, progress);
        try
        {
            again.Readers(1);
            var sink = new Sink(again);
            ImmutableArray<DataDiagnostic> fileDiagnostics;
            try
            {
                fileDiagnostics = CsvFileReader.Read(stream, fileName, EvidenceCsvRow.Columns, sink);
            }
            catch (UnsupportedColumns)
            {
                return null;
            }
            if (!fileDiagnostics.IsEmpty || sink.Diagnostics.Count > 0) return new EvidenceRows([.. fileDiagnostics, .. sink.Diagnostics]);
            again.Finish();
            return Keep(ref again);
        }
        finally
        {
            again?.Dispose();
        }
    }

    /// <summary>
    /// Reads evidence that is already in typed columns (a Parquet file, decoded by the caller a row group at a time)
    /// straight into the rows the batch form needs, with the fast scan's checks and no text in between (decision 0166).
    /// Like the fast scan it vouches only for rows it has no doubt about; at the first one it doubts (an id that is not
    /// plain printable ASCII, a score off the scale, a negative sequence, an unknown kind, a null where a value is
    /// required) <paramref name="fill"/> gets false from <see cref="EvidenceRowSink.Add(string?, string?, DateOnly, double, long?, string?)"/>, stops, and this returns null:
    /// the caller then reads the file through the general reader, whose diagnostics every evidence file gets.
    /// </summary>
    /// <param name="columnNames">The file's column names in order, matched as a CSV header is (case-insensitive, others ignored).</param>
    /// <param name="scale">The scale every score must lie on.</param>
    /// <param name="counts">Which kinds of evidence count.</param>
    /// <param name="plan">How many rows stay in memory, and into how many partitions the rest are spilled (<see cref="SpillPlan.For"/> of the file's row count).</param>
    /// <param name="progress">Told the number of rows read so far; or null.</param>
    /// <param name="fill">Hands every row to the sink in file order; false when a row was not vouched for (<see cref="EvidenceRowSink.Add(string?, string?, DateOnly, double, long?, string?)"/> said false).</param>
    /// <returns>The rows, or null when the columns do not match without a problem, include <c>weight</c> or <c>source</c>, or a row was not vouched for. Dispose it to delete its temporary files.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="progress"/> is null.</exception>
    /// <exception cref="ArgumentException">The plan keeps a negative number of rows in memory.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The plan has fewer than 2 or more than <see cref="SpillPlan.MostPartitions"/> partitions.</exception>
    /// <exception cref="IOException">The temporary files could not be written.</exception>
    public static EvidenceRows? ReadRows(IReadOnlyList<string> columnNames, ProficiencyScale scale, Predicate<EvidenceKind> counts, SpillPlan plan,
        IProgress<long>? progress, Func<EvidenceRowSink, bool> fill)
    {
        Guard.Against.Null(columnNames);
        Guard.Against.Null(scale);
        Guard.Against.Null(counts);
        Guard.Against.Null(fill);
        Checked(plan);
        var problems = new List<DataDiagnostic>();
        var (_, positions) = EvidenceCsvRow.Columns.Match(columnNames, "", problems);
        if (problems.Count > 0 || positions[6] >= 0 || positions[7] >= 0) return null;   // weight, source: the object path's
        var rows = new EvidenceRows(scale, KindsOf(counts), plan, progress);
        try
        {
            rows.Readers(1);
            if (!fill(new EvidenceRowSink(rows.Reader(0), positions))) return null;
            rows.Finish();
            return Keep(ref rows);
        }
        finally
        {
            rows?.Dispose();
        }
    }

    private static void Checked(SpillPlan plan)
    {
        Guard.Against.Negative(plan.RowsInMemory, nameof(plan));
        Guard.Against.OutsideRange(plan.Partitions, 2, SpillPlan.MostPartitions, nameof(plan));
    }

    // Which kinds count, by the kind's number.
    private static bool[] KindsOf(Predicate<EvidenceKind> counts)
    {
        var kinds = new bool[Enum.GetValues<EvidenceKind>().Max(k => (int)k) + 1];
        foreach (var kind in Enum.GetValues<EvidenceKind>()) kinds[(int)kind] = counts(kind);
        return kinds;
    }

    private static EvidenceRows Keep(ref EvidenceRows? rows)
    {
        var kept = rows!;
        rows = null;
        return kept;
    }

    /// <summary>Thrown by the sink to stop reading a file whose columns the columnar form does not carry.</summary>
    private sealed class UnsupportedColumns : Exception;

    /// <summary>The general reader's rows into the columns (one reader).</summary>
    private sealed class Sink(EvidenceRows rows) : ICsvRowSink
    {
        private EvidenceCsvRow.Fields _pending;
        private bool _checked;

        public List<DataDiagnostic> Diagnostics { get; } = [];

        public bool Parse(CsvRowFields fields)
        {
            if (!_checked)
            {
                if (EvidenceCsvRow.HasWeight(fields) || EvidenceCsvRow.HasSource(fields)) throw new UnsupportedColumns();
                _checked = true;
            }
            return EvidenceCsvRow.TryParse(fields, rows.Scale, out _pending);
        }

        public void Accept(int line)
        {
            var reader = rows.Reader(0);
            var date = _pending.AssessedOn;
            reader.Add(reader.Students.Index(_pending.StudentId.Value), reader.Targets.Index(_pending.TargetId.Value), _pending.Kind, _pending.Score,
                EvidenceRecord.OrderOf(date.Year, date.Month, date.Day, _pending.Sequence));
        }

        public void Reject(int line, ImmutableArray<DataDiagnostic> diagnostics)
        {
            rows.Reader(0).Tick();
            Diagnostics.AddRange(diagnostics);
        }
    }

    /// <summary>What one reader (one thread, one stretch of the file) keeps: its own id tables and rows.</summary>
    internal sealed class Part(EvidenceRows rows, long rowsInMemory, int partitions) : IDisposable
    {
        private const int ProgressEvery = 1 << 20;
        private int _untilReport = ProgressEvery;

        public IdTable Students { get; } = new();
        public IdTable Targets { get; } = new();
        public RecordStore Store { get; private set; } = null!;

        public ProficiencyScale Scale => rows.Scale;

        public Part Open()
        {
            Store = new RecordStore(Students, rowsInMemory, partitions);
            return this;
        }

        /// <summary>Keeps one good row.</summary>
        public void Add(int student, int target, EvidenceKind kind, double score, long order)
        {
            Tick();
            Store.Add(new EvidenceRecord { Student = student, Target = target, Score = rows.Counts(kind) ? score : double.NaN, Order = order });
        }

        public void Tick()
        {
            if (--_untilReport > 0) return;
            _untilReport = ProgressEvery;
            rows.Report(ProgressEvery);
        }

        public void Dispose() => Store?.Dispose();
    }
}

/// <summary>
/// Where a columnar file's reader puts typed evidence rows (<see cref="ColumnarEvidenceCsv.ReadRows"/>): which of the
/// file's columns hold which field, and <see cref="Add(string?, string?, DateOnly, double, long?, string?)"/> for each row in file order.
/// </summary>
public sealed class EvidenceRowSink
{
    private readonly ColumnarEvidenceCsv.Part _part;
    private readonly ImmutableArray<int> _positions;

    internal EvidenceRowSink(ColumnarEvidenceCsv.Part part, ImmutableArray<int> positions)
    {
        _part = part;
        _positions = positions;
    }

    /// <summary>The 0-based column of <c>student_id</c>.</summary>
    public int StudentColumn => _positions[0];

    /// <summary>The 0-based column of <c>target_id</c>.</summary>
    public int TargetColumn => _positions[1];

    /// <summary>The 0-based column of <c>assessed_on</c>.</summary>
    public int AssessedOnColumn => _positions[2];

    /// <summary>The 0-based column of <c>score</c>.</summary>
    public int ScoreColumn => _positions[3];

    /// <summary>The 0-based column of <c>sequence</c>, or -1 when the file has none.</summary>
    public int SequenceColumn => _positions[4];

    /// <summary>The 0-based column of <c>kind</c>, or -1 when the file has none.</summary>
    public int KindColumn => _positions[5];

    /// <summary>
    /// Keeps one row when it is one the fast scan would vouch for in a CSV file: ids of 1–256 printable ASCII characters
    /// with no space, comma or quote, a score on the scale, a sequence from 0 to <see cref="int.MaxValue"/> (null is 0),
    /// a known kind (null is summative). False, keeping nothing, for any other row: the caller stops and reads the file
    /// with the general reader, which reports it.
    /// </summary>
    /// <param name="student">The student's id.</param>
    /// <param name="target">The target's id.</param>
    /// <param name="assessedOn">The date.</param>
    /// <param name="score">The score.</param>
    /// <param name="sequence">The order within the day, or null.</param>
    /// <param name="kind">The kind as written, or null.</param>
    public bool Add(string? student, string? target, DateOnly assessedOn, double score, long? sequence, string? kind) =>
        student is not null && target is not null && Add(student.AsSpan(), target.AsSpan(), assessedOn, score, sequence, kind.AsSpan());

    /// <summary>
    /// As <see cref="Add(string?, string?, DateOnly, double, long?, string?)"/>, with the text as characters wherever
    /// they are (a Parquet decoder's buffer, decision 0195), so a reader needs no string per value. An empty id is
    /// refused; an empty kind is summative (as a missing one).
    /// </summary>
    /// <param name="student">The student's id.</param>
    /// <param name="target">The target's id.</param>
    /// <param name="assessedOn">The date.</param>
    /// <param name="score">The score.</param>
    /// <param name="sequence">The order within the day, or null.</param>
    /// <param name="kind">The kind as written, or empty for none.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Add(ReadOnlySpan<char> student, ReadOnlySpan<char> target, DateOnly assessedOn, double score, long? sequence, ReadOnlySpan<char> kind)
    {
        Span<byte> studentBytes = stackalloc byte[256], targetBytes = stackalloc byte[256];
        if (!Plain(student, studentBytes) || !Plain(target, targetBytes) || !_part.Scale.Contains(score)) return false;
        if (sequence is < 0 or > int.MaxValue) return false;
        var evidenceKind = EvidenceKind.Summative;
        if (kind.Length > 0)
        {
            Span<byte> kindBytes = stackalloc byte[64];
            if (!Plain(kind, kindBytes) || !EvidenceKindText.TryParse(kindBytes[..kind.Length], out evidenceKind)) return false;
        }
        _part.Add(_part.Students.Index(studentBytes[..student.Length]), _part.Targets.Index(targetBytes[..target.Length]), evidenceKind, score,
            EvidenceRecord.OrderOf(assessedOn.Year, assessedOn.Month, assessedOn.Day, (int)(sequence ?? 0)));
        return true;
    }

    // An id the fast scan reads as it is: 1 to the buffer's length of the characters '!' to '~' but a comma or a quote, as ASCII bytes.
    private static bool Plain(ReadOnlySpan<char> text, Span<byte> bytes)
    {
        if (text.Length == 0 || text.Length > bytes.Length) return false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is < '!' or > '~' or ',' or '"') return false;
            bytes[i] = (byte)c;
        }
        return true;
    }
}

/// <summary>
/// A fast scan of an evidence file for the common case — plain ASCII, no quotes, no spaces around values, every row
/// good — with no per-field calls into a general CSV reader, split into stretches of whole lines read on every core.
/// It vouches only for files it reads to the end with no doubt; at the first byte it does not expect (a quote, a
/// space, a non-ASCII byte, a blank line, a bad value, a row of the wrong width) it gives up, and the caller reads the
/// file again with the reader that reports every problem. So the diagnostics are always that reader's.
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

    private const int StudentId = 0, TargetId = 1, AssessedOn = 2, Score = 3, Sequence = 4, Kind = 5, Weight = 6, Source = 7;

    /// <summary>About how many rows the file holds (<see cref="PlainCsvScan.EstimateRows"/>).</summary>
    public static long EstimateRows(Stream stream) => PlainCsvScan.EstimateRows(stream);

    public static Outcome Read(Stream stream, EvidenceRows rows)
    {
        if (PlainCsvScan.ReadHeader(stream, EvidenceCsvRow.Columns) is not { } header) return Outcome.GaveUp;
        var positions = header.Positions;
        if (positions[Weight] >= 0 || positions[Source] >= 0) return Outcome.Unsupported;
        int readers = PlainCsvScan.ReadersFor(stream, header);
        rows.Readers(readers);
        var lines = new PlainCsvScan.LineReader[readers];
        for (int r = 0; r < readers; r++) lines[r] = new Lines(rows.Reader(r), positions);
        return PlainCsvScan.Read(stream, header, lines) ? Outcome.Read : Outcome.GaveUp;
    }

    /// <summary>One stretch's lines into its reader's rows.</summary>
    private sealed class Lines(ColumnarEvidenceCsv.Part part, ImmutableArray<int> positions) : PlainCsvScan.LineReader
    {
        private readonly Batch _batch = new(part);

        public override bool Full => _batch.Full;

        public override void BufferMoving(byte[] buffer) => _batch.Flush(buffer);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override bool Line(ReadOnlySpan<byte> line, int lineAt, ReadOnlySpan<Range> fields)
        {
            var (studentAt, studentLength) = fields[positions[StudentId]].GetOffsetAndLength(line.Length);
            var target = line[fields[positions[TargetId]]];
            if (studentLength == 0 || target.IsEmpty || studentLength > 256 || target.Length > 256) return false;
            if (!IsoDateText.TryParse(line[fields[positions[AssessedOn]]], out var date, out _)) return false;
            if (!PlainCsvScan.TryParseNumber(line[fields[positions[Score]]], out double score) || !part.Scale.Contains(score)) return false;
            int sequence = 0;
            if (positions[Sequence] >= 0 && line[fields[positions[Sequence]]] is { IsEmpty: false } written
                && !(int.TryParse(written, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out sequence) && sequence >= 0)) return false;
            var kind = EvidenceKind.Summative;
            if (positions[Kind] >= 0 && line[fields[positions[Kind]]] is { IsEmpty: false } kindText && !EvidenceKindText.TryParse(kindText, out kind)) return false;
            _batch.Stage(line.Slice(studentAt, studentLength), lineAt + studentAt, part.Targets.Index(target), kind, score,
                EvidenceRecord.OrderOf(date.Year, date.Month, date.Day, sequence));
            return true;
        }
    }

    /// <summary>
    /// Rows parsed but not yet numbered by student: the student lookups of a batch are done together, after the table
    /// places they need were loaded side by side (<see cref="IdTable.Touch"/>), so their cache misses overlap.
    /// </summary>
    private sealed class Batch(ColumnarEvidenceCsv.Part part)
    {
        private const int Length = 64;
        private readonly int[] _at = new int[Length], _length = new int[Length], _hash = new int[Length], _target = new int[Length];
        private readonly EvidenceKind[] _kind = new EvidenceKind[Length];
        private readonly double[] _score = new double[Length];
        private readonly long[] _order = new long[Length];
        private int _count;

        public bool Full => _count == Length;

        public void Stage(ReadOnlySpan<byte> student, int at, int target, EvidenceKind kind, double score, long order)
        {
            _at[_count] = at;
            _length[_count] = student.Length;
            _hash[_count] = IdTable.Hash(student);
            _target[_count] = target;
            _kind[_count] = kind;
            _score[_count] = score;
            _order[_count] = order;
            _count++;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Flush(byte[] buffer)
        {
            var students = part.Students;
            int touched = 0;
            for (int i = 0; i < _count; i++) touched += students.Touch(_hash[i]);
            GC.KeepAlive(touched);
            for (int i = 0; i < _count; i++)
                part.Add(students.Index(buffer.AsSpan(_at[i], _length[i]), _hash[i]), _target[i], _kind[i], _score[i], _order[i]);
            _count = 0;
        }
    }
}
