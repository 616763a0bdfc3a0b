using System.Runtime.CompilerServices;
using System.Text;
using MathPlc.Core;
using MathPlc.Interventions;

namespace MathPlc.Interop.Csv;

/// <summary>
/// Reads a screening file (<see cref="ScreeningCsv"/>'s columns) by the shared plain scan (<see cref="PlainCsvScan"/>)
/// for <c>mathplc tiers</c> on district files (issue 18; decision 0120): the same results as the row reader, in the
/// file's order, without its per-field work.
/// </summary>
/// <remarks>
/// It vouches only for files it reads to the end with no doubt — plain ASCII lines, every percentile a finite number
/// from 0 to 100, no student twice — and returns null for any other, which the caller then reads with
/// <see cref="ScreeningCsv.Read(Stream, string)"/>, so every diagnostic is that reader's.
/// </remarks>
public static class ColumnarScreeningCsv
{
    private const int Student = 0, Percentile = 1;

    /// <summary>Reads the file's results, or returns null when the plain scan does not vouch for it.</summary>
    /// <param name="stream">The file's bytes, from the start; left open. A file (<see cref="FileStream"/>) is read on every core.</param>
    /// <returns>The results in the file's order, or null: read the file with <see cref="ScreeningCsv.Read(Stream, string)"/> instead.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot seek.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    public static ImmutableArray<ScreeningScore>? TryRead(Stream stream) => TryReadTable(stream, default) is { } table ? ImmutableArray.CreateRange(table) : null;

    /// <summary>
    /// Reads the file's results into columns, or returns null when the plain scan does not vouch for it; a result for
    /// one of <paramref name="students"/> (those the proficiency file named, in id order as a district file lists them)
    /// holds that <see cref="StudentId"/> rather than a new copy of its text (issue 18, decision 0235: one string per
    /// student, no object per result).
    /// </summary>
    /// <param name="stream">The file's bytes, from the start; left open. A file (<see cref="FileStream"/>) is read on every core.</param>
    /// <param name="students">Students already read, ideally in id order (ordinal); in any other order fewer are shared, with the same results.</param>
    /// <returns>The results in the file's order, or null: read the file with <see cref="ScreeningCsv.Read(Stream, string)"/> instead.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot seek.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    public static ScreeningTable? TryReadTable(Stream stream, ReadOnlyMemory<StudentId> students)
    {
        Guard.Against.Null(stream);
        Guard.Against.Unmet(stream.CanSeek, nameof(stream), "The columnar reader needs a seekable stream (a file): the caller may read it again.");
        long origin = stream.Position;
        long rows = PlainCsvScan.EstimateRows(stream);
        stream.Position = origin;
        int made = 0;
        if (PlainCsvScan.ReadAll(stream, ScreeningCsv.Columns, positions => new Lines(positions, students, made++ == 0 ? rows : 0)) is not { } readers) return null;
        if (!Increasing(readers) && HasTwice(readers)) return null;   // a student's second result: the row reader names the line
        // One set of columns: the first reader's (sized for the whole file), extended by the others' results in order.
        var first = readers[0];
        int count = readers.Sum(r => r.Count);
        first.MakeRoom(count);
        int at = first.Count;
        foreach (var reader in readers.Skip(1))
        {
            reader.Students.AsSpan(0, reader.Count).CopyTo(first.Students.AsSpan(at));
            reader.Percentiles.AsSpan(0, reader.Count).CopyTo(first.Percentiles.AsSpan(at));
            at += reader.Count;
        }
        return new ScreeningTable(first.Students, first.Percentiles, count);
    }

    /// <summary>Whether the students come in strictly increasing id order across the whole file (then none is there twice).</summary>
    private static bool Increasing(Lines[] readers)
    {
        string? last = null;
        foreach (var reader in readers)
        {
            if (!reader.Increasing) return false;
            if (reader.Count == 0) continue;
            if (last is not null && string.CompareOrdinal(last, reader.Students[0].Value) >= 0) return false;
            last = reader.Students[reader.Count - 1].Value;
        }
        return true;
    }

    /// <summary>Whether a student has two results (looked up by id, for a file not in id order).</summary>
    private static bool HasTwice(Lines[] readers)
    {
        var seen = new IdTable();
        foreach (var reader in readers)
            for (int i = 0; i < reader.Count; i++)
            {
                int before = seen.Count;
                seen.Index(reader.Students[i].Value);
                if (seen.Count == before) return true;
            }
        return false;
    }

    /// <summary>One stretch's lines, in columns; the first reader makes room for the whole file's rows.</summary>
    private sealed class Lines(ImmutableArray<int> positions, ReadOnlyMemory<StudentId> known, long rows) : PlainCsvScan.LineReader
    {
        private int _cursor;   // the next of the known students, in id order, that may come

        public StudentId[] Students { get; private set; } = new StudentId[(int)Math.Min(rows + rows / 16 + 16, Array.MaxLength)];
        public double[] Percentiles { get; private set; } = new double[(int)Math.Min(rows + rows / 16 + 16, Array.MaxLength)];
        public int Count { get; private set; }

        /// <summary>Whether this stretch's students come in strictly increasing id order.</summary>
        public bool Increasing { get; private set; } = true;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override bool Line(ReadOnlySpan<byte> line, int lineAt, ReadOnlySpan<Range> fields)
        {
            var student = line[fields[positions[Student]]];
            if (student.IsEmpty || student.Length > 256) return false;
            if (!PlainCsvScan.TryParseNumber(line[fields[positions[Percentile]]], out double percentile) || !(percentile is >= 0 and <= 100)) return false;
            var id = Known(student) ?? new StudentId(Encoding.ASCII.GetString(student));
            if (Increasing && Count > 0 && string.CompareOrdinal(Students[Count - 1].Value, id.Value) >= 0) Increasing = false;
            if (Count == Percentiles.Length) MakeRoom(Count + Count / 2 + 16);
            Students[Count] = id;
            Percentiles[Count++] = percentile;
            return true;
        }

        /// <summary>Room for <paramref name="results"/> results in the columns (one copy when the estimate fell short).</summary>
        public void MakeRoom(int results)
        {
            if (results <= Percentiles.Length) return;
            var students = Students;
            var percentiles = Percentiles;
            Array.Resize(ref students, results);
            Array.Resize(ref percentiles, results);
            (Students, Percentiles) = (students, percentiles);
        }

        /// <summary>The known student with these bytes, found by walking the known students in id order alongside the file; null when not there.</summary>
        private StudentId? Known(ReadOnlySpan<byte> student)
        {
            var students = known.Span;
            while (_cursor < students.Length)
            {
                int order = Compare(student, students[_cursor].Value);
                if (order == 0) return students[_cursor++];
                if (order < 0) return null;   // not among the known (or they are not in id order)
                _cursor++;
            }
            return null;
        }

        /// <summary>The ordinal order of ASCII bytes (as the plain scan gives them) against a text.</summary>
        private static int Compare(ReadOnlySpan<byte> bytes, string text)
        {
            int common = Math.Min(bytes.Length, text.Length);
            for (int i = 0; i < common; i++)
                if (bytes[i] != text[i]) return bytes[i] - text[i];
            return bytes.Length - text.Length;
        }
    }
}
