using FsCheck;
using FsCheck.Fluent;
using MathPlc.Core;
using MathPlc.Tests;

namespace MathPlc.CriticalQuestions.Tests.Cycle;

/// <summary>
/// Issue 18: <see cref="SequentialIds{T}"/>, which compares a row's id with the last one found and the next before it
/// looks it up, gives the dictionary's index for any order of queries — runs, jumps back, ids not among them.
/// </summary>
public sealed class SequentialIdsTests
{
    [Fact]
    public void The_index_is_the_dictionarys_for_any_queries() =>
        Prop.ForAll(Gen.Choose(0, 12).ToArbitrary(), Gen.ArrayOf(Gen.Choose(0, 15)).ToArbitrary(), (n, queries) =>
        {
            var ids = Enumerable.Range(0, n).Select(i => new StudentId($"S{i}")).ToArray();
            var index = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
            var sequential = new SequentialIds<StudentId>(ids);
            var runs = queries.Concat(Enumerable.Range(0, n)).Concat(Enumerable.Range(0, n).SelectMany(i => new[] { i, i, i }));
            foreach (int q in runs)
            {
                var id = new StudentId($"S{q}");
                Assert.Equal(index.TryGetValue(id, out int at) ? at : -1, sequential.IndexOf(id));
            }
        }).Check(300);

    [Fact]
    public void An_id_listed_twice_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>("ids", () => new SequentialIds<TargetId>([new("a"), new("b"), new("a")]));
        Assert.Contains("The id a is listed twice (at 0 and 2)", ex.Message, StringComparison.Ordinal);
    }
}
