using FsCheck;
using FsCheck.Fluent;
using MathPlc.Core;
using MathPlc.Interventions;
using MathPlc.Tests;

namespace MathPlc.Interventions.Tests;

/// <summary>Intervention groups: by first unmet target, sizes and capacity, properties and guards.</summary>
public sealed class GroupingTests
{
    private static readonly TargetId A = new("6.RP.A.1"), B = new("6.RP.A.2");

    private static TierDecision D(string id, Tier tier, params TargetId[] unmet) =>
        new(new StudentId(id), tier, false, unmet, null, [new Reason("test", "test")]);

    private static TierDecision Ext(string id) => new(new StudentId(id), Tier.Core, true, [], null, [new Reason("test", "test")]);

    [Fact] // Reference §1.2: a target with m students gets ⌈m / 5⌉ groups, dealt round-robin: 7 → 4 and 3.
    public void Seven_students_on_one_target_make_two_balanced_groups()
    {
        var result = Grouping.Form(Enumerable.Range(1, 7).Select(i => D($"s{i}", Tier.Tier2, A)), GroupingRules.Default);
        Assert.Equal([4, 3], result.Groups.Select(g => g.Students.Length).ToArray());
        Assert.Equal(["s1", "s3", "s5", "s7"], result.Groups[0].Students.Select(s => s.Value).ToArray());
        Assert.Equal("tier2-6.RP.A.1-1", result.Groups[0].Id);
        Assert.Empty(result.Unplaced);
    }

    [Fact] // Taking Action: group by the first unmet target in prerequisite order.
    public void A_student_missing_several_targets_goes_to_the_first_in_progression_order()
    {
        var order = new TargetOrder([B, A]);
        var result = Grouping.Form([D("s1", Tier.Tier2, A, B), D("s2", Tier.Tier2, B), D("s3", Tier.Tier2, B)], GroupingRules.Default, order);
        var group = Assert.Single(result.Groups);
        Assert.Equal(B, group.Target);
        Assert.Equal(3, group.Students.Length);
    }

    [Fact]
    public void Too_few_students_for_a_group_are_listed_with_the_reason()
    {
        var result = Grouping.Form([D("s1", Tier.Tier2, A), D("s2", Tier.Tier2, A)], GroupingRules.Default);
        Assert.Empty(result.Groups);
        Assert.All(result.Unplaced, u => Assert.Equal("too-few-for-group", u.Reason.Code));
        Assert.Equal(2, result.Unplaced.Length);
    }

    [Fact] // 5 students, groups of 3–4: one group of 4, one student left (two groups would hold 3 and 2).
    public void Students_that_cannot_be_grouped_within_the_range_are_listed()
    {
        var rules = new GroupingRules(tier2: new GroupSize(3, 4));
        var result = Grouping.Form(Enumerable.Range(1, 5).Select(i => D($"s{i}", Tier.Tier2, A)), rules);
        Assert.Equal(4, Assert.Single(result.Groups).Students.Length);
        Assert.Equal("group-size-range", Assert.Single(result.Unplaced).Reason.Code);
    }

    [Fact] // Capacity: two adults in one block; Tier 3 is placed first, then Tier 2.
    public void Capacity_places_Tier_3_first_and_lists_the_rest_as_over_capacity()
    {
        var decisions = new[] { D("t1", Tier.Tier3, A), D("t2", Tier.Tier3, B) }
            .Concat(Enumerable.Range(1, 4).Select(i => D($"s{i}", Tier.Tier2, A)));
        var result = Grouping.Form(decisions, new GroupingRules(adults: 2));
        Assert.All(result.Groups, g => Assert.Equal(GroupKind.Tier3, g.Kind));
        Assert.Equal(4, result.Unplaced.Count(u => u.Reason.Code == "over-capacity"));
    }

