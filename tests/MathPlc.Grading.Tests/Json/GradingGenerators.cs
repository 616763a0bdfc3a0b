using FsCheck;
using FsCheck.Fluent;
using MathPlc.Core;
using MathPlc.Grading;

namespace MathPlc.Tests;

/// <summary>FsCheck generators for the public Grading models, built on <see cref="CoreGenerators"/>'s awkward text and numbers.</summary>
internal static class GradingGenerators
{
    public static Gen<ScoreRounding> Rounding { get; } =
        Gen.Zip(Gen.Choose(0, 10), Gen.Elements(Enum.GetValues<RoundingMode>())).Select(t => new ScoreRounding(t.Item1, t.Item2));

    public static Gen<WeightedEvidence> Weighted { get; } =
        Gen.Zip(CoreGenerators.Evidence, CoreGenerators.Number).Select(t => new WeightedEvidence(t.Item1, t.Item2));

    public static Gen<ExcludedEvidence> Excluded { get; } =
        Gen.Zip(CoreGenerators.Evidence, CoreGenerators.Reason).Select(t => new ExcludedEvidence(t.Item1, t.Item2));

    /// <summary>Scored results (score, unrounded score and level) and insufficient ones (none of them, at least one reason), in about equal numbers.</summary>
    public static Gen<ProficiencyResult> Result { get; } =
        from student in CoreGenerators.Id<StudentId>()
        from target in CoreGenerators.Id<TargetId>()
        from method in CoreGenerators.Text
        from scored in Gen.Elements(true, false)
        from score in CoreGenerators.Number
        from unrounded in CoreGenerators.Number
        from level in CoreGenerators.Level
        from used in Weighted.ArrayOf()
        from excluded in Excluded.ArrayOf()
        from reasons in CoreGenerators.Reason.ArrayOf()
        from firstReason in CoreGenerators.Reason
        from description in CoreGenerators.Text
        select scored
            ? ProficiencyResult.Scored(student, target, method, score, unrounded, level, used, excluded, reasons, description)
            : ProficiencyResult.Insufficient(student, target, method, used, excluded, [firstReason, .. reasons], description);

    /// <summary>Every method the factory makes, with any settings, and the recency methods made from Canvas's whole percents.</summary>
    public static Gen<CalculationMethod> Method { get; } = Gen.OneOf(
        from name in Gen.Elements(CalculationMethods.Names.AsEnumerable())
        from decay in Gen.Choose(1, 100).Select(p => p / 100.0)
        from count in Gen.Choose(1, 10)
        from mastery in Gen.Choose(0, 8).Select(h => h / 2.0)
        from ties in Gen.Elements(Enum.GetValues<ModeTieRule>())
        from zero in Gen.Elements(Enum.GetValues<PowerLawZeroPolicy>())
        from measure in Gen.Elements(Enum.GetValues<FitErrorMeasure>())
        from clamp in Gen.Elements(true, false)
        from minimum in Gen.Elements<double?>(null, 0, 1, -0.5)
        from maximum in Gen.Elements<double?>(null, 4, 100)
        select CalculationMethods.Create(name, new MethodSettings
        {
            Decay = decay, Count = count, MasteryPoints = mastery, ModeTies = ties, ZeroPolicy = zero, ErrorMeasure = measure,
            Clamp = clamp, ScaleMinimum = minimum, ScaleMaximum = maximum,
        }),
        Gen.Choose(1, 100).Select(p => (CalculationMethod)DecayingAverage.FromPercent(p)),
        Gen.Choose(1, 100).Select(p => (CalculationMethod)WeightedLatest.FromPercent(p)));

    /// <summary>Every preset the library ships.</summary>
    public static Gen<GradingPreset> Preset { get; } = Gen.Elements(GradingPresets.All.AsEnumerable());

    public static Gen<TeacherOverride> Override { get; } =
        from student in CoreGenerators.Id<StudentId>()
        from target in CoreGenerators.Id<TargetId>()
        from score in CoreGenerators.Number
        from teacher in CoreGenerators.Id<TeacherId>()
        from date in CoreGenerators.Date
        from why in CoreGenerators.Text
        select new TeacherOverride(student, target, score, teacher, date, why);

