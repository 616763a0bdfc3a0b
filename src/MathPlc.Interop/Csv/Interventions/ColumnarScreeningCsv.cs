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
    public static ImmutableArray<ScreeningScore>? TryRead(Stream stream) => TryRead(stream, default);

    /// <summary>
    /// Reads the file's results, or returns null when the plain scan does not vouch for it; a result for one of
    /// <paramref name="students"/> (those the proficiency file named, in id order as a district file lists them) holds
    /// that <see cref="StudentId"/> rather than a new copy of its text (issue 18, decision 0235: one string per student).
    /// </summary>
    /// <param name="stream">The file's bytes, from the start; left open. A file (<see cref="FileStream"/>) is read on every core.</param>
    /// <param name="students">Students already read, ideally in id order (ordinal); in any other order fewer are shared, with the same results.</param>
    /// <returns>The results in the file's order, or null: read the file with <see cref="ScreeningCsv.Read(Stream, string)"/> instead.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot seek.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    public static ImmutableArray<ScreeningScore>? TryRead(Stream stream, ReadOnlyMemory<StudentId> students)
    {
        Guard.Against.Null(stream);
        Guard.Against.Unmet(stream.CanSeek, nameof(stream), "The columnar reader needs a seekable stream (a file): the caller may read it again.");
        long origin = stream.Position;
        long rows = PlainCsvScan.EstimateRows(stream);
        stream.Position = origin;
        int made = 0;
        if (PlainCsvScan.ReadAll(stream, ScreeningCsv.Columns, positions => new Lines(positions, students, made++ == 0 ? rows : 0)) is not { } readers) return null;
        if (!Increasing(readers) && HasTwice(readers)) return null;   // a student's second result: the row reader names the line
        var results = ImmutableArray.CreateBuilder<ScreeningScore>(readers.Sum(r => r.Results.Count));
        foreach (var reader in readers) results.AddRange(reader.Results);
        return results.MoveToImmutable();
    }

    /// <summary>Whether the students come in strictly increasing id order across the whole file (then none is there twice).</summary>
    private static bool Increasing(Lines[] readers)
    {
        string? last = null;
        foreach (var reader in readers)
        {
            if (!reader.Increasing) return false;
            if (reader.Results.Count == 0) continue;
            if (last is not null && string.CompareOrdinal(last, reader.Results[0].StudentId.Value) >= 0) return false;
            last = reader.Results[^1].StudentId.Value;
        }
        return true;
    }

    /// <summary>Whether a student has two results (looked up by id, for a file not in id order).</summary>
    private static bool HasTwice(Lines[] readers)
    {
        var seen = new IdTable();
        foreach (var reader in readers)
            foreach (var result in reader.Results)
            {
                int before = seen.Count;
                seen.Index(result.StudentId.Value);
                if (seen.Count == before) return true;
            }
        return false;
    }

    /// <summary>One stretch's lines; the first reader makes room for the whole file's rows.</summary>
    private sealed class Lines(ImmutableArray<int> positions, ReadOnlyMemory<StudentId> known, long rows) : PlainCsvScan.LineReader
    {
        private int _cursor;   // the next of the known students, in id order, that may come

        public List<ScreeningScore> Results { get; } = new((int)Math.Min(rows + rows / 16 + 16, Array.MaxLength));

        /// <summary>Whether this stretch's students come in strictly increasing id order.</summary>
        public bool Increasing { get; private set; } = true;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override bool Line(ReadOnlySpan<byte> line, int lineAt, ReadOnlySpan<Range> fields)
        {
            var student = line[fields[positions[Student]]];
            if (student.IsEmpty || student.Length > 256) return false;
            if (!PlainCsvScan.TryParseNumber(line[fields[positions[Percentile]]], out double percentile) || !(percentile is >= 0 and <= 100)) return false;
            var id = Known(student) ?? new StudentId(Encoding.ASCII.GetString(student));
            if (Increasing && Results.Count > 0 && string.CompareOrdinal(Results[^1].StudentId.Value, id.Value) >= 0) Increasing = false;
            Results.Add(new ScreeningScore(id, percentile));
            return true;
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
