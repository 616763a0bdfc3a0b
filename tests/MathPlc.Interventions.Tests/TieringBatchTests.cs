using FsCheck;
using FsCheck.Fluent;
using MathPlc.Core;
using MathPlc.Interventions;
using MathPlc.Tests;

namespace MathPlc.Interventions.Tests;

/// <summary>
/// Tier decisions in columns (issue 18, decision 0215): <see cref="Tiering.DecideAll"/> decides what the object form
/// decides, student for student, column for column; decisions survive the trip into columns and back; the groups formed
/// from columns are the object form's groups; and every new guard.
/// </summary>
public sealed class TieringBatchTests
{
    private static readonly TargetId[] Targets = [new("6.RP.A.1"), new("6.RP.A.2"), new("6.EE.A.1"), new("7.NS.A.1")];

    // Ids whose ordinal order is not the order a reader meets them in: upper before lower case, "S-10" before "S-2", non-ASCII last.
    private static readonly string[] Ids = ["S-1", "S-10", "S-2", "s-1", "S-1a", "é-3", "A", "Z-9", "S-3", "S-4", "S-5", "S-6", "S-7", "S-8", "S-9", "T-1"];

    private static readonly Gen<TierRules> Rules = Gen.Elements(
        TierRules.Default,
        new TierRules(proficientCut: 2.5, essentialTargets: [Targets[0], Targets[2]], farBelowCut: 1.5, tier3WhenUnmetAtLeast: 2),
        new TierRules(targetCuts: new Dictionary<TargetId, double> { [Targets[1]] = 3.5 }, tier3WhenUnmetAtLeast: null, tier2FromTargetedScreening: false),
        new TierRules(farBelowCut: 2, tier3WhenUnmetAtLeast: 1, tier3FromIntensiveScreening: false),
        new TierRules(tier3FromIntensiveScreening: false, tier2FromTargetedScreening: false));

    // Scores on the half points 0–4 (the cut 3 and the lower cuts met exactly: ties), none (NaN), and −0 beside 0.
    private static readonly Gen<double> Score = Gen.Frequency((2, Gen.Constant(double.NaN)), (1, Gen.Constant(-0.0)), (10, Gen.Choose(0, 8).Select(h => h / 2.0)));

    // Percentiles on and beside every band's cut (10, 25, 40), and anywhere.
    private static readonly Gen<double> Percentile = Gen.Frequency((2, Gen.Elements(0.0, 9.99, 10, 24.5, 25, 39.9, 40, 100)), (3, Gen.Choose(0, 100).Select(p => (double)p)));

    private static readonly Gen<Cohort> Cohorts =
        from rows in (from s in Gen.Choose(0, Ids.Length - 1) from t in Gen.Choose(0, 3) from score in Score select (s, t, score)).ArrayOf()
        from screened in (from s in Gen.Choose(0, Ids.Length - 1) from p in Percentile select (s, p)).ArrayOf()
        from nonResponders in Gen.Choose(0, Ids.Length - 1).ArrayOf()
        from rules in Rules
        from order in Gen.Shuffle(Targets).Select(t => new TargetOrder(t.Take(2)))
        from grouped in Gen.Elements(false, true)   // each student's rows together, as a district file lists them (decision 0235: decided without a matrix)
        select new Cohort([.. rows.DistinctBy(r => (r.s, r.t)).OrderBy(r => grouped ? r.s : 0)], [.. screened.DistinctBy(x => x.s)], [.. nonResponders], rules, order);

    /// <summary>Rows (student, target, score or NaN), screening results and non-responders, all as numbers into <see cref="Ids"/> and <see cref="Targets"/>.</summary>
    private sealed record Cohort((int Student, int Target, double Score)[] Rows, (int Student, double Percentile)[] Screened, int[] NonResponders, TierRules Rules, TargetOrder Order)
    {
        public bool Fits => Rules.UnknownTargets(Rows.Select(r => Targets[r.Target])).IsEmpty;

        public IEnumerable<ScreeningScore> Screening => Screened.Select(x => new ScreeningScore(new StudentId(Ids[x.Student]), x.Percentile));

        public IEnumerable<StudentId> Tier2NonResponders => NonResponders.Select(s => new StudentId(Ids[s]));

        public ImmutableArray<TierDecision> ByObjects() => Tiering.Decide(
            Rows.Select(r => new TargetScore(new StudentId(Ids[r.Student]), Targets[r.Target], double.IsNaN(r.Score) ? null : r.Score)),
            Rules, Order, Screening, Tier2NonResponders);

        /// <summary>The rows as a reader gives them: students and targets numbered in order of first appearance.</summary>
        public TierScoreTable Table()
        {
            var students = Rows.Select(r => r.Student).Distinct().ToList();
            var targets = Rows.Select(r => r.Target).Distinct().ToList();
            return new TierScoreTable([.. students.Select(s => new StudentId(Ids[s]))], [.. targets.Select(t => Targets[t])],
                [.. Rows.Select(r => students.IndexOf(r.Student))], [.. Rows.Select(r => targets.IndexOf(r.Target))], [.. Rows.Select(r => r.Score)]);
        }

