using FsCheck;
using FsCheck.Fluent;
using MathPlc.Core;
using MathPlc.Tests;
using NodaTime;

namespace MathPlc.Grading.Tests;

/// <summary>
/// <see cref="ProficiencyScorer"/> gives <see cref="Proficiency.Score"/>'s result for every series, shared or not:
/// the object form is the oracle, refusals included.
/// </summary>
public class ProficiencyScorerTests
{
    private static readonly LocalDate Day = new(2026, 10, 5);

    private static readonly GradingPolicy[] Policies =
    [
        GradingPolicy.Default,
        new() { MinimumEvidence = 2 },
        new() { IncludeFormative = true, Reassessment = ReassessmentRule.KeepHighest },
        new() { Recency = RecencyWindow.LastDays(3, Day.PlusDays(2)) },
        new() { ScoreFloor = 50 },
        new() { Overrides = [new TeacherOverride(new StudentId("S2"), new TargetId("T1"), 3, new TeacherId("T-ortiz"), Day, "Oral reassessment.")] },
    ];

    private static readonly CalculationMethod[] MethodsToTry = [new Mean(), new DecayingAverage(), new NMastery(2, 3), new Mode(ModeTieRule.None)];

    private static readonly ProficiencyScale[] Scales = [ProficiencyScale.Marzano, ProficiencyScale.Percent];

    // A cell's evidence: 0 to 3 pieces from few distinct facts (so series repeat across students), now and then a piece of
    // another student's or off the scale (a refusal), a weight, -0 beside 0.
    private static Gen<(int Day, double Score, int Kind, int Weight, bool Source, int Wrong)[]> Cell =>
        (from day in Gen.Choose(0, 3)
         from score in Gen.Elements(0.0, -0.0, 2.0, 3.0, 4.0, 75.0, 150.0)
         from kind in Gen.Frequency((8, Gen.Constant(0)), (1, Gen.Constant(1)), (1, Gen.Constant(2)))
         from weight in Gen.Frequency((8, Gen.Constant(0)), (1, Gen.Constant(1)), (1, Gen.Constant(2)))
         from source in Gen.Elements(false, true)
         from wrong in Gen.Frequency((30, Gen.Constant(0)), (1, Gen.Constant(1)), (1, Gen.Constant(2)))
         select (day, score, kind, weight, source, wrong)).ArrayOf().Select(a => a.Take(a.Length % 4).ToArray());

    private static Evidence Piece(StudentId student, TargetId target, (int Day, double Score, int Kind, int Weight, bool Source, int Wrong) p) =>
        new(p.Wrong == 1 ? new StudentId("S-other") : student, p.Wrong == 2 ? new TargetId("T-other") : target, Day.PlusDays(p.Day), p.Score,
            kind: (EvidenceKind)p.Kind, weight: p.Weight == 0 ? null : p.Weight, source: p.Source ? "CFA 3" : null);

    [Fact]
    public void Every_series_gets_the_object_forms_result_or_its_refusal() =>
        Prop.ForAll((from policy in Gen.Choose(0, Policies.Length - 1)
                     from method in Gen.Choose(0, MethodsToTry.Length - 1)
                     from shape in Gen.Choose(0, 3)
                     from cells in Cell.ArrayOf().Select(a => a.Take(12).ToArray())
                     select (policy, method, shape, cells)).ToArbitrary(),
            x =>
            {
                var (policy, method, shape, cells) = x;
                var options = new ProficiencyOptions(MethodsToTry[method], Scales[shape & 1], Rounding: (shape & 2) != 0 ? ScoreRounding.Canvas : null,
                    Policy: Policies[policy]);
                var scorer = new ProficiencyScorer(options);
                for (int c = 0; c < cells.Length; c++)
                {
                    var student = new StudentId($"S{c / 2 + 1}");
                    var target = new TargetId($"T{c % 2}");
                    var evidence = cells[c].Select(p => Piece(student, target, p)).ToArray();
                    var (expected, refusal) = Outcome(() => Proficiency.Score(student, target, evidence, options));
                    var (actual, actualRefusal) = Outcome(() => scorer.Score(student, target, evidence));
                    if (refusal is not null || actualRefusal is not null)
                    {
                        if (refusal?.GetType() != actualRefusal?.GetType() || refusal?.Message != actualRefusal?.Message) return false;
                        continue;
                    }
                    if (!Same(expected!, actual!)) return false;
                }
                return true;
            }).Check(500);

    [Fact]
    public void Equal_series_of_different_students_share_the_explanation_but_keep_their_own_evidence()
    {
        var scorer = new ProficiencyScorer(new ProficiencyOptions(new Mean(), ProficiencyScale.Marzano));
        var ana = new Evidence(new StudentId("S-ana"), new TargetId("T1"), Day, 3);
        var ben = new Evidence(new StudentId("S-ben"), new TargetId("T1"), Day, 3);
        var first = scorer.Score(ana.StudentId, ana.TargetId, [ana]);
        var second = scorer.Score(ben.StudentId, ben.TargetId, [ben]);
        Assert.Same(first.Description, second.Description);
        Assert.Equal(ben.StudentId, second.StudentId);
        Assert.Same(ben, second.Used[0].Evidence);
        var absent = scorer.Score(new StudentId("S-cy"), new TargetId("T2"), []);
        var alsoAbsent = scorer.Score(new StudentId("S-di"), new TargetId("T2"), []);
        Assert.Same(absent.Reasons[0], alsoAbsent.Reasons[0]);
        Assert.Equal(new StudentId("S-di"), alsoAbsent.StudentId);
    }

    [Fact]
    public void A_scorer_needs_options() =>
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => new ProficiencyScorer(null!)).ParamName);

    [Fact]
    public void A_series_must_not_be_null() =>
        Assert.Equal("evidence", Assert.Throws<ArgumentNullException>(() =>
            new ProficiencyScorer(new ProficiencyOptions(new Mean(), ProficiencyScale.Marzano)).Score(new StudentId("S1"), new TargetId("T1"), null!)).ParamName);

    [Fact]
    public void A_null_piece_is_refused_as_the_object_form_refuses_it()
    {
        var options = new ProficiencyOptions(new Mean(), ProficiencyScale.Marzano);
        var expected = Assert.Throws<ArgumentNullException>(() => Proficiency.Score(new StudentId("S1"), new TargetId("T1"), [null!], options));
        var actual = Assert.Throws<ArgumentNullException>(() => new ProficiencyScorer(options).Score(new StudentId("S1"), new TargetId("T1"), [null!]));
        Assert.Equal(expected.Message, actual.Message);
    }

    private static (ProficiencyResult? Result, Exception? Refusal) Outcome(Func<ProficiencyResult> score)
    {
        try
        {
            return (score(), null);
        }
        catch (ArgumentException e)
        {
            return (null, e);
        }
    }

    // Record equality, and every number by its bits (equality takes -0 for 0).
    private static bool Same(ProficiencyResult a, ProficiencyResult b) =>
        a == b && a.Description == b.Description && Bits(a.Score) == Bits(b.Score) && Bits(a.UnroundedScore) == Bits(b.UnroundedScore)
        && a.Used.Select(u => (Bits(u.Evidence.Score), Bits(u.Weight), u.Evidence.StudentId, u.Evidence.TargetId))
            .SequenceEqual(b.Used.Select(u => (Bits(u.Evidence.Score), Bits(u.Weight), u.Evidence.StudentId, u.Evidence.TargetId)));

    private static long? Bits(double? value) => value is { } v ? BitConverter.DoubleToInt64Bits(v) : null;
}
