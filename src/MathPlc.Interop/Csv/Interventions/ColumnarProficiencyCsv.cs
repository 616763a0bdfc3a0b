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

        // One numbering and one set of columns: the first reader's (sized for the whole file), extended by the others'
        // ids and rows in reader order, so file order is kept.
        var first = readers[0];
        var students = first.Students;
        var targets = first.Targets;
        int rows = readers.Sum(r => r.Count);
        first.MakeRoom(rows);
        int at = first.Count;
        foreach (var reader in readers.Skip(1))
        {
            var studentMap = reader.Students.NumbersIn(students);
            var targetMap = reader.Targets.NumbersIn(targets);
            for (int i = 0; i < reader.Count; i++, at++)
            {
                first.StudentOf[at] = studentMap[reader.StudentOf[i]];
                first.TargetOf[at] = targetMap[reader.TargetOf[i]];
                first.Scores[at] = reader.Scores[i];
            }
            reader.Let();
        }
        var table = new TierScoreTable(Identifiers(students, s => new StudentId(s)), Identifiers(targets, t => new TargetId(t)), first.StudentOf, first.TargetOf, first.Scores, rows);
        return table.FirstDuplicate() < 0 ? table : null;   // a student twice on a target: the general reader names the line
    }

    private static T[] Identifiers<T>(IdTable table, Func<string, T> make)
    {
        var ids = new T[table.Count];
        for (int i = 0; i < ids.Length; i++) ids[i] = make(Encoding.UTF8.GetString(table[i]));
        return ids;
    }

    /// <summary>How many rows the file holds, about, and how many readers share it: each reader sizes its columns from them.</summary>
    private sealed class Sizing(long rows)
    {
        /// <summary>How many readers there are (they are all made before the first line is read).</summary>
        public int Readers { get; set; }

        /// <summary>The rows reader <paramref name="number"/> makes room for: the first, whose columns become the table's, the whole file; another its share; a sixteenth more either way.</summary>
        public int RowsFor(int number)
        {
            long share = number == 0 ? rows : rows / Math.Max(1, Readers);
            return (int)Math.Min(Array.MaxLength, share + share / 16 + 1024);
        }
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
        public int[] StudentOf { get; private set; } = [];
        public int[] TargetOf { get; private set; } = [];
        public double[] Scores { get; private set; } = [];
        public int Count { get; private set; }

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
            if (Count == Scores.Length) MakeRoom(Count == 0 ? _sizing.RowsFor(_number) : Count + Count / 2 + 1);
            StudentOf[Count] = Students.Index(student);
            TargetOf[Count] = TargetNumber(target);
            Scores[Count++] = score;
            if (Count == Sample) SizeStudents();
            return true;
        }

        /// <summary>Room for <paramref name="rows"/> rows in the columns (one copy when the estimate fell short).</summary>
        public void MakeRoom(int rows)
        {
            if (rows <= Scores.Length) return;
            StudentOf = Resize(StudentOf, rows);
            TargetOf = Resize(TargetOf, rows);
            Scores = Resize(Scores, rows);
        }

        /// <summary>Lets the columns and tables go once they are merged into the first reader's.</summary>
        public void Let()
        {
            StudentOf = TargetOf = [];
            Scores = [];
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
            long ids = (long)Scores.Length * Students.Count / Count;
            ids += ids / 8 + 1024;
            Students.Reserve((int)Math.Min(ids, Array.MaxLength), ids * Students.Bytes / Students.Count);
        }

        private static TItem[] Resize<TItem>(TItem[] items, int length)
        {
            Array.Resize(ref items, length);
            return items;
        }
    }
}
