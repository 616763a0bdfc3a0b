using System.Runtime.CompilerServices;
using System.Text;
using MathPlc.Core;
using MathPlc.Interventions;

namespace MathPlc.Interop.Csv;

/// <summary>
/// Reads a proficiency file (<see cref="ProficiencyCsv"/>'s columns) straight into a <see cref="TierScoreTable"/> for
/// <c>mathplc tiers</c> on district files (issue 18; decision 0120): identifiers interned by their bytes
/// (<see cref="IdTable"/>), 16 bytes kept per row, the file parsed on every core by the shared plain scan
/// (<see cref="PlainCsvScan"/>), the same scan <see cref="ColumnarEvidenceCsv"/> uses.
/// </summary>
/// <remarks>
/// It vouches only for files it reads to the end with no doubt — plain ASCII lines, every status, score and count
/// good, no student twice on a target — and returns null for any other, which the caller then reads with
/// <see cref="ProficiencyCsv.Read(Stream, string)"/>, so every diagnostic (file, line, column, field, value) is that
/// reader's. The <c>method</c> and <c>level</c> columns are not kept: tiering does not read them.
/// </remarks>
public static class ColumnarProficiencyCsv
{
    private const int Student = 0, Target = 1, Score = 3, Status = 5, Used = 6, Excluded = 7;

    /// <summary>Reads the file's rows into columns, or returns null when the plain scan does not vouch for it.</summary>
    /// <param name="stream">The file's bytes, from the start; left open. A file (<see cref="FileStream"/>) is read on every core.</param>
    /// <returns>The scores, or null: read the file with <see cref="ProficiencyCsv.Read(Stream, string)"/> instead.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot seek.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    public static TierScoreTable? TryRead(Stream stream)
    {
        Guard.Against.Null(stream);
        Guard.Against.Unmet(stream.CanSeek, nameof(stream), "The columnar reader needs a seekable stream (a file): the caller may read it again.");
        // Issue 18, decision 0235: the columns and id tables are sized once from the file's length, not grown by copies.
        long origin = stream.Position;
        var sizing = new Sizing(PlainCsvScan.EstimateRows(stream));
        stream.Position = origin;
        if (PlainCsvScan.ReadAll(stream, ProficiencyCsv.Columns, positions => new Lines(positions, sizing)) is not { } readers) return null;

        // One numbering: the first reader's, extended by the others' ids in reader order, so file order is kept. One set
        // of columns: the one every reader wrote its stretch into, each from its own place (decision 0255), with each
        // later reader's rows moved down behind the rows before them and renumbered; a reader whose place ran out kept
        // the rest of its rows apart, and then every row is copied once into columns of the exact length.
        var first = readers[0];
        var students = first.Students;
        var targets = first.Targets;
        int rows = readers.Sum(r => r.Count);
        var shared = sizing.Columns;
        bool inPlace = readers.All(r => r.Count <= r.Room);
        var columns = inPlace ? shared : new Columns(rows);
        int at = inPlace ? first.Count : 0;
        foreach (var reader in inPlace ? readers.Skip(1) : readers)
        {
            var studentMap = reader.Students.NumbersIn(students);
            var targetMap = reader.Targets.NumbersIn(targets);
            for (int i = 0; i < reader.Count; i++, at++)
            {
                var (student, target, score) = reader.Row(i);   // at <= the row's own place: moving down never overwrites a row not yet moved
                columns.StudentOf[at] = studentMap[student];
                columns.TargetOf[at] = targetMap[target];
                columns.Scores[at] = score;
            }
            if (!ReferenceEquals(reader, first)) reader.Let();
        }
        var table = new TierScoreTable(Identifiers(students, s => new StudentId(s)), Identifiers(targets, t => new TargetId(t)), columns.StudentOf, columns.TargetOf, columns.Scores, rows);
        return table.FirstDuplicate() < 0 ? table : null;   // a student twice on a target: the general reader names the line
    }

    private static T[] Identifiers<T>(IdTable table, Func<string, T> make)
    {
        var ids = new T[table.Count];
        for (int i = 0; i < ids.Length; i++) ids[i] = make(Encoding.UTF8.GetString(table[i]));
        return ids;
    }

    /// <summary>The table's three columns (in huge pages where the system allows: <see cref="HugePageColumns"/>).</summary>
    private sealed class Columns(int rows)
    {
        public int[] StudentOf { get; } = HugePageColumns.Make<int>(rows);
        public int[] TargetOf { get; } = HugePageColumns.Make<int>(rows);
        public double[] Scores { get; } = HugePageColumns.Make<double>(rows);
    }

    /// <summary>
    /// How many rows the file holds, about, and how many readers share it: one set of columns for the whole file (a
    /// sixteenth more), made when the first reader needs it, and each reader's place in it — an equal share, in
    /// reader order (issue 18, decision 0255: the stretches are equal in bytes, so their rows are about equal in number).
    /// </summary>
    private sealed class Sizing(long rows)
    {
        private readonly Lock _gate = new();
        private Columns? _columns;

        /// <summary>How many readers there are (they are all made before the first line is read).</summary>
        public int Readers { get; set; }

        private int Length => (int)Math.Min(Array.MaxLength, rows + rows / 16 + 1024);

        /// <summary>The columns every reader writes into (made by the first to ask).</summary>
        public Columns Columns
        {
            get
            {
                lock (_gate) return _columns ??= new Columns(Length);
            }
        }