    [Fact]
    public void Extension_students_are_grouped_last()
    {
        var result = Grouping.Form([Ext("e1"), Ext("e2"), Ext("e3"), D("s1", Tier.Tier3)], GroupingRules.Default);
        Assert.Equal([GroupKind.Tier3, GroupKind.Extension], result.Groups.Select(g => g.Kind).ToArray());
        Assert.Null(result.Groups[0].Target);
        Assert.Equal("no-unmet-target", result.Groups[0].Reason.Code);
    }

    private static readonly Gen<TierDecision[]> Decisions =
        from n in Gen.Choose(0, 40)
        from kinds in Gen.Choose(0, 5).ArrayOf(n)
        select kinds.Select((k, i) => k switch
        {
            0 => Ext($"s{i:D2}"),
            1 => D($"s{i:D2}", Tier.Core),
            2 => D($"s{i:D2}", Tier.Tier2, A),
            3 => D($"s{i:D2}", Tier.Tier2, B, A),
            4 => D($"s{i:D2}", Tier.Tier3, B),
            _ => D($"s{i:D2}", Tier.Tier3),
        }).ToArray();

    private static readonly Gen<GroupingRules> Rules =
        from min in Gen.Choose(1, 4)
        from extra in Gen.Choose(0, 3)
        from adults in Gen.Choose(0, 6)
        select new GroupingRules(tier2: new GroupSize(min, min + extra), tier3: new GroupSize(1, 1 + extra), adults: adults == 0 ? null : adults);

    [Fact]
    public void Groups_respect_size_and_capacity_and_hold_only_students_who_need_that_target() =>
        Prop.ForAll(Decisions.ToArbitrary(), Rules.ToArbitrary(), (decisions, rules) =>
        {
            var result = Grouping.Form(decisions, rules);
            var byId = decisions.ToDictionary(d => d.StudentId);
            if (rules.MaxGroups is { } max) Assert.True(result.Groups.Length <= max);
            foreach (var g in result.Groups)
            {
                var size = rules.SizeOf(g.Kind);
                Assert.InRange(g.Students.Length, size.Minimum, size.Maximum);
                foreach (var s in g.Students)
                {
                    var d = byId[s];
                    if (g.Target is { } t) Assert.Equal(t, d.UnmetTargets.OrderBy(u => u.Value, StringComparer.Ordinal).First()); // the first in id order
                    Assert.Equal(g.Kind == GroupKind.Extension, d.Extension);
                }
            }
            var sameBucket = result.Groups.GroupBy(g => (g.Kind, g.Target));
            Assert.All(sameBucket, b => Assert.True(b.Max(g => g.Students.Length) - b.Min(g => g.Students.Length) <= 1));
            var placed = result.Groups.SelectMany(g => g.Students).Concat(result.Unplaced.Select(u => u.StudentId)).ToList();
            Assert.Equal(placed.Count, placed.Distinct().Count());
            Assert.Equal(decisions.Count(d => d.Tier != Tier.Core || d.Extension), placed.Count);
        }).Check();

    [Fact]
    public void Guards_name_their_parameter()
    {
        Assert.Throws<ArgumentException>("maximum", () => new GroupSize(4, 3));
        Assert.Throws<ArgumentOutOfRangeException>("minimum", () => new GroupSize(0, 3));
        Assert.Throws<ArgumentOutOfRangeException>("blocks", () => new GroupingRules(blocks: 0));
        Assert.Throws<ArgumentOutOfRangeException>("adults", () => new GroupingRules(adults: 0));
        Assert.Throws<ArgumentOutOfRangeException>("groupsPerBlock", () => new GroupingRules(groupsPerBlock: 0));
        Assert.Throws<ArgumentException>("decisions", () => Grouping.Form([D("s1", Tier.Tier2, A), D("s1", Tier.Tier2, A)], GroupingRules.Default));
        Assert.Throws<ArgumentNullException>("decisions", () => Grouping.Form(null!, GroupingRules.Default));
        Assert.Throws<ArgumentNullException>("rules", () => Grouping.Form([], null!));
        Assert.Throws<ArgumentException>("extension", () => new TierDecision(new StudentId("s"), Tier.Tier2, true, [], null, [new Reason("x", "x")]));
    }
}
