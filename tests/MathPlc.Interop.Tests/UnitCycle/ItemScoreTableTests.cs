using System.Text;
using FsCheck;
using FsCheck.Fluent;
using MathPlc.Core;
using MathPlc.CriticalQuestions;
using MathPlc.Interop.UnitCycle;
using MathPlc.Tests;

namespace MathPlc.Interop.Tests.UnitCycle;

/// <summary>
/// Issue 18 (decision 0230): a cycle's input from an item-score file kept as columns
/// (<see cref="ItemScoreCsv.ReadTable"/>, <see cref="CycleInputs.FromFiles(CycleUnitFile, ItemScoreTable, Roster?)"/>)
/// is the input, or the problems with their lines, that the row reader's result gives.
/// </summary>
public class ItemScoreTableTests
{
    private static readonly UnitCycleInput Sample = SampleTeam.Default.Input;
    private static readonly CycleUnitFile Unit = CycleInputs.ToUnitFile(Sample);

    // The sample's students and items, now and then one the roster or blueprint lacks, a score above an item's points,
    // and now and then something the scan does not vouch for (quotes, spaces, an empty id, a bad score, a blank line).
    private static readonly Gen<string> Lines =
        from student in Gen.Frequency((30, Gen.Elements("S0001", "S0002", "S0003", "S0004")), (2, Gen.Elements("S9999", "s0001")), (1, Gen.Elements("", " S0001", "\"S0002\"")))
        from item in Gen.Frequency((30, Gen.Elements("Q01", "Q02", "Q03", "Q04", "Q05")), (2, Gen.Elements("Q99", "q01")), (1, Gen.Elements("", "Q01 ")))
        from score in Gen.Frequency((30, Gen.Elements("0", "1", "2", "0.5", "")), (2, Gen.Elements("99", "4.5", "-0")), (1, Gen.Elements("-1", "x", "1e1", "NaN")))
        from shape in Gen.Frequency((40, Gen.Constant(0)), (1, Gen.Constant(1)), (1, Gen.Constant(2)))
        select shape switch { 1 => "", 2 => $"{student},{item}", _ => $"{student},{item},{score}" };

    private static readonly Gen<bool> WithRoster = Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)));

    private static MemoryStream Stream(IEnumerable<string> lines) =>
        new(Encoding.UTF8.GetBytes("student_id,item_id,score\n" + string.Concat(lines.Select(l => l + "\n"))));

    // The input, or the problems it was refused with.
    private static (UnitCycleInput? Input, ValueArray<DataDiagnostic> Problems) Outcome(Func<UnitCycleInput> make)
    {
        try
        {
            return (make(), []);
        }
        catch (DataFileException e)
        {
            return (null, [.. e.Diagnostics]);
        }
    }

    [Fact]
    public void The_input_from_the_columns_is_the_input_from_the_row_readers_rows_or_the_same_problems() =>
        Prop.ForAll(Lines.NonEmptyListOf().ToArbitrary(), WithRoster.ToArbitrary(), (lines, withRoster) =>
        {
            var roster = withRoster ? Sample.Roster : null;
            var expected = Outcome(() => CycleInputs.FromFiles(Unit, ItemScoreCsv.ReadRows(Stream(lines), "scores.csv"), roster));
            var table = ItemScoreCsv.ReadTable(Stream(lines), "scores.csv");
            var actual = Outcome(() => CycleInputs.FromFiles(Unit, table, roster));
            Assert.Equal(expected.Problems, actual.Problems);
            Assert.Equal(expected.Input, actual.Input);
            SameRead.Assert(ItemScoreCsv.ReadRows(Stream(lines), "scores.csv"), table.ToReadResult());
        }).Check(300);

    [Fact]
    public void A_plain_file_is_kept_as_columns_and_a_doubtful_one_as_the_row_readers_rows()
    {
        Assert.NotNull(ItemScoreCsv.ReadTable(Stream(["S0001,Q01,1", "S0001,Q02,"]), "scores.csv").Columns);
        var doubtful = ItemScoreCsv.ReadTable(Stream(["S0001,Q01,1", "S0001,Q01,2"]), "scores.csv");
        Assert.Null(doubtful.Columns);
        Assert.Equal("duplicate-score", Assert.Single(doubtful.ToReadResult().Problems).Code);
        Assert.Equal(3, Assert.Single(doubtful.ToReadResult().Problems).Line);
    }

    [Theory]
    [InlineData(40, 40)]     // dense: a bit per student and item
    [InlineData(400, 400)]   // sparse (400 × 400 pairs for 402 rows): a set
    public void A_students_second_score_on_an_item_is_found_whether_pairs_are_bits_or_a_set(int students, int items)
    {
        var lines = Enumerable.Range(0, Math.Max(students, items)).Select(i => $"s{i % students},q{i % items},1").ToList();
        Assert.NotNull(ItemScoreCsv.ScanColumns(Stream(lines)));
        lines.Add($"s{students - 1},q{(students - 1) % items},0");   // the last student's score on the same item again
        lines.Add("s0,q1,1");
        Assert.Null(ItemScoreCsv.ScanColumns(Stream(lines)));
        Assert.Equal("duplicate-score", Assert.Single(ItemScoreCsv.Read(Stream(lines), "scores.csv").Problems).Code);
    }

    [Fact]
    public void Columns_become_the_item_scores_of_their_rows()
    {
        const int rows = 30_000;
        var random = new Random(18);
        string[] students = [.. Enumerable.Range(0, 5_000).Select(s => $"s{s}")];
        string[] items = [.. Enumerable.Range(0, 60).Select(i => $"q{i}")];
        var columns = new ItemScoreColumns([.. students.Select(s => new StudentId(s))], [.. items.Select(i => new ItemId(i))],
            [.. Enumerable.Range(0, rows).Select(r => r / 60)], [.. Enumerable.Range(0, rows).Select(r => r % 60)],
            [.. Enumerable.Range(0, rows).Select(_ => random.Next(-1, 4) * 0.5)]);
        var scores = columns.ToItemScores();
        Assert.Equal(rows, scores.Length);
        for (int r = 0; r < rows; r++)
        {
            Assert.Equal(students[r / 60], scores[r].Student.Value);
            Assert.Equal(items[r % 60], scores[r].Item.Value);
            Assert.Equal(columns.Score[r] < 0 ? null : columns.Score[r], scores[r].Score);
        }
        Assert.Equal(columns.ToReadResult("f").Value.Select(l => l.ToItemScore()), scores);
    }

    [Fact]
    public void Guards_name_their_parameter()
    {
        Assert.Throws<ArgumentNullException>("stream", () => ItemScoreCsv.ReadTable(null!, "f"));
        Assert.Throws<ArgumentNullException>("fileName", () => ItemScoreCsv.ReadTable(new MemoryStream(), null!));
        var table = ItemScoreCsv.ReadTable(Stream(["S0001,Q01,1"]), "f");
        Assert.Throws<ArgumentNullException>("unit", () => CycleInputs.FromFiles(null!, table));
        Assert.Throws<ArgumentNullException>("scores", () => CycleInputs.FromFiles(Unit, (ItemScoreTable)null!));
    }
}