        public TierDecisions ByColumns() => Tiering.DecideAll(Table(), Rules, Order, ScreeningColumns(), Tier2NonResponders);

        /// <summary>The screening in columns as a reader gives them (decision 0235), longer arrays than results and all.</summary>
        public ScreeningTable ScreeningColumns() => new(
            [.. Screened.Select(x => new StudentId(Ids[x.Student])), new StudentId("unread")], [.. Screened.Select(x => x.Percentile), 50], Screened.Length);
    }

    [Fact]
    public void The_batch_decides_what_the_object_form_decides_column_for_column() =>
        Prop.ForAll(Cohorts.ToArbitrary(), cohort =>
        {
            if (!cohort.Fits) return;
            var byObjects = cohort.ByObjects();
            var byColumns = cohort.ByColumns();
            Assert.Equal(byObjects.ToArray(), byColumns.ToDecisions().ToArray());
            var byScreeningObjects = Tiering.DecideAll(cohort.Table(), cohort.Rules, cohort.Order, cohort.Screening, cohort.Tier2NonResponders);
            Assert.Equal(byObjects.ToArray(), byScreeningObjects.ToDecisions().ToArray());
            Assert.Equal(byObjects.Length, byColumns.Count);
            for (int i = 0; i < byColumns.Count; i++)
            {
                var d = byObjects[i];
                Assert.Equal(d.StudentId, byColumns.Students[i]);
                Assert.Equal(d.Tier, byColumns.TierOf(i));
                Assert.Equal(d.Extension, byColumns.ExtensionOf(i));
                Assert.Equal(d.ScreeningBand, byColumns.ScreeningBandOf(i));
                Assert.Equal(d.UnmetTargets, byColumns.UnmetOf(i).ToArray().Select(t => byColumns.Targets[t]));
                Assert.Equal(d.Reasons, byColumns.ReasonsOf(i).ToArray().Select(r => byColumns.Reasons[r]));
            }
            var shared = byColumns.Reasons.ToArray();
            Assert.Equal(shared.Length, shared.Distinct().Count());   // each distinct reason once
        }).Check(maxTest: 400);

