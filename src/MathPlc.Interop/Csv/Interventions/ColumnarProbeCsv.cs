using System.Runtime.CompilerServices;
using System.Text;
using MathPlc.Core;
using MathPlc.Interventions;

namespace MathPlc.Interop.Csv;

/// <summary>
/// Reads a probes file (<see cref="ProbeCsv"/>'s columns) straight into each student's probes for
/// <c>mathplc progress</c> on district files (issue 18; decision 0120): identifiers interned by their bytes
/// (<see cref="IdTable"/>), no object per row, the file parsed on every core by the shared plain scan
/// (<see cref="PlainCsvScan"/>), the rows grouped by student with one stable counting sort.
/// </summary>
/// <remarks>
/// It vouches only for files it reads to the end with no doubt — plain ASCII lines, every date and score good, no
/// student twice on a date — and returns null for any other, which the caller then reads with
/// <see cref="ProbeCsv.Read(Stream, string)"/>, so every diagnostic (file, line, column, field, value) is that reader's.
/// </remarks>
public static class ColumnarProbeCsv
{
    private const int Student = 0, MeasuredOn = 1, Score = 2;

    /// <summary>Reads the file's probes grouped by student, or returns null when the plain scan does not vouch for it.</summary>
    /// <param name="stream">The file's bytes, from the start; left open. A file (<see cref="FileStream"/>) is read on every core.</param>
    /// <returns>The probes, or null: read the file with <see cref="ProbeCsv.Read(Stream, string)"/> instead.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot seek.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    public static ProbesByStudent? TryRead(Stream stream)
    {
        Guard.Against.Null(stream);
        if (PlainCsvScan.ReadAll(stream, ProbeCsv.Columns, positions => new Lines(positions)) is not { } readers) return null;

        // One numbering (the first reader's, extended by the others' in reader order), then a stable counting sort by student: file order within each.
        var students = readers[0].Students;
        var maps = readers.Select(r => r.Students.NumbersIn(students)).ToArray();
        var starts = new int[students.Count + 1];
        for (int r = 0; r < readers.Length; r++)
            for (int i = 0; i < readers[r].Count; i++) starts[maps[r][readers[r].StudentOf[i]] + 1]++;
        for (int s = 0; s < students.Count; s++) starts[s + 1] += starts[s];
        var next = starts[..^1];
        var probes = new Probe[starts[^1]];
        for (int r = 0; r < readers.Length; r++)
        {
            var reader = readers[r];
            for (int i = 0; i < reader.Count; i++) probes[next[maps[r][reader.StudentOf[i]]]++] = reader.Probes[i];
        }
        var ids = new StudentId[students.Count];
        for (int s = 0; s < ids.Length; s++) ids[s] = new StudentId(Encoding.UTF8.GetString(students[s]));
        var grouped = new ProbesByStudent(ids, starts, probes);
        return grouped.HasTwoOnADate() ? null : grouped;   // the row reader names the line of a second probe on a date
    }

    /// <summary>One stretch's lines: its own id table and rows.</summary>
    private sealed class Lines(ImmutableArray<int> positions) : PlainCsvScan.LineReader
    {
        public IdTable Students { get; } = new();
        public int[] StudentOf { get; private set; } = new int[1 << 12];
        public Probe[] Probes { get; private set; } = new Probe[1 << 12];
        public int Count { get; private set; }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override bool Line(ReadOnlySpan<byte> line, int lineAt, ReadOnlySpan<Range> fields)
        {
            var student = line[fields[positions[Student]]];
            if (student.IsEmpty || student.Length > 256) return false;
            if (!IsoDateText.TryParse(line[fields[positions[MeasuredOn]]], out var date, out _)) return false;
            if (!PlainCsvScan.TryParseNumber(line[fields[positions[Score]]], out double score) || !double.IsFinite(score)) return false;
            if (Count == Probes.Length)
            {
                var studentOf = StudentOf;
                var probes = Probes;
                Array.Resize(ref studentOf, Count * 2);
                Array.Resize(ref probes, Count * 2);
                StudentOf = studentOf;
                Probes = probes;
            }
            StudentOf[Count] = Students.Index(student);
            Probes[Count++] = new Probe(date, score);
            return true;
        }
    }
}

/// <summary>Probes grouped by student, each student's in the file's order (<see cref="ColumnarProbeCsv"/>).</summary>
public sealed class ProbesByStudent
{
    private readonly int[] _starts;
    private readonly Probe[] _probes;

    /// <summary>Creates the groups; the arrays are kept, not copied.</summary>
    /// <param name="students">The students, by number.</param>
    /// <param name="starts">Where each student's probes start in <paramref name="probes"/>, and after the last, the count: one more than the students, never decreasing.</param>
    /// <param name="probes">The probes, student after student.</param>
    /// <exception cref="ArgumentNullException">An array is null.</exception>
    /// <exception cref="ArgumentException">The starts do not fit the students and probes, or a student is empty (default).</exception>
    public ProbesByStudent(StudentId[] students, int[] starts, Probe[] probes)
    {
        Guard.Against.Null(students);
        Guard.Against.Null(starts);
        Guard.Against.Null(probes);
        Guard.Against.Unmet(starts.Length == students.Length + 1 && starts[0] == 0 && starts[^1] == probes.Length, nameof(starts),
            $"{starts.Length} starts do not fit {students.Length} students and {probes.Length} probes.");
        for (int s = 0; s < students.Length; s++)
        {
            Guard.Against.Unmet(starts[s] <= starts[s + 1], nameof(starts), $"Student {s}'s probes end before they start.");
            Guard.Against.Unmet(students[s].Value is not null, nameof(students), "A student is empty (a default identifier).");
        }
        Students = students;
        _starts = starts;
        _probes = probes;
    }

    /// <summary>The students, by number.</summary>
    public ReadOnlyMemory<StudentId> Students { get; }

    /// <summary>Student <paramref name="student"/>'s probes, in the file's order.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="student"/> is not a student's number.</exception>
    public ArraySegment<Probe> Of(int student)
    {
        Guard.Against.OutsideRange(student, 0, Students.Length - 1);
        return new ArraySegment<Probe>(_probes, _starts[student], _starts[student + 1] - _starts[student]);
    }

    /// <summary>Whether some student has two probes on one date.</summary>
    public bool HasTwoOnADate()
    {
        var days = new List<NodaTime.LocalDate>();
        for (int s = 0; s < Students.Length; s++)
        {
            days.Clear();
            foreach (var probe in Of(s)) days.Add(probe.MeasuredOn);
            days.Sort();
            for (int i = 1; i < days.Count; i++)
                if (days[i] == days[i - 1]) return true;
        }
        return false;
    }
}
