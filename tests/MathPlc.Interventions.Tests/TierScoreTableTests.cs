using FsCheck;
using FsCheck.Fluent;
using MathPlc.Core;
using MathPlc.Interventions;
using MathPlc.Tests;

namespace MathPlc.Interventions.Tests;

/// <summary>
/// Tiering from scores in columns (issue 18): the same decisions, reasons and order as the object form for the same
/// rows, whatever the rules, screening and non-responders; and every guard of <see cref="TierScoreTable"/>.
/// </summary>
public sealed class TierScoreTableTests
{
    private static readonly TargetId[] Targets = [new("6.RP.A.1"), new("6.RP.A.2"), new("6.EE.A.1"), new("7.NS.A.1")];

    private static readonly Gen<TierRules> Rules = Gen.Elements(
        TierRules.Default,
        new TierRules(proficientCut: 2.5, essentialTargets: [Targets[0], Targets[2]], farBelowCut: 1.5, tier3WhenUnmetAtLeast: 2),
        new TierRules(targetCuts: new Dictionary<TargetId, double> { [Targets[1]] = 3.5 }, tier3WhenUnmetAtLeast: null, tier2FromTargetedScreening: false));

    /// <summary>A table from rows (student, target, score or NaN), numbered in order of first appearance as a reader numbers them.</summary>
    private static TierScoreTable TableOf(IReadOnlyList<(int Student, int Target, double Score)> rows)
    {
        var students = rows.Select(r => r.Student).Distinct().ToList();
        var targets = rows.Select(r => r.Target).Distinct().ToList();
        return new TierScoreTable([.. students.Select(s => new StudentId($"S-{s}"))], [.. targets.Select(t => Targets[t])],
            [.. rows.Select(r => students.IndexOf(r.Student))], [.. rows.Select(r => targets.IndexOf(r.Target))], [.. rows.Select(r => r.Score)]);
    }

    [Fact]
    public void Columns_decide_what_the_object_form_decides() =>
        Prop.ForAll((from rows in (from s in Gen.Choose(0, 30) from t in Gen.Choose(0, 3) from score in Gen.Choose(-1, 8) select (s, t, score < 0 ? double.NaN : score / 2.0)).ArrayOf()
                     from screened in (from s in Gen.Choose(0, 40) from p in Gen.Choose(0, 100) select (s, (double)p)).ArrayOf()
                     from nonResponders in Gen.Choose(0, 40).ArrayOf()
                     from rules in Rules
                     select (rows, screened, nonResponders, rules)).ToArbitrary(), input =>
        {
            var rows = input.rows.DistinctBy(r => (r.s, r.t)).ToList();
            if (!RulesFit(input.rules, rows)) return;
            var screening = input.screened.DistinctBy(x => x.s).Select(x => new ScreeningScore(new StudentId($"S-{x.s}"), x.Item2)).ToList();
            var nonResponders = input.nonResponders.Distinct().Select(s => new StudentId($"S-{s}")).ToList();
            var byObjects = Tiering.Decide(rows.Select(r => new TargetScore(new StudentId($"S-{r.s}"), Targets[r.t], double.IsNaN(r.Item3) ? null : r.Item3)),
                input.rules, screening: screening, tier2NonResponders: nonResponders);
            var byColumns = Tiering.Decide(TableOf(rows), input.rules, screening: screening, tier2NonResponders: nonResponders);
            Assert.Equal(byObjects.Length, byColumns.Length);
            for (int i = 0; i < byObjects.Length; i++)
            {
                Assert.Equal(byObjects[i].StudentId, byColumns[i].StudentId);
                Assert.Equal(byObjects[i].Tier, byColumns[i].Tier);
                Assert.Equal(byObjects[i].UnmetTargets, byColumns[i].UnmetTargets);
                Assert.Equal(byObjects[i].ScreeningBand, byColumns[i].ScreeningBand);
                Assert.Equal(byObjects[i].Reasons.ToArray(), byColumns[i].Reasons.ToArray());
                Assert.Equal(byObjects[i], byColumns[i]);
            }
        }).Check(maxTest: 300);

    private static bool RulesFit(TierRules rules, List<(int s, int t, double)> rows) => rules.UnknownTargets(rows.Select(r => Targets[r.t])).IsEmpty;

    [Fact] // Taking Action's target-based tiering (reference §1.2): 2.5 on one essential target of two is Tier 2 on it; nothing else is below 3.
    public void A_worked_example_from_columns()
    {
        var d = Tiering.Decide(TableOf([(1, 0, 2.5), (1, 1, 3), (2, 0, 4), (2, 1, 3.5)]), TierRules.Default);
        Assert.Equal([Tier.Tier2, Tier.Core], d.Select(x => x.Tier));
        Assert.Equal([Targets[0]], d[0].UnmetTargets);
        Assert.True(d[1].Extension);
    }

