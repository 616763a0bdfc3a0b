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
        if (PlainCsvScan.ReadAll(stream, ProficiencyCsv.Columns, positions => new Lines(positions)) is not { } readers) return null;

        // One numbering: the first reader's, extended by the others' ids in reader order (file order is kept by the rows' order).
        var students = readers[0].Students;
        var targets = readers[0].Targets;
        int rows = readers.Sum(r => r.Count);
        var studentOf = new int[rows];
        var targetOf = new int[rows];
        var scores = new double[rows];
        int at = 0;
        foreach (var reader in readers)
        {
            var studentMap = reader.Students.NumbersIn(students);
            var targetMap = reader.Targets.NumbersIn(targets);
            for (int i = 0; i < reader.Count; i++, at++)
            {
                studentOf[at] = studentMap[reader.StudentOf[i]];
                targetOf[at] = targetMap[reader.TargetOf[i]];
                scores[at] = reader.Scores[i];
            }
        }
        var table = new TierScoreTable(Identifiers(students, s => new StudentId(s)), Identifiers(targets, t => new TargetId(t)), studentOf, targetOf, scores);
        return table.FirstDuplicate() < 0 ? table : null;   // a student twice on a target: the general reader names the line
    }

    private static T[] Identifiers<T>(IdTable table, Func<string, T> make)
    {
        var ids = new T[table.Count];
        for (int i = 0; i < ids.Length; i++) ids[i] = make(Encoding.UTF8.GetString(table[i]));
        return ids;
    }

    /// <summary>One stretch's lines: its own id tables and rows.</summary>
    private sealed class Lines(ImmutableArray<int> positions) : PlainCsvScan.LineReader
    {
        public IdTable Students { get; } = new();
        public IdTable Targets { get; } = new();
        public int[] StudentOf { get; private set; } = new int[1 << 12];
        public int[] TargetOf { get; private set; } = new int[1 << 12];
        public double[] Scores { get; private set; } = new double[1 << 12];
        public int Count { get; private set; }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override bool Line(ReadOnlySpan<byte> line, int lineAt, ReadOnlySpan<Range> fields)
        {
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
            if (Count == Scores.Length) Grow();
            StudentOf[Count] = Students.Index(student);
            TargetOf[Count] = Targets.Index(target);
            Scores[Count++] = score;
            return true;
        }

        private void Grow()
        {
            int length = Count * 2;
            StudentOf = Resize(StudentOf, length);
            TargetOf = Resize(TargetOf, length);
            Scores = Resize(Scores, length);
        }

        private static TItem[] Resize<TItem>(TItem[] items, int length)
        {
            Array.Resize(ref items, length);
            return items;
        }
    }
}
