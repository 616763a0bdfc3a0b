using System.Text;
using FsCheck;
using FsCheck.Fluent;
using MathPlc.Interop.Csv;
using MathPlc.Interop.UnitCycle;
using MathPlc.Tests;

namespace MathPlc.Interop.Tests.UnitCycle;

/// <summary>
/// Issue 18 (decision 0185): <see cref="ItemScoreCsv.Read"/> reads a plain file by the shared plain scan and anything
/// else by the row reader. Whatever the file, the result — every row with its line, value or problems — is the row
/// reader's.
/// </summary>
public class ItemScoreScanTests
{
    // Mostly plain lines; now and then something the scan must not vouch for: quotes, spaces to trim, an empty id or
    // score, a negative or non-numeric score, an exponent, a blank line, a missing field, a repeated student and item.
    private static readonly Gen<string> Lines =
        from student in Gen.Frequency((20, Gen.Elements("s1", "s2", "s3", "stu-4", "S5")), (1, Gen.Elements("", " s1", "\"s2\"", "s 6")))
        from item in Gen.Frequency((20, Gen.Elements("q1", "q2", "q3")), (1, Gen.Elements("", "q1 ", "q\"4")))
        from score in Gen.Frequency((20, Gen.Elements("0", "1", "2.5", "0.125", "", "3")), (1, Gen.Elements("-1", "x", "1e1", "NaN", "-0", " 2", "1,5")))
        from shape in Gen.Frequency((30, Gen.Constant(0)), (1, Gen.Constant(1)), (1, Gen.Constant(2)))
        select shape switch { 1 => "", 2 => $"{student},{item}", _ => $"{student},{item},{score}" };

    private static readonly Gen<string> Headers = Gen.Elements("student_id,item_id,score", "item_id,student_id,score", "Student_ID,item_id,score", "student_id,item_id,score,max_score");

    private static string File(string header, IEnumerable<string> lines) =>
        header + "\n" + string.Concat(lines.Select(l => header.EndsWith("max_score", StringComparison.Ordinal) && l.Count(c => c == ',') == 2 ? l + ",4\n" : l + "\n"));

    [Fact]
    public void The_scan_or_the_fallback_gives_the_row_readers_rows_lines_and_problems() =>
        Prop.ForAll(Headers.ToArbitrary(), Lines.NonEmptyListOf().ToArbitrary(), (header, lines) =>
        {
            var bytes = Encoding.UTF8.GetBytes(File(header, lines));
            SameRead.Assert(ItemScoreCsv.ReadRows(new MemoryStream(bytes), "scores.csv"), ItemScoreCsv.Read(new MemoryStream(bytes), "scores.csv"));
        }).Check(300);

    [Fact]
    public void A_plain_file_is_read_by_the_scan_with_each_rows_line()
    {
        var bytes = Encoding.UTF8.GetBytes("\uFEFFstudent_id,item_id,score\r\ns1,q1,1\r\ns1,q2,\r\ns2,q1,0.5\r\n");
        var scanned = ItemScoreCsv.TryScan(new MemoryStream(bytes), "scores.csv");
        Assert.NotNull(scanned);
        Assert.Equal([2, 3, 4], scanned.Rows.Select(r => r.Line));
        Assert.Equal([1.0, null, 0.5], scanned.Value.Select(r => r.Score));
        SameRead.Assert(ItemScoreCsv.ReadRows(new MemoryStream(bytes), "scores.csv"), scanned);
    }

    [Theory]
    [InlineData("s1,q1,1\ns1,q1,2\n")]   // a second score on an item: the row reader names the line
    [InlineData("s1,q1,-1\n")]
    [InlineData("s1,,1\n")]
    [InlineData("\"s1\",q1,1\n")]
    public void The_scan_does_not_vouch_for_a_file_with_a_doubt(string lines) =>
        Assert.Null(ItemScoreCsv.TryScan(new MemoryStream(Encoding.UTF8.GetBytes("student_id,item_id,score\n" + lines)), "scores.csv"));

    [Fact]
    public void A_file_read_in_several_stretches_keeps_every_rows_line_and_first_id_order()
    {
        // Over 16 MB, so a 2-core machine reads it in two stretches on two threads.
        string path = Path.Combine(Path.GetTempPath(), $"mathplc-item-scores-{Guid.NewGuid():N}.csv");
        try
        {
            using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
            {
                writer.Write("student_id,item_id,score\n");
                for (int s = 0; s < 90_000; s++)
                    for (int q = 1; q <= 12; q++)
                        writer.Write($"student-{s:000000},item-{q:00},{(s + q) % 5 * 0.5}\n");
            }
            using var scanStream = System.IO.File.OpenRead(path);
            var scanned = ItemScoreCsv.TryScan(scanStream, path);
            Assert.NotNull(scanned);
            using var rowStream = System.IO.File.OpenRead(path);
            SameRead.Assert(ItemScoreCsv.ReadRows(rowStream, path), scanned);
        }
        finally { System.IO.File.Delete(path); }
    }
}
