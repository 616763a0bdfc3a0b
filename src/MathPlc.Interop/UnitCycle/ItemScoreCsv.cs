using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using MathPlc.Core;
using MathPlc.Interop.Csv;

namespace MathPlc.Interop.UnitCycle;

/// <summary>
/// Item-score files (<c>mathplc cycle --evidence scores.csv</c>): a common assessment's scores, one row per student and
/// item, columns <c>student_id</c>, <c>item_id</c>, <c>score</c> (points earned; empty when the item was not answered).
/// Other columns (such as <c>max_score</c>) are ignored; the blueprint in the unit file says each item's points.
/// </summary>
/// <remarks>
/// The file rules and shape problems are those of <see cref="EvidenceCsv"/>. Field problems: <c>empty-id</c>,
/// <c>not-a-number</c> (a score that is not a finite number 0 or more), <c>duplicate-score</c> (a student's second row
/// for the same item, since which one counts would be a guess). Whether the student is on the roster and the item on
/// the blueprint is checked when the cycle's input is put together (<see cref="CycleInputs"/>).
/// </remarks>
public static class ItemScoreCsv
{
    private const int Student = 0, Item = 1, Score = 2;
    private static readonly CsvColumns Columns = new(new CsvColumn("student_id", true), new CsvColumn("item_id", true), new CsvColumn("score", true));

    /// <summary>Reads an item-score file from a stream, left open; every row comes back as a value or its problems.</summary>
    /// <remarks>
    /// A seekable stream (a file) of plain lines is read by the shared plain scan (<see cref="PlainCsvScan"/>, on every
    /// core; issue 18, decision 0185): the same rows as the row reader, each with its line. At the first line the scan
    /// does not vouch for — anything to unquote or trim, an empty id, a score that is not a plain number 0 or more, a
    /// student's second score on an item — the stream is read again by the row reader, so every diagnostic is its own.
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static CsvReadResult<ItemScoreLine> Read(Stream stream, string fileName) => Read(stream, fileName, static (file, columns) => columns.ToReadResult(file), static rows => rows);

    /// <summary>
    /// Reads an item-score file from a stream, left open, for a unit cycle: what <see cref="Read"/> gives, kept as
    /// columns when the plain scan vouches for the file (issue 18, decision 0230), so a district's million scores become
    /// its input (<see cref="CycleInputs.FromFiles(CycleUnitFile, ItemScoreTable, Roster?)"/>) without an object per line.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static ItemScoreTable ReadTable(Stream stream, string fileName) =>
        Read(stream, fileName, static (file, columns) => new ItemScoreTable(file, columns), static rows => new ItemScoreTable(rows));

    // The plain scan's columns of a seekable stream, else the row reader's rows, each made into what the caller reads.
    private static T Read<T>(Stream stream, string fileName, Func<string, ItemScoreColumns, T> scanned, Func<CsvReadResult<ItemScoreLine>, T> rows)
    {
        Guard.Against.Null(stream);
        Guard.Against.Null(fileName);
        if (stream.CanSeek)
        {
            long origin = stream.Position;
            if (ScanColumns(stream) is { } columns) return scanned(fileName, columns);
            stream.Position = origin;
        }
        return rows(ReadRows(stream, fileName));
    }

    /// <summary>The row reader: every row parsed and checked, each problem named with its line.</summary>
    internal static CsvReadResult<ItemScoreLine> ReadRows(Stream stream, string fileName)
    {
        var seen = new HashSet<(StudentId, ItemId)>();
        return CsvFileReader.Read(stream, fileName, Columns, row =>
        {
            bool ok = row.TryId(Student, out StudentId student);
            ok &= row.TryId(Item, out ItemId item);
            ok &= row.TryOptionalNonNegative(Score, CsvDiagnosticCodes.NotANumber, out double? score);
            if (ok && !seen.Add((student, item)))
            {
                row.Report(Item, "duplicate-score", $"The student {student} already has a score on item {item}; keep one row per student and item.");
                ok = false;
            }
            return ok ? new ItemScoreLine(student, item, score) : null;
        });
    }

    /// <summary>Reads an item-score file from disk; diagnostics name it by <paramref name="path"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or white space.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    public static CsvReadResult<ItemScoreLine> ReadFile(string path) => InterventionCsvFile.Read(path, Read);

    /// <summary>Writes item scores as CSV (<c>student_id, item_id, score</c>; an unanswered item has an empty score).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Stream output, IEnumerable<ItemScoreLine> scores)
    {
        Guard.Against.Null(output);
        Guard.Against.Null(scores);
        CsvTable.Write(output, ["student_id", "item_id", "score"],
            scores.Select(s => (IReadOnlyList<string?>)[s.Student.Value, s.Item.Value, s.Score is { } v ? InvariantNumber(v) : null]), CsvFormulas.Raw); // an input format MathPlc reads back: cells as they are
    }

    /// <summary>The plain scan's reading of the file, or null when it does not vouch for it.</summary>
    internal static CsvReadResult<ItemScoreLine>? TryScan(Stream stream, string fileName) => ScanColumns(stream)?.ToReadResult(fileName);