    [Fact]
    public void A_student_twice_on_a_target_and_unknown_targets_are_refused_as_the_object_form_refuses_them()
    {
        var twice = Assert.Throws<ArgumentException>("scores", () => Tiering.Decide(TableOf([(1, 0, 3), (2, 0, 3), (1, 0, 2)]), TierRules.Default));
        Assert.Contains("S-1 has two scores on 6.RP.A.1", twice.Message, StringComparison.Ordinal);
        Assert.Equal(2, TableOf([(1, 0, 3), (2, 0, 3), (1, 0, 2)]).FirstDuplicate());
        Assert.Equal(-1, TableOf([(1, 0, 3), (1, 1, 3)]).FirstDuplicate());
        Assert.Throws<ArgumentException>("rules", () => Tiering.Decide(TableOf([(1, 0, 3)]), new TierRules(essentialTargets: [Targets[3]])));
        Assert.Throws<ArgumentException>("screening", () => Tiering.Decide(TableOf([(1, 0, 3)]), TierRules.Default,
            screening: [new ScreeningScore(new StudentId("S-1"), 5), new ScreeningScore(new StudentId("S-1"), 6)]));
        Assert.Throws<ArgumentNullException>("scores", () => Tiering.Decide((TierScoreTable)null!, TierRules.Default));
        Assert.Throws<ArgumentNullException>("rules", () => Tiering.Decide(TableOf([]), null!));
    }

    [Fact]
    public void The_table_guards_its_rows()
    {
        StudentId[] one = [new("S-1")];
        TargetId[] target = [Targets[0]];
        Assert.Throws<ArgumentNullException>("students", () => new TierScoreTable(null!, target, [0], [0], [3]));
        Assert.Throws<ArgumentNullException>("targets", () => new TierScoreTable(one, null!, [0], [0], [3]));
        Assert.Throws<ArgumentNullException>("studentOf", () => new TierScoreTable(one, target, null!, [0], [3]));
        Assert.Throws<ArgumentNullException>("targetOf", () => new TierScoreTable(one, target, [0], null!, [3]));
        Assert.Throws<ArgumentNullException>("scores", () => new TierScoreTable(one, target, [0], [0], null!));
        Assert.Throws<ArgumentException>("scores", () => new TierScoreTable(one, target, [0, 0], [0], [3]));
        Assert.Throws<ArgumentException>("students", () => new TierScoreTable([default], target, [0], [0], [3]));
        Assert.Throws<ArgumentException>("targets", () => new TierScoreTable(one, [default], [0], [0], [3]));
        Assert.Throws<ArgumentOutOfRangeException>("studentOf", () => new TierScoreTable(one, target, [1], [0], [3]));
        Assert.Throws<ArgumentOutOfRangeException>("targetOf", () => new TierScoreTable(one, target, [0], [-1], [3]));
        Assert.Throws<ArgumentException>("scores", () => new TierScoreTable(one, target, [0], [0], [double.PositiveInfinity]));
    }

    [Fact] // Decision 0235: a reader hands over columns longer than its rows; only the first count are rows, and only they are checked.
    public void A_table_of_the_first_rows_of_longer_columns_holds_those_rows_only()
    {
        StudentId[] two = [new("S-1"), new("S-2")];
        TargetId[] target = [Targets[0]];
        var table = new TierScoreTable(two, target, [1, 0, 7], [0, 0, -1], [2.5, double.NaN, double.PositiveInfinity], 2);
        Assert.Equal(2, table.Count);
        Assert.Equal([1, 0], table.StudentOf.ToArray());
        Assert.Equal([0, 0], table.TargetOf.ToArray());
        Assert.Equal([2.5, double.NaN], table.Scores.ToArray());
        Assert.Equal(0, new TierScoreTable(two, target, [0], [0], [3], 0).Count);
        Assert.Throws<ArgumentOutOfRangeException>("count", () => new TierScoreTable(two, target, [0], [0], [3], -1));
        Assert.Throws<ArgumentException>("scores", () => new TierScoreTable(two, target, [0, 0], [0, 0], [3], 2));
        Assert.Throws<ArgumentException>("scores", () => new TierScoreTable(two, target, [0], [0, 0], [3, 3], 2));
        Assert.Throws<ArgumentException>("scores", () => new TierScoreTable(two, target, [0, 0], [0], [3, 3], 2));
        Assert.Throws<ArgumentOutOfRangeException>("studentOf", () => new TierScoreTable(two, target, [0, 2], [0, 0], [3, 3], 2));
        Assert.Throws<ArgumentException>("scores", () => new TierScoreTable(two, target, [0, 0], [0, 0], [3, double.NegativeInfinity], 2));
        Assert.Throws<ArgumentNullException>("scores", () => new TierScoreTable(two, target, [0], [0], null!, 1));
    }
}