        /// <summary>Where reader <paramref name="number"/>'s place in the columns starts (the next reader's start is where it ends).</summary>
        public int StartOf(int number) => (int)((long)Length * number / Math.Max(1, Readers));
    }

    /// <summary>One stretch's lines: its own id tables and rows.</summary>
    private sealed class Lines : PlainCsvScan.LineReader
    {
        /// <summary>After this many rows a reader knows how often its students repeat, and sizes its student table.</summary>
        private const int Sample = 4096;

        private readonly ImmutableArray<int> _positions;
        private readonly Sizing _sizing;
        private readonly int _number;
        private int _nextTarget;

        public Lines(ImmutableArray<int> positions, Sizing sizing)
        {
            _positions = positions;
            _sizing = sizing;
            _number = sizing.Readers++;
        }

        public IdTable Students { get; } = new();
        public IdTable Targets { get; } = new();
        public int Count { get; private set; }

        /// <summary>How many rows this reader's place in the shared columns holds.</summary>
        public int Room { get; private set; }

        private Columns? _shared;
        private int _from;
        private int[] _studentsApart = [], _targetsApart = [];   // the rows after the place ran out
        private double[] _scoresApart = [];

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override bool Line(ReadOnlySpan<byte> line, int lineAt, ReadOnlySpan<Range> fields)
        {
            var positions = _positions;
            var student = line[fields[positions[Student]]];
            var target = line[fields[positions[Target]]];
            if (student.IsEmpty || target.IsEmpty || student.Length > 256 || target.Length > 256) return false;
            var status = line[fields[positions[Status]]];
            var scoreText = line[fields[positions[Score]]];
            double score;
            if (status.SequenceEqual("scored"u8))
            {
                if (!PlainCsvScan.TryParseNumber(scoreText, out score) || !double.IsFinite(score)) return false;
            }
            else if ((status.SequenceEqual("insufficient_evidence"u8) || status.SequenceEqual("teacher_judgement"u8)) && scoreText.IsEmpty) score = double.NaN;
            else return false;
            if (positions[Used] >= 0 && !PlainCsvScan.TryPlainCount(line[fields[positions[Used]]], out _)) return false;
            if (positions[Excluded] >= 0 && !PlainCsvScan.TryPlainCount(line[fields[positions[Excluded]]], out _)) return false;
            if (_shared is null)
            {
                _shared = _sizing.Columns;
                _from = _sizing.StartOf(_number);
                Room = _sizing.StartOf(_number + 1) - _from;
            }
            int studentNumber = Students.Index(student), targetNumber = TargetNumber(target);
            if (Count < Room)
            {
                int at = _from + Count;
                _shared.StudentOf[at] = studentNumber;
                _shared.TargetOf[at] = targetNumber;
                _shared.Scores[at] = score;
            }
            else
            {
                int apart = Count - Room;
                if (apart == _scoresApart.Length) GrowApart(apart + Math.Max(1024, Count / 2));
                _studentsApart[apart] = studentNumber;
                _targetsApart[apart] = targetNumber;
                _scoresApart[apart] = score;
            }
            Count++;
            if (Count == Sample) SizeStudents();
            return true;
        }

        /// <summary>Row <paramref name="row"/> of this reader's stretch: its student and target by this reader's numbers, and its score.</summary>
        public (int Student, int Target, double Score) Row(int row)
        {
            if (row < Room) return (_shared!.StudentOf[_from + row], _shared.TargetOf[_from + row], _shared.Scores[_from + row]);
            int apart = row - Room;
            return (_studentsApart[apart], _targetsApart[apart], _scoresApart[apart]);
        }

        /// <summary>Room for <paramref name="rows"/> rows apart from the shared columns (the estimate fell short).</summary>
        private void GrowApart(int rows)
        {
            Array.Resize(ref _studentsApart, rows);
            Array.Resize(ref _targetsApart, rows);
            Array.Resize(ref _scoresApart, rows);
        }

        /// <summary>Lets the rows kept apart and the id tables go once they are merged into the first reader's.</summary>
        public void Let()
        {
            _studentsApart = _targetsApart = [];
            _scoresApart = [];
            Students.Clear();
            Targets.Clear();
        }

        /// <summary>
        /// Each student's rows go through the targets in the same order, so the target is most often the one after the
        /// last: one comparison instead of a hash (the last-id shortcut never hits a target).
        /// </summary>
        private int TargetNumber(ReadOnlySpan<byte> target)
        {
            int index = _nextTarget < Targets.Count && target.SequenceEqual(Targets[_nextTarget]) ? _nextTarget : Targets.Index(target);
            _nextTarget = index + 1 == Targets.Count ? 0 : index + 1;
            return index;
        }

        /// <summary>
        /// Sizes the student table for the reader's rows from how often the first rows repeat a student (a proficiency
        /// file has a row per student and target), so it is not rehashed as it fills; a file whose first rows hardly
        /// repeat (ordered by target) keeps growing as it goes, rather than taking room for every row.
        /// </summary>
        private void SizeStudents()
        {
            if (Students.Count * 2 > Count) return;
            long ids = (long)Math.Max(Room, Count) * Students.Count / Count;
            ids += ids / 8 + 1024;
            Students.Reserve((int)Math.Min(ids, Array.MaxLength), ids * Students.Bytes / Students.Count);
        }
    }
}