    /// <summary>Method settings with every property set or left null, any numbers (the methods check them, not the settings).</summary>
    public static Gen<MethodSettings> Settings { get; } =
        from decay in Gen.Elements<double?>(null, 0.65, 0.75, 1.0 / 3)
        from count in Gen.Elements<int?>(null, 1, 3, 5)
        from mastery in Gen.Elements<double?>(null, 2.5, 3)
        from ties in Gen.Elements(Enum.GetValues<ModeTieRule>())
        from zero in Gen.Elements<PowerLawZeroPolicy?>([null, .. Enum.GetValues<PowerLawZeroPolicy>().Cast<PowerLawZeroPolicy?>()])
        from clamp in Gen.Elements(true, false)
        from min in Gen.Elements<double?>(null, 0, 1)
        from max in Gen.Elements<double?>(null, 4, 100)
        from measure in Gen.Elements<FitErrorMeasure?>([null, .. Enum.GetValues<FitErrorMeasure>().Cast<FitErrorMeasure?>()])
        select new MethodSettings
        {
            Decay = decay, Count = count, MasteryPoints = mastery, ModeTies = ties, ZeroPolicy = zero,
            Clamp = clamp, ScaleMinimum = min, ScaleMaximum = max, ErrorMeasure = measure,
        };

    public static Gen<RecencyWindow> Recency { get; } = Gen.OneOf(
        Gen.Choose(1, 50).Select(RecencyWindow.LastPieces),
        Gen.Zip(Gen.Choose(1, 400), CoreGenerators.Date).Select(t => RecencyWindow.LastDays(t.Item1, t.Item2)));

    public static Gen<ReassessmentRule> Reassessment { get; } = Gen.OneOf(
        Gen.Elements(ReassessmentRule.KeepAll, ReassessmentRule.ReplaceEarlier, ReassessmentRule.KeepHighest),
        Gen.OneOf(Gen.Choose(0, 100).Select(p => p / 100.0), Gen.Elements(1.0 / 3, 2.0 / 3, double.Epsilon)).Select(ReassessmentRule.HigherOfFirstAndBlend));

    /// <summary>Policies with any settings, and overrides of distinct students and targets.</summary>
    public static Gen<GradingPolicy> Policy { get; } =
        from formative in Gen.Elements(true, false)
        from minimum in Gen.Choose(1, 10)
        from recency in Gen.OneOf(Gen.Constant<RecencyWindow?>(null), Recency.Select(r => (RecencyWindow?)r))
        from reassessment in Reassessment
        from floor in Gen.Elements<double?>(null, 0, 50, 59.5, 100, 1.0 / 3)
        from overrides in Override.ArrayOf()
        select new GradingPolicy
        {
            IncludeFormative = formative, MinimumEvidence = minimum, Recency = recency, Reassessment = reassessment, ScoreFloor = floor,
            Overrides = [.. overrides.DistinctBy(o => (o.StudentId, o.TargetId))],
        };

    public static Gen<ProficiencyOptions> Options { get; } =
        from method in Method
        from scale in CoreGenerators.Scale
        from rounding in Gen.OneOf(Gen.Constant<ScoreRounding?>(null), Rounding.Select(r => (ScoreRounding?)r))
        from policy in Gen.OneOf(Gen.Constant<GradingPolicy?>(null), Policy.Select(p => (GradingPolicy?)p))
        from rule in Gen.Elements(Enum.GetValues<LevelRule>())
        from name in CoreGenerators.OptionalText
        select new ProficiencyOptions(method, scale, rounding, policy, rule, name);

    // The ends of n bands that tile a range in half points, each at least half a point wide but the highest, which may be one score.
    private static Gen<double[]> Ends(int bands) =>
        from start in Gen.Choose(-20, 20)
        from widths in Gen.Choose(1, 6).ArrayOf(bands - 1)
        from top in Gen.Choose(0, 6)
        select widths.Append(top).Aggregate(new List<double> { start / 2.0 }, (ends, w) => { ends.Add(ends[^1] + w / 2.0); return ends; }).ToArray();

    public static Gen<LetterBand> LetterBand { get; } =
        from letter in CoreGenerators.Text from ends in Ends(1) select new LetterBand(letter, ends[0], ends[1]);

    public static Gen<LetterGradeTable> LetterTable { get; } =
        from name in CoreGenerators.Text
        from count in Gen.Choose(1, 6)
        from ends in Ends(count)
        from source in CoreGenerators.Text
        select new LetterGradeTable(name, Enumerable.Range(0, count).Select(i => new LetterBand($"{name} {i}", ends[i], ends[i + 1])), source);

    // The points of n bands: from 0 to 100, rising (or flat) inside each band, in thirds of a point.
    private static Gen<(int Low, int Rise)[]> Points(int bands) => Gen.Zip(Gen.Choose(0, 100), Gen.Choose(0, 100)).ArrayOf(bands);

