using FsCheck;
using FsCheck.Fluent;
using MathPlc.Assessments;
using MathPlc.Core;
using MathPlc.Tests;
using NodaTime;
using static MathPlc.Assessments.Tests.Blueprints.UnitThreeBlueprint;

namespace MathPlc.Assessments.Tests.Blueprints;

/// <summary>
/// Issue 18: <see cref="ItemScoreEvidence.ForAll"/> gathers the scores in one pass by item index and shares each scored
/// target's reason per distinct points. It must give what scoring each student alone gave before (the session 16 code,
/// kept here as the oracle): the same rows, reasons and evidence, or the same refusal for the same student.
/// </summary>
public class ItemScoreEvidenceOracleTests
{
    private static readonly LocalDate Day = new(2026, 10, 14);

    // Good()'s five items plus one on both targets, so shares other than 1 are exercised.
    private static readonly AssessmentBlueprint Shared = new("Unit 3, shared item",
        [.. Good().Items, Item("q6", 3, CognitiveDemand.DoingMathematics, ItemFormat.ConstructedResponse, 5, true, Rp1, Rp3)]);

    private static readonly TargetScoringRule[] Rules =
    [
        new(ProficiencyScale.Marzano, [new PercentCut(0, 1), new PercentCut(50, 2), new PercentCut(70, 3), new PercentCut(90, 4)]),
        new(ProficiencyScale.Marzano, [new PercentCut(0, 1), new PercentCut(60, 3)], MissingResponse.Exclude),
    ];

    // Mostly valid rows; now and then an item not on the blueprint, a repeat, or a score above the item's points.
    private static readonly Gen<ItemScore> Rows =
        from student in Gen.Elements("s1", "s2", "s3", "s4")
        from item in Gen.Frequency((12, Gen.Elements("q1", "q2", "q3", "q4", "q5", "q6")), (1, Gen.Constant("zz")))
        from score in Gen.Frequency((3, Gen.Elements<double?>(0, 0.5, 1, 2)), (1, Gen.Constant<double?>(null)), (1, Gen.Elements<double?>(3, 4.5)))
        select new ItemScore(new StudentId(student), new ItemId(item), score);

    [Fact]
    public void Every_student_scored_at_once_equals_each_student_scored_alone_the_old_way() =>
        Prop.ForAll(Rows.ListOf().ToArbitrary(), Gen.Choose(0, 1).ToArbitrary(), (rows, r) =>
        {
            var rule = Rules[r];
            ImmutableArray<TargetEvidence> expected = [], actual = [];
            ArgumentException? refused = null, refusal = null;
            try { expected = [.. rows.GroupBy(s => s.Student).SelectMany(g => OldForStudent(Shared, g.Key, g, rule, Day))]; }
            catch (ArgumentException e) { refused = e; }
            try { actual = ItemScoreEvidence.ForAll(Shared, rows, rule, Day); }
            catch (ArgumentException e) { refusal = e; }
            Assert.Equal(refused?.Message, refusal?.Message);
            Assert.Equal(expected.ToArray(), actual.ToArray()); // element by element (an ImmutableArray equals only itself)
            Assert.Equal(expected.Select(e => e.Reasons[0].ToString()), actual.Select(e => e.Reasons[0].ToString()));
        }).Check();

    [Fact]
    public void The_first_student_in_order_of_appearance_is_refused_not_the_first_bad_row()
    {
        ItemScore Row(string s, string i, double? v) => new(new StudentId(s), new ItemId(i), v);
        // s2's bad row comes first in the file, but s1 appears first: scoring student by student refused s1.
        var e = Assert.Throws<ArgumentException>("scores", () =>
            ItemScoreEvidence.ForAll(Shared, [Row("s1", "q1", 1), Row("s2", "zz", 1), Row("s1", "q1", 0)], Rules[0], Day));
        Assert.Equal("Student s1 has two scores for item q1. (Parameter 'scores')", e.Message);
    }

    // ---- the session 16 code, verbatim but for the names ----------------------------------------------------------

    private static ImmutableArray<TargetEvidence> OldForStudent(AssessmentBlueprint blueprint, StudentId student, IEnumerable<ItemScore> scores,
        TargetScoringRule rule, LocalDate assessedOn)
    {
        var byItem = new Dictionary<ItemId, double?>();
        foreach (var s in scores)
        {
            var item = blueprint.Find(s.Item) ?? throw new ArgumentException($"Item {s.Item} is not on the blueprint \"{blueprint.Name}\".", nameof(scores));
            if (!byItem.TryAdd(s.Item, s.Score)) throw new ArgumentException($"Student {student} has two scores for item {s.Item}.", nameof(scores));
            if (s.Score is { } value && value > item.Points + 1e-9)
                throw new ArgumentException($"Student {student} scored {F(value)} on item {s.Item}, above its maximum of {F(item.Points)}.", nameof(scores));
        }
        bool anyResponse = byItem.Values.Any(v => v.HasValue);
        var results = ImmutableArray.CreateBuilder<TargetEvidence>();
        foreach (var target in blueprint.Targets)
        {
            double earned = 0, possible = 0;
            int answered = 0;
            foreach (var item in blueprint.Items.Where(i => i.Targets.Contains(target)))
            {
                double share = item.PointsToward(target) / item.Points;
                if (byItem.TryGetValue(item.Id, out var score) && score is { } value)
                {
                    earned += value * share;
                    possible += item.Points * share;
                    answered++;
                }
                else if (rule.Missing == MissingResponse.CountAsZero) possible += item.Points * share;
            }
            if (!anyResponse || answered == 0 && rule.Missing == MissingResponse.Exclude || possible <= 0)
            {
                var why = anyResponse
                    ? new Reason("no-responses-on-target", $"Student {student} answered no item on target {target}.")
                    : new Reason("no-responses", $"Student {student} has no response on this assessment.");
                results.Add(new TargetEvidence(student, target, TargetEvidenceStatus.InsufficientEvidence, 0, 0, null, null, [why.With("target", target.Value)]));
                continue;
            }
            double percent = Math.Clamp(earned / possible * 100, 0, 100);
            double onScale = rule.ScoreFor(percent);
            var evidence = new Evidence(student, target, assessedOn, onScale, source: $"{blueprint.Name}, {target}");
            var reason = new Reason("percent-of-target-points", $"Earned {F(earned)} of {F(possible)} points on target {target} ({F(Math.Round(percent, 2))} %), which the team's table converts to {F(onScale)}.")
                .With("earned", earned).With("possible", possible).With("percent", percent).With("score", onScale);
            results.Add(new TargetEvidence(student, target, TargetEvidenceStatus.Scored, earned, possible, percent, evidence, [reason]));
        }
        return results.ToImmutable();
    }

    private static string F(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