    [Fact]
    public void Decisions_survive_the_trip_into_columns_and_back() =>
        Prop.ForAll(Cohorts.ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), (cohort, seed) =>
        {
            if (!cohort.Fits) return;
            var shuffled = cohort.ByObjects().Select((d, i) => (d, i)).OrderBy(x => (x.i * 7919 + seed) % 101).Select(x => x.d).ToArray();
            Assert.Equal(shuffled, TierDecisions.Of(shuffled).ToDecisions().ToArray());
        }).Check(maxTest: 200);

    private static readonly Gen<GroupingRules> Sizes =
        from min in Gen.Choose(1, 4)
        from max in Gen.Choose(1, 5)
        from tier3 in Gen.Choose(1, 3)
        from adults in Gen.Frequency((2, Gen.Constant<int?>(null)), (1, Gen.Choose(1, 6).Select(a => (int?)a)))
        select new GroupingRules(tier2: new GroupSize(Math.Min(min, max), max), tier3: new GroupSize(1, tier3), extension: new GroupSize(Math.Min(min, max), max), adults: adults);

    [Fact]
    public void Groups_formed_from_columns_are_the_object_forms_groups() =>
        Prop.ForAll(Cohorts.ToArbitrary(), Sizes.ToArbitrary(), Gen.Elements(false, true).ToArbitrary(), (cohort, rules, byId) =>
        {
            if (!cohort.Fits) return;
            var order = byId ? null : cohort.Order;
            var byObjects = Grouping.Form(cohort.ByObjects(), rules, order);
            Assert.Equal(byObjects, Grouping.FormAll(cohort.ByColumns(), rules, order));
            // Students out of id order, as decisions made elsewhere may come: each bucket is sorted as the object form sorts it.
            var reversed = TierDecisions.Of(cohort.ByObjects().Reverse());
            Assert.Equal(byObjects, Grouping.FormAll(reversed, rules, order));
        }).Check(maxTest: 300);

    [Fact]
    public void A_worked_example_in_columns()
    {
        var cohort = new Cohort([(0, 0, 2.5), (0, 1, 3), (2, 0, 4), (2, 1, 3.5), (1, 0, double.NaN), (1, 1, 1)], [(3, 5)], [], TierRules.Default, TargetOrder.ById);
        var d = cohort.ByColumns();
        Assert.Equal(["S-1", "S-10", "S-2", "s-1"], d.Students.ToArray().Select(s => s.Value));
        Assert.Equal([Tier.Tier2, Tier.Tier2, Tier.Core, Tier.Tier3], Enumerable.Range(0, d.Count).Select(d.TierOf));
        Assert.Equal([Targets[0]], d.UnmetOf(0).ToArray().Select(t => d.Targets[t]));
        Assert.True(d.ExtensionOf(2));
        Assert.Equal(ScreeningBand.Intensive, d.ScreeningBandOf(3));
        Assert.Equal(["no-score", "below-cut", "tier-2"], d.ReasonsOf(1).ToArray().Select(r => d.Reasons[r].Code));
    }

    // ---- guards ----

    [Fact]
    public void A_table_that_lists_a_student_twice_is_refused()
    {
        var table = new TierScoreTable([new("S-2"), new("S-1"), new("S-2")], [Targets[0]], [0, 1, 2], [0, 0, 0], [3, 3, 3]);
        var refused = Assert.Throws<ArgumentException>("scores", () => Tiering.DecideAll(table, TierRules.Default));
        Assert.Contains("lists the student S-2 twice", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Screening_is_refused_in_the_callers_order_as_the_object_form_refuses_it()
    {
        var table = new TierScoreTable([new("S-1"), new("S-2")], [Targets[0]], [0, 1], [0, 0], [3, 3]);
        ScreeningScore Screened(string id) => new(new StudentId(id), 50);
        ScreeningScore[] twice = [Screened("S-9"), Screened("S-2"), Screened("S-1"), Screened("S-2"), Screened("S-1")];
        var byColumns = Assert.Throws<ArgumentException>("screening", () => Tiering.DecideAll(table, TierRules.Default, screening: twice));
        var byObjects = Assert.Throws<ArgumentException>("screening", () => Tiering.Decide([new TargetScore(new StudentId("S-1"), Targets[0], 3)], TierRules.Default, screening: twice));
        Assert.Equal(byObjects.Message, byColumns.Message);
        Assert.Contains("S-2 has two screening results", byColumns.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>("screening", () => Tiering.DecideAll(table, TierRules.Default, screening: [Screened("S-1"), null!, Screened("S-1")]));
        Assert.Throws<ArgumentException>("screening", () => Tiering.DecideAll(table, TierRules.Default, screening: [Screened("S-1"), Screened("S-1"), null!]));
        var inColumns = new ScreeningTable([.. twice.Select(t => t.StudentId)], [.. twice.Select(t => t.Percentile)], twice.Length);
        Assert.Equal(byObjects.Message, Assert.Throws<ArgumentException>("screening", () => Tiering.DecideAll(table, TierRules.Default, screening: inColumns)).Message);
    }

    [Fact] // Decision 0235: screening results in columns, as the screening reader gives them.
    public void A_screening_table_holds_its_first_results_as_objects_and_guards_them()
    {
        StudentId[] ids = [new("S-1"), new("S-2"), default];
        var table = new ScreeningTable(ids, [12.5, 40, double.NaN], 2);
        Assert.Equal(2, table.Count);
        Assert.Equal([new ScreeningScore(ids[0], 12.5), new ScreeningScore(ids[1], 40)], table.ToArray());
        Assert.Equal(new ScreeningScore(ids[1], 40), table[1]);
        Assert.Throws<ArgumentOutOfRangeException>("index", () => table[2]);
        Assert.Throws<ArgumentOutOfRangeException>("index", () => table[-1]);
        Assert.Empty(new ScreeningTable([], [], 0));
        Assert.Throws<ArgumentNullException>("students", () => new ScreeningTable(null!, [1], 1));
        Assert.Throws<ArgumentNullException>("percentiles", () => new ScreeningTable(ids, null!, 1));
        Assert.Throws<ArgumentOutOfRangeException>("count", () => new ScreeningTable(ids, [1], -1));
        Assert.Throws<ArgumentException>("percentiles", () => new ScreeningTable(ids, [1], 2));
        Assert.Throws<ArgumentException>("percentiles", () => new ScreeningTable([ids[0]], [1, 2], 2));
        Assert.Throws<ArgumentException>("students", () => new ScreeningTable(ids, [1, 2, 3], 3));
        Assert.Throws<ArgumentOutOfRangeException>("percentiles", () => new ScreeningTable(ids, [1, 100.5], 2));
        Assert.Throws<ArgumentOutOfRangeException>("percentiles", () => new ScreeningTable(ids, [double.NaN], 1));
    }

    [Fact]
    public void Null_arguments_and_decisions_given_twice_are_refused()
    {
        var table = new TierScoreTable([new("S-1")], [Targets[0]], [0], [0], [3]);
        Assert.Throws<ArgumentNullException>("scores", () => Tiering.DecideAll(null!, TierRules.Default));
        Assert.Throws<ArgumentNullException>("rules", () => Tiering.DecideAll(table, null!));
        Assert.Throws<ArgumentNullException>("decisions", () => TierDecisions.Of(null!));
        var one = Tiering.Decide(table, TierRules.Default)[0];
        Assert.Throws<ArgumentException>("decisions", () => TierDecisions.Of([one, null!]));
        Assert.Contains("S-1 has two decisions", Assert.Throws<ArgumentException>("decisions", () => TierDecisions.Of([one, one])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>("decisions", () => Grouping.FormAll(null!, GroupingRules.Default));
        Assert.Throws<ArgumentNullException>("rules", () => Grouping.FormAll(Tiering.DecideAll(table, TierRules.Default), null!));
    }
}
