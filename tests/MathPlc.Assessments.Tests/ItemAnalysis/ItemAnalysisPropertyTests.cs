using FsCheck;
using FsCheck.Fluent;
using MathPlc.Assessments;
using MathPlc.Core;
using MathPlc.Tests;

namespace MathPlc.Assessments.Tests.ItemAnalysis;

public class ItemAnalysisPropertyTests
{
    private static Gen<(double[] Cells, double[] Max, int Students)> Tables(bool missing, bool dichotomous) =>
        from students in Gen.Choose(2, 30)
        from items in Gen.Choose(1, 6)
        from max in Gen.Choose(1, dichotomous ? 1 : 4).ArrayOf(items)
        from raw in Gen.Choose(missing ? -1 : 0, 100).ArrayOf(students * items)
        select (raw.Select((r, c) => r < 0 ? double.NaN : Math.Round(r / 100.0 * max[c % items])).ToArray(), max.Select(m => (double)m).ToArray(), students);

    private static ItemResponses Build((double[] Cells, double[] Max, int Students) t, int[]? order = null)
    {
        int k = t.Max.Length;
        order ??= [.. Enumerable.Range(0, t.Students)];
        return ItemResponses.FromColumns([.. order.SelectMany(s => t.Cells.Skip(s * k).Take(k))], t.Max,
            [.. order.Select(s => new StudentId($"s{s:000}"))]);
    }

    [Fact]
    public void Item_statistics_are_invariant_to_student_order() =>
        Prop.ForAll(Tables(missing: true, dichotomous: false).ToArbitrary(), t =>
        {
            var reversed = Enumerable.Range(0, t.Students).Reverse().ToArray();
            var a = MathPlc.Assessments.ItemAnalysis.Analyze(Build(t));
            var b = MathPlc.Assessments.ItemAnalysis.Analyze(Build(t, reversed));
            for (int i = 0; i < a.Items.Length; i++)
            {
                Close(a.Items[i].Difficulty, b.Items[i].Difficulty);
                Close(a.Items[i].PointBiserialCorrected, b.Items[i].PointBiserialCorrected);
                Close(a.Items[i].DiscriminationUpperLower, b.Items[i].DiscriminationUpperLower);
            }
            Close(a.Test.CronbachAlpha, b.Test.CronbachAlpha);
        }).Check();

    [Fact]
    public void Kr20_equals_alpha_on_zero_one_items() =>
        Prop.ForAll(Tables(missing: false, dichotomous: true).ToArbitrary(), t =>
        {
            var responses = Build(t);
            Close(Reliability.CronbachAlpha(responses, MissingDataPolicy.Listwise), Reliability.Kr20(responses));
        }).Check();

    [Fact]
    public void Pairwise_and_listwise_alpha_agree_without_missing_scores() =>
        Prop.ForAll(Tables(missing: false, dichotomous: false).ToArbitrary(), t =>
        {
            var responses = Build(t);
            Close(Reliability.CronbachAlpha(responses, MissingDataPolicy.Listwise), Reliability.CronbachAlpha(responses, MissingDataPolicy.Pairwise));
        }).Check();

    [Fact]
    public void Every_statistic_is_finite_or_has_a_reason() =>
        Prop.ForAll(Tables(missing: true, dichotomous: false).ToArbitrary(), t =>
        {
            var result = MathPlc.Assessments.ItemAnalysis.Analyze(Build(t));
            var all = result.Items.SelectMany(i => new[] { i.Difficulty, i.DiscriminationUpperLower, i.PointBiserialCorrected })
                .Concat([result.Test.CronbachAlpha, result.Test.Kr20, result.Test.Sem]);
            foreach (var s in all)
            {
                if (s.IsDefined) Assert.True(double.IsFinite(s.Value!.Value));
                else Assert.NotEmpty(s.Reasons);
            }
            foreach (var i in result.Items)
            {
                if (i.Difficulty.Value is { } p) Assert.InRange(p, 0, 1);
                if (i.PointBiserialCorrected.Value is { } r) Assert.InRange(r, -1, 1);
                if (i.DiscriminationUpperLower.Value is { } d) Assert.InRange(d, -1, 1);
            }
        }).Check();

    private static void Close(StatisticValue a, StatisticValue b)
    {
        Assert.Equal(a.Status, b.Status);
        if (a.IsDefined) Assert.Equal(a.Value!.Value, b.Value!.Value, 9);
    }
}