    private static HundredPointBand PointsBand(double low, double high, (int Low, int Rise) points) =>
        new(low, high, points.Low, Math.Min(100, points.Low + points.Rise / 3.0));

    public static Gen<HundredPointBand> HundredPointBand { get; } = Gen.Zip(Ends(1), Points(1)).Select(t => PointsBand(t.Item1[0], t.Item1[1], t.Item2[0]));

    public static Gen<HundredPointTable> HundredPointTable { get; } =
        from name in CoreGenerators.Text
        from count in Gen.Choose(1, 6)
        from ends in Ends(count)
        from points in Points(count)
        from source in CoreGenerators.Text
        select new HundredPointTable(name, Enumerable.Range(0, count).Select(i => PointsBand(ends[i], ends[i + 1], points[i])), source);

    public static Gen<LetterGrade> LetterGrade { get; } =
        from letter in CoreGenerators.Text from first in CoreGenerators.Reason from more in CoreGenerators.Reason.ArrayOf()
        select new LetterGrade(letter, [first, .. more]);

    public static Gen<HundredPointScore> HundredPointScore { get; } =
        from points in CoreGenerators.Number from reasons in CoreGenerators.Reason.ArrayOf()
        select new HundredPointScore(points, [.. reasons]);

    public static Gen<TargetCondition> Condition { get; } = Gen.OneOf(
        Gen.Zip(CoreGenerators.Number, Gen.Choose(0, 100)).Select(t => (TargetCondition)new ShareAtOrAbove(t.Item1, t.Item2 / 100.0)),
        from score in CoreGenerators.Number from least in Gen.Choose(0, 5) from more in Gen.Elements<int?>(null, 0, 1, 3)
        select (TargetCondition)new CountBelow(score, least, least + more),
        Gen.Zip(CoreGenerators.Number, Gen.Choose(0, 5)).Select(t => (TargetCondition)new CountAtOrAbove(t.Item1, t.Item2)),
        CoreGenerators.Number.Select(m => (TargetCondition)new MeanAtLeast(m)));

    public static Gen<ConjunctiveRule> ConjunctiveRule { get; } =
        Gen.Zip(CoreGenerators.Text, Condition.ArrayOf()).Select(t => new ConjunctiveRule(t.Item1, t.Item2));

    /// <summary>Rule sets whose last rule has no conditions ("otherwise").</summary>
    public static Gen<ConjunctiveRuleSet> RuleSet { get; } =
        from name in CoreGenerators.Text
        from rules in ConjunctiveRule.ArrayOf()
        from otherwise in CoreGenerators.Text
        from source in CoreGenerators.Text
        select new ConjunctiveRuleSet(name, [.. rules, new ConjunctiveRule(otherwise)], source);

    private static Gen<LetterGradeTable?> OptionalLetters { get; } = Gen.OneOf(Gen.Constant<LetterGradeTable?>(null), LetterTable.Select(t => (LetterGradeTable?)t));

    public static Gen<ReportCardRule> ReportCardRule { get; } = Gen.OneOf(
        Gen.Zip(OptionalLetters, Gen.OneOf(Gen.Constant<ScoreRounding?>(null), Rounding.Select(r => (ScoreRounding?)r)))
            .Select(t => (ReportCardRule)new MeanOfTargets(t.Item1, t.Item2)),
        OptionalLetters.Select(l => (ReportCardRule)new LowestTarget(l)),
        RuleSet.Select(r => (ReportCardRule)new ConjunctiveRules(r)));

    /// <summary>Marked marks (a score, a letter or both) and incomplete ones (neither, at least one reason).</summary>
    public static Gen<ReportCardMark> Mark { get; } =
        from student in CoreGenerators.Id<StudentId>()
        from course in CoreGenerators.Text
        from period in CoreGenerators.GradingPeriod
        from rule in CoreGenerators.Text
        from marked in Gen.Elements(true, false)
        from score in Gen.OneOf(Gen.Constant<double?>(null), CoreGenerators.Number.Select(n => (double?)n))
        from letter in CoreGenerators.Text
        from reasons in CoreGenerators.Reason.ArrayOf()
        from first in CoreGenerators.Reason
        from description in CoreGenerators.Text
        select marked
            ? new ReportCardMark(student, course, period, rule, MarkStatus.Marked, score, score is null || letter.Length % 2 == 0 ? letter : null, reasons, description)
            : new ReportCardMark(student, course, period, rule, MarkStatus.Incomplete, null, null, [first, .. reasons], description);
}
