using FsCheck.Fluent;
using MathPlc.Core;
using MathPlc.Tests;

namespace MathPlc.Core.Tests.Diagnostics;

public sealed class ReadResultTests
{
    private static readonly DataDiagnostic BadScore = new("bad-number", "the score is not a number", "scores.csv", Line: 3, Field: "score", Value: "abc");
    private static readonly DataDiagnostic Skipped = new("deleted-row", "2 rows marked tobedeleted were skipped", "users.csv", Line: 7);

    [Fact]
    public void Without_problems_the_value_is_given_and_notes_do_not_stand_in_the_way()
    {
        var read = new ReadResult<string>("roster", [], [Skipped]);
        Assert.False(read.HasErrors);
        Assert.Equal("roster", read.GetValueOrThrow());
        Assert.Equal([Skipped], read.Notes);
    }

    [Fact]
    public void With_problems_the_partial_value_stays_readable_and_GetValueOrThrow_carries_every_problem()
    {
        var second = BadScore with { Line = 9 };
        var read = new ReadResult<string>("partial", [BadScore, second], []);
        Assert.True(read.HasErrors);
        Assert.Equal("partial", read.Value);
        var e = Assert.Throws<DataFileException>(() => read.GetValueOrThrow());
        Assert.Equal(new[] { BadScore, second }, e.Diagnostics.AsEnumerable());
    }

    [Fact]
    public void Results_compare_equal_by_content() =>
        Assert.Equal(new ReadResult<string>("v", [BadScore], [Skipped]), new ReadResult<string>("v", [BadScore with { }], [Skipped with { }]));

    [Fact]
    public void A_null_value_is_refused() =>
        Assert.Throws<ArgumentNullException>("value", () => new ReadResult<string>(null!, [], []));

    [Fact]
    public void Null_lists_are_refused() =>
        Assert.Multiple(
            () => Assert.Throws<ArgumentNullException>("problems", () => new ReadResult<string>("v", null!, [])),
            () => Assert.Throws<ArgumentNullException>("notes", () => new ReadResult<string>("v", [], null!)));

    [Fact]
    public void A_null_problem_or_note_is_refused() =>
        Assert.Multiple(
            () => Assert.Throws<ArgumentException>("problems", () => new ReadResult<string>("v", [BadScore, null!], [])),
            () => Assert.Throws<ArgumentException>("notes", () => new ReadResult<string>("v", [], [null!])));

    [Fact]
    public void GetValueOrThrow_throws_exactly_when_there_are_problems_and_never_for_notes() =>
        Prop.ForAll(Gen.Choose(0, 4).Two().ToArbitrary(), counts =>
        {
            var read = new ReadResult<int[]>([counts.Item1], Enumerable.Repeat(BadScore, counts.Item1), Enumerable.Repeat(Skipped, counts.Item2));
            bool threw;
            try
            {
                threw = !ReferenceEquals(read.GetValueOrThrow(), read.Value);
            }
            catch (DataFileException e)
            {
                threw = e.Diagnostics.Length == counts.Item1;
            }
            return threw == (counts.Item1 > 0) && read.HasErrors == (counts.Item1 > 0) && read.Notes.Count == counts.Item2;
        }).Check();
}
