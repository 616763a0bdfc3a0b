using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using MathPlc.Core;
using MathPlc.Interop.Csv;
using MathPlc.Interventions;
using MathPlc.Tests;

namespace MathPlc.Interop.Tests.Interventions;

/// <summary>
/// Decision 0235: the `tiers` readers size their columns and id tables from the file's length and its first rows
/// instead of growing them, and the screening reader shares the proficiency file's student ids. None of that may change
/// what is read: the id table numbers ids as before however it is sized, the proficiency file is read as the row reader
/// reads it whatever its order, size or estimate, and the screening results are the same with or without the shared ids.
/// </summary>
public sealed class ColumnarReadSizingTests
{
    private const string Header = "student_id,target_id,method,score,level,status,evidence_used,evidence_excluded";

    /// <summary>Ids of every length up to 21 bytes, sharing long prefixes (15 and 16 bytes that differ only in the last), student-like ids of 8 bytes, and non-ASCII.</summary>
    private static readonly Gen<string> Id = Gen.Frequency(
        (4, Gen.Choose(0, 60).Select(i => "S" + i.ToString("D7", CultureInfo.InvariantCulture))),
        (3, from n in Gen.Choose(0, 20) from last in Gen.Elements('a', 'b') select new string('x', n) + last),
        (1, Gen.Elements("é", "ü-7", "S000000é", "xxxxxxxxxxxxxxé")));

    /// <summary>Ids where the first <paramref name="sorted"/> come in byte order (repeats side by side), as a sorted file gives them, and the rest in any order.</summary>
    private static string[] SortedFirst(string[] ids, int sorted)
    {
        int k = Math.Min(sorted, ids.Length);
        var head = ids[..k].OrderBy(id => Encoding.UTF8.GetBytes(id), Comparer<byte[]>.Create((a, b) => a.AsSpan().SequenceCompareTo(b)));
        return [.. head, .. ids[k..]];
    }

    [Fact] // Decision 0235: sized up front or reserved on the way, in byte order (nothing placed) until the order breaks, or in any order.
    public void Ids_are_numbered_in_order_of_first_appearance_however_the_table_is_sized() =>
        Prop.ForAll((from ids in Id.ArrayOf() from sorted in Gen.Frequency((1, Gen.Constant(0)), (1, Gen.Choose(0, 60)), (1, Gen.Constant(int.MaxValue)))
                     from reserveAt in Gen.Choose(0, 40) from room in Gen.Choose(0, 3000)
                     select (ids: SortedFirst(ids, sorted), reserveAt, room)).ToArbitrary(), input =>
        {
            var expected = new Dictionary<string, int>(StringComparer.Ordinal);
            var grown = new IdTable();
            var sized = new IdTable(input.room, input.room * 3L);
            for (int i = 0; i < input.ids.Length; i++)
            {
                if (i == input.reserveAt) grown.Reserve(grown.Count + input.room, grown.Bytes + input.room * 9L);
                var bytes = Encoding.UTF8.GetBytes(input.ids[i]);
                expected.TryAdd(input.ids[i], expected.Count);
                int number = expected[input.ids[i]];
                Assert.Equal(number, grown.Index(bytes));
                Assert.Equal(number, sized.Index(bytes, IdTable.Hash(bytes)));
            }
            Assert.Equal(expected.Count, grown.Count);
            Assert.Equal(expected.Count, sized.Count);
            foreach (var (id, number) in expected) Assert.Equal(id, Encoding.UTF8.GetString(grown[number]));
            Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), grown.InOrder().Select(i => Encoding.UTF8.GetString(grown[i])));

