using FsCheck;
using FsCheck.Fluent;
using MathPlc.Core;
using MathPlc.Standards;
using MathPlc.Tests;

namespace MathPlc.Standards.Tests;

public class TopologicalOrderProperties
{
    // A random acyclic progression graph: item k may precede item j only when k < j in a hidden order; the items are
    // listed, and the subset asked for, in other random orders.
    private static Gen<(StandardsFramework Framework, TargetId[] Subset)> Cases =>
        from count in Gen.Choose(1, 25)
        from edges in Gen.ListOf(Gen.Choose(0, count - 1).Two())
        from listing in Gen.Shuffle(Enumerable.Range(0, count).ToArray())
        from subsetSeeds in Gen.ArrayOf(Gen.Choose(0, count - 1))
        select Build(count, [.. edges], listing, subsetSeeds);

    private static (StandardsFramework, TargetId[]) Build(int count, (int, int)[] edges, int[] listing, int[] subset)
    {
        var items = listing.Select(i => new FrameworkItem(new TargetId($"t{i}"), $"s{i}")).ToArray();
        var associations = edges.Where(e => e.Item1 != e.Item2).Select((e, n) => new FrameworkAssociation($"p{n}", AssociationTypes.Precedes,
            new FrameworkLink("", $"t{Math.Min(e.Item1, e.Item2)}", ""), new FrameworkLink("", $"t{Math.Max(e.Item1, e.Item2)}", "")));
        return (new StandardsFramework(new FrameworkDocument("doc", "T"), items, associations), [.. subset.Select(i => new TargetId($"t{i}"))]);
    }

    [Fact]
    public void Every_prerequisite_comes_first_and_every_target_once() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var order = c.Framework.TopologicalOrder(c.Subset);
            var position = order.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i);
            bool sameSet = position.Count == order.Length && position.Keys.ToHashSet().SetEquals(c.Subset);
            bool prerequisitesFirst = order.All(t => c.Framework.AllPrerequisitesOf(t).Where(position.ContainsKey).All(p => position[p] < position[t]));
            return sameSet && prerequisitesFirst;
        }).Check();

    [Fact]
    public void Targets_with_no_progression_between_them_keep_the_order_given() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var unrelated = c.Subset.Distinct().Where(t => c.Framework.AllPrerequisitesOf(t).IsEmpty && c.Framework.SuccessorsOf(t).IsEmpty).ToArray();
            var order = c.Framework.TopologicalOrder(unrelated);
            return order.SequenceEqual(unrelated);
        }).Check();

    [Fact]
    public void The_whole_order_is_a_permutation_with_prerequisites_first() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var order = c.Framework.TopologicalOrder();
            var position = order.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i);
            return order.Length == c.Framework.Items.Length && c.Framework.Progressions.All(p => position[p.From] < position[p.To]);
        }).Check();
}