    /// <summary>
    /// The plain scan's reading of the file as columns, or null when it does not vouch for it. Each stretch's ids are
    /// numbered by their bytes; the first stretch's tables number every id and the others' are mapped into them, in
    /// file order, so ids are numbered in order of their first row. A second score of a student on an item is found by
    /// a bit per (student, item) when that is at most a few bits per row, by a set otherwise (many ids, few rows).
    /// </summary>
    internal static ItemScoreColumns? ScanColumns(Stream stream)
    {
        long origin = stream.Position;
        if (PlainCsvScan.ReadHeader(stream, Columns) is not { } header) return null;
        stream.Position = header.DataStart;
        long estimate = PlainCsvScan.EstimateRows(stream);
        stream.Position = origin;
        var readers = new Lines[ReadersFor(stream, header)];
        int capacity = (int)Math.Min(estimate / readers.Length + 1024, 1 << 22);   // a guess from the first megabyte: bounded, the lists grow past it
        for (int r = 0; r < readers.Length; r++) readers[r] = new Lines(header.Positions, capacity);
        if (!PlainCsvScan.Read(stream, header, readers)) return null;
        var students = readers[0].Students;
        var items = readers[0].Items;
        var studentMaps = readers.Select(r => r.Students.NumbersIn(students)).ToArray();
        var itemMaps = readers.Select(r => r.Items.NumbersIn(items)).ToArray();
        int count = readers.Sum(r => r.Count);
        var student = new int[count];
        var item = new int[count];
        var score = new double[count];
        var seen = new ScoredPairs(students.Count, items.Count, count);
        for (int r = 0, row = 0; r < readers.Length; r++)
        {
            var reader = readers[r];
            var studentMap = studentMaps[r];
            var itemMap = itemMaps[r];
            var readStudents = CollectionsMarshal.AsSpan(reader.Student);
            var readItems = CollectionsMarshal.AsSpan(reader.Item);
            CollectionsMarshal.AsSpan(reader.Score).CopyTo(score.AsSpan(row));
            for (int j = 0; j < readStudents.Length; j++, row++)
            {
                int s = student[row] = studentMap[readStudents[j]], i = item[row] = itemMap[readItems[j]];
                if (!seen.Add(s, i)) return null;   // a second score: the row reader names the line
            }
        }
        var studentIds = new StudentId[students.Count];
        for (int s = 0; s < studentIds.Length; s++) studentIds[s] = StudentId.Create(Encoding.ASCII.GetString(students[s]));
        var itemIds = new ItemId[items.Count];
        for (int i = 0; i < itemIds.Length; i++) itemIds[i] = ItemId.Create(Encoding.ASCII.GetString(items[i]));
        return new ItemScoreColumns(studentIds, itemIds, student, item, score);
    }

    /// <summary>
    /// How many stretches: the shared scan's count (<see cref="PlainCsvScan.ReadersFor"/>, one per 8 MB), but one per 4 MB
    /// here — a district's 13 MB file is otherwise read on one core while the other waits (decision 0230).
    /// </summary>
    private static int ReadersFor(Stream stream, PlainCsvScan.Header header) =>
        stream is FileStream ? (int)Math.Clamp((stream.Length - header.DataStart) / StretchPerReader, 1, Math.Min(Environment.ProcessorCount, 8)) : 1;

    private const long StretchPerReader = 4 << 20;

    /// <summary>The (student, item) pairs scored so far: a bit per pair when that is at most 64 bits per row (a dense file), else a set.</summary>
    private sealed class ScoredPairs(int students, int items, int rows)
    {
        private readonly ulong[]? _bits = (long)students * items <= Math.Max(64L * rows, 1 << 16) ? new ulong[((long)students * items + 63) / 64] : null;
        private readonly HashSet<long> _set = [];

        /// <summary>Adds the pair; false when it was there already.</summary>
        public bool Add(int student, int item)
        {
            long pair = (long)student * items + item;
            if (_bits is null) return _set.Add(pair);
            ref ulong word = ref _bits[pair >> 6];
            ulong bit = 1UL << (int)(pair & 63);
            if ((word & bit) != 0) return false;
            word |= bit;
            return true;
        }
    }

    /// <summary>One stretch's lines: ids numbered by their bytes, the score or −1 when empty.</summary>
    private sealed class Lines(ImmutableArray<int> positions, int capacity) : PlainCsvScan.LineReader
    {
        public IdTable Students { get; } = new();
        public IdTable Items { get; } = new();
        public List<int> Student { get; } = new(capacity);
        public List<int> Item { get; } = new(capacity);
        public List<double> Score { get; } = new(capacity);
        public int Count => Score.Count;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override bool Line(ReadOnlySpan<byte> line, int lineAt, ReadOnlySpan<Range> fields)
        {
            var student = line[fields[positions[ItemScoreCsv.Student]]];
            var item = line[fields[positions[ItemScoreCsv.Item]]];
            var text = line[fields[positions[ItemScoreCsv.Score]]];
            if (student.IsEmpty || item.IsEmpty || student.Length > 256 || item.Length > 256) return false;
            double score = -1;
            if (!text.IsEmpty && (!PlainCsvScan.TryParseNumber(text, out score) || !double.IsFinite(score) || score < 0)) return false;
            Student.Add(Students.Index(student));
            Item.Add(Items.Index(item));
            Score.Add(score);
            return true;
        }
    }

    internal static string InvariantNumber(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