            // Another reader's table merged in (its stored hashes reused): each of its ids maps to the same id.
            var other = new IdTable();
            foreach (var id in input.ids.Reverse().Append("only-in-the-other-table")) other.Index(Encoding.UTF8.GetBytes(id));
            var map = other.NumbersIn(sized);
            for (int i = 0; i < other.Count; i++) Assert.True(other[i].SequenceEqual(sized[map[i]]));
            Assert.Equal(expected.Count + 1, sized.Count);
        }).Check(maxTest: 300);

    /// <summary>A plain proficiency file: every pair of <paramref name="students"/> and <paramref name="targets"/> but every seventh, in the order asked.</summary>
    private static string ProficiencyFile(int students, int targets, string order, int seed, Func<int, string>? level = null)
    {
        var pairs = new List<(int Student, int Target)>();
        for (int s = 0; s < students; s++)
            for (int t = 0; t < targets; t++)
                if ((s * targets + t) % 7 != 3) pairs.Add((s, t));
        if (order == "target") pairs = [.. pairs.OrderBy(p => p.Target).ThenBy(p => p.Student)];
        if (order == "shuffled") pairs = [.. pairs.OrderBy(p => (p.Student * 7919 + p.Target * 104729 + seed) % 65521)];
        var text = new StringBuilder(Header).Append('\n');
        for (int i = 0; i < pairs.Count; i++)
        {
            var (s, t) = pairs[i];
            int h = (s + t + seed) % 10;
            string lvl = level?.Invoke(i) ?? "Target content";
            text.Append(CultureInfo.InvariantCulture, $"S{s:D7},6.RP.A.{t},mean,")
                .Append(h == 9 ? $",{lvl},insufficient_evidence,0,0\n" : $"{(h / 2.0).ToString(CultureInfo.InvariantCulture)},{lvl},scored,{h},0\n");
        }
        return text.ToString();
    }

    /// <summary>The file read by the columnar reader must hold, row for row, what the row reader reads.</summary>
    private static void ReadAsTheRowReaderReadsIt(string text) => ReadAsTheRowReaderReadsIt(text, bytes => new MemoryStream(bytes));

    /// <summary>
    /// As <see cref="ReadAsTheRowReaderReadsIt(string)"/>, from a file on disk: a file (not a memory stream) of 16 MB or
    /// more is read in two stretches on a machine of two cores or more, each reader writing into its place in the
    /// shared columns (decision 0255).
    /// </summary>
    private static void ReadFromDiskAsTheRowReaderReadsIt(string text)
    {
        string path = Path.Combine(Path.GetTempPath(), $"mathplc-0255-{Guid.NewGuid():N}.csv");
        try
        {
            File.WriteAllText(path, text);
            ReadAsTheRowReaderReadsIt(text, _ => new FileStream(path, FileMode.Open, FileAccess.Read));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void ReadAsTheRowReaderReadsIt(string text, Func<byte[], Stream> open)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        TierScoreTable? table;
        using (var stream = open(bytes)) table = ColumnarProficiencyCsv.TryRead(stream);
        Assert.NotNull(table);
        var rows = ProficiencyCsv.Read(new MemoryStream(bytes), "proficiency.csv").GetValueOrThrow();
        Assert.Equal(rows.Length, table.Count);
        var students = table.Students.Span;
        var targets = table.Targets.Span;
        for (int i = 0; i < rows.Length; i++)
        {
            Assert.Equal(rows[i].StudentId, students[table.StudentOf.Span[i]]);
            Assert.Equal(rows[i].TargetId, targets[table.TargetOf.Span[i]]);
            Assert.Equal(rows[i].Score ?? double.NaN, table.Scores.Span[i]);
        }
        Assert.Equal(rows.Select(r => r.StudentId).Distinct().Count(), students.Length);
        Assert.Equal(rows.Select(r => r.TargetId).Distinct().Count(), targets.Length);
    }

    [Fact]
    public void A_plain_file_in_any_order_is_read_as_the_row_reader_reads_it() =>
        Prop.ForAll((from students in Gen.Choose(1, 2500) from targets in Gen.Choose(1, 6) from order in Gen.Elements("student", "target", "shuffled") from seed in Gen.Choose(0, 1000)
                     select (students, targets, order, seed)).ToArbitrary(), input =>
            ReadAsTheRowReaderReadsIt(ProficiencyFile(input.students, input.targets, input.order, input.seed))).Check(maxTest: 40);

    [Fact] // The first megabyte's lines are long, the rest short: the estimate of the rows falls far short, and the columns grow.
    public void A_file_whose_first_lines_mislead_the_estimate_is_read_whole() =>
        ReadAsTheRowReaderReadsIt(ProficiencyFile(30_000, 5, "student", 1, i => i < 5_000 ? new string('L', 300) : "B"));

    [Fact] // Two stretches, each sizing its student table from its first rows, merged into the first reader's table and columns.
    public void A_file_of_two_stretches_with_students_in_order_is_read_as_the_row_reader_reads_it() =>
        ReadAsTheRowReaderReadsIt(ProficiencyFile(110_000, 5, "student", 2));

    [Fact] // Decision 0255: two readers of a file on disk, each in its place in the shared columns; the second's rows moved down behind the first's.
    public void A_file_on_disk_of_two_stretches_is_read_into_one_set_of_columns_as_the_row_reader_reads_it() =>
        ReadFromDiskAsTheRowReaderReadsIt(ProficiencyFile(80_000, 5, "student", 3));

    [Fact] // Decision 0255: the second stretch's lines are shorter, so it holds more rows than its place: those are kept apart, then all copied once.
    public void A_file_on_disk_whose_second_stretch_outgrows_its_place_is_read_whole() =>
        ReadFromDiskAsTheRowReaderReadsIt(ProficiencyFile(90_000, 5, "student", 4, i => i < 170_000 ? new string('L', 40) : "B"));

    [Fact] // Decision 0255: the first megabyte's long lines make the estimate fall short for both stretches; students out of order.
    public void A_file_on_disk_whose_stretches_both_outgrow_their_places_is_read_whole() =>
        ReadFromDiskAsTheRowReaderReadsIt(ProficiencyFile(90_000, 5, "shuffled", 5, i => i < 5_000 ? new string('L', 300) : "B"));

    /// <summary>Plain screening lines for the students given, with a percentile each.</summary>
    private static MemoryStream ScreeningFile(IEnumerable<int> students) =>
        new(Encoding.UTF8.GetBytes("student_id,percentile\n" + string.Concat(students.Select(s => $"S{s:D7},{s % 101}\n"))));

    [Fact]
    public void Screening_results_are_the_same_with_the_proficiency_files_students_and_share_them_when_in_order() =>
        Prop.ForAll((from screened in Gen.Choose(0, 300).ArrayOf() from known in Gen.Choose(0, 300).ArrayOf() from sorted in Gen.Elements(true, false)
                     select (screened, known, sorted)).ToArbitrary(), input =>
        {
            var screened = input.screened.Distinct().OrderBy(s => input.sorted ? s : (s * 37) % 301).ToArray();
            var known = input.known.Distinct().OrderBy(s => input.sorted ? s : (s * 53) % 301).Select(s => new StudentId($"S{s:D7}")).ToArray();
            var alone = ColumnarScreeningCsv.TryRead(ScreeningFile(screened));
            var shared = ColumnarScreeningCsv.TryReadTable(ScreeningFile(screened), known);
            Assert.NotNull(alone);
            Assert.NotNull(shared);
            Assert.Equal(alone.Value.ToArray(), shared.ToArray());
            Assert.Equal(alone.Value.Select(r => r.Percentile), shared.Percentiles.ToArray());
            if (input.sorted)
                foreach (var id in shared.Students.ToArray())
                    if (Array.IndexOf(known, id) is int at and >= 0) Assert.Same(known[at].Value, id.Value);
        }).Check(maxTest: 200);

    [Theory] // A second result is refused (null, so the row reader names its line) whether the file is in id order or not.
    [InlineData(new[] { 1, 2, 3, 2 })]
    [InlineData(new[] { 3, 1, 2, 1 })]
    [InlineData(new[] { 1, 1 })]
    public void A_student_screened_twice_is_not_vouched_for_with_or_without_known_students(int[] students)
    {
        Assert.Null(ColumnarScreeningCsv.TryRead(ScreeningFile(students)));
        Assert.Null(ColumnarScreeningCsv.TryReadTable(ScreeningFile(students), new[] { new StudentId("S0000001"), new StudentId("S0000002") }));
    }

    [Fact] // Each stretch in id order on its own, but the second starts again from the first's students: the check across stretches refuses it.
    public void A_student_screened_twice_in_two_stretches_each_in_order_is_not_vouched_for()
    {
        using var folder = new TemporaryFolder();
        const int half = 800_000;   // lines of 11 bytes, about 9 MB a half: two stretches, split just after the middle line
        var text = new StringBuilder("student_id,percentile\n");
        for (int s = 0; s < half; s++) text.Append(CultureInfo.InvariantCulture, $"S{s:D7},{s % 10}\n");
        text.Append("S9999999,5\n");   // the middle line: the first stretch ends in id order
        for (int s = 0; s < half; s++) text.Append(CultureInfo.InvariantCulture, $"S{s:D7},{s % 10}\n");
        using var file = File.OpenRead(folder.Write("screening.csv", text.ToString()));
        Assert.Null(ColumnarScreeningCsv.TryRead(file));
    }

    [Fact] // Two stretches in id order, merged into the first reader's columns in file order.
    public void A_screening_file_of_two_stretches_is_read_whole_in_file_order()
    {
        using var folder = new TemporaryFolder();
        const int count = 1_700_000;   // lines of 11 bytes: two stretches
        var text = new StringBuilder("student_id,percentile\n");
        for (int s = 0; s < count; s++) text.Append(CultureInfo.InvariantCulture, $"S{s:D7},{s % 10}\n");
        using var file = File.OpenRead(folder.Write("screening.csv", text.ToString()));
        var table = ColumnarScreeningCsv.TryReadTable(file, ReadOnlyMemory<StudentId>.Empty);
        Assert.NotNull(table);
        Assert.Equal(count, table.Count);
        for (int s = 0; s < count; s += 997)
        {
            Assert.Equal(new StudentId($"S{s:D7}"), table.Students.Span[s]);
            Assert.Equal(s % 10, table.Percentiles.Span[s]);
        }
    }

    [Fact]
    public void Guards()
    {
        Assert.Throws<ArgumentNullException>("stream", () => ColumnarScreeningCsv.TryReadTable(null!, ReadOnlyMemory<StudentId>.Empty));
        Assert.Throws<ArgumentException>("stream", () => ColumnarScreeningCsv.TryReadTable(new UnseekableStream(), ReadOnlyMemory<StudentId>.Empty));
    }

    private sealed class UnseekableStream : MemoryStream
    {
        public override bool CanSeek => false;
    }
}
