using FsCheck;
using FsCheck.Fluent;
using MathPlc.Assessments;
using MathPlc.Tests;
using static MathPlc.Assessments.Tests.Agreement.RatingGenerators;

namespace MathPlc.Assessments.Tests.Agreement;

public class AgreementPropertyTests
{
    private static readonly MeasurementLevel[] Levels = Enum.GetValues<MeasurementLevel>();

    [Fact]
    public void Perfect_agreement_gives_kappa_alpha_and_icc_one() =>
        Prop.ForAll(PerfectAgreement(), ratings =>
        {
            Assert.Equal(1.0, FleissKappa.Compute(ratings).Kappa.Value!.Value, 12);
            foreach (var level in Levels)
                Assert.Equal(1.0, KrippendorffAlpha.Compute(ratings, level).Value!.Value, 12);
            Assert.Equal(1.0, IntraclassCorrelation.Compute(ratings).Icc21.Value!.Value, 12);
            Assert.Equal(1.0, PercentAgreement.Exact(ratings, AgreementDefinition.AllRaters).Value!.Value, 12);
        }).Check();

    [Fact]
    public void Perfect_agreement_between_two_raters_gives_every_cohen_kappa_one() =>
        Prop.ForAll(PerfectAgreement(2, 2), ratings =>
        {
            foreach (var weighting in Enum.GetValues<KappaWeighting>())
                Assert.Equal(1.0, CohenKappa.Compute(ratings, weighting).Value!.Value, 12);
        }).Check();

    [Fact]
    public void Relabelling_categories_leaves_nominal_statistics_unchanged() =>
        Prop.ForAll(Matrices(), Gen.Shuffle(new[] { 10.0, 20, 30, 40, 50 }).ToArbitrary(), (ratings, labels) =>
        {
            var relabelled = Relabel(ratings, x => labels[(int)x]);
            AssertSame(KrippendorffAlpha.Compute(ratings, MeasurementLevel.Nominal), KrippendorffAlpha.Compute(relabelled, MeasurementLevel.Nominal));
            AssertSame(FleissKappa.Compute(ratings).Kappa, FleissKappa.Compute(relabelled).Kappa);
            AssertSame(PercentAgreement.Exact(ratings, AgreementDefinition.Pairwise), PercentAgreement.Exact(relabelled, AgreementDefinition.Pairwise));
            AssertSame(PercentAgreement.Exact(ratings, AgreementDefinition.AllRaters), PercentAgreement.Exact(relabelled, AgreementDefinition.AllRaters));
        }).Check();

    [Fact]
    public void Relabelling_categories_leaves_unweighted_cohen_kappa_unchanged() =>
        Prop.ForAll(Matrices(2, 2), Gen.Shuffle(new[] { 10.0, 20, 30, 40, 50 }).ToArbitrary(), (ratings, labels) =>
            AssertSame(CohenKappa.Compute(ratings), CohenKappa.Compute(Relabel(ratings, x => labels[(int)x])))).Check();

    [Fact]
    public void Ordinal_alpha_depends_only_on_the_order_of_the_values() =>
        Prop.ForAll(Matrices(), ratings =>
            AssertSame(KrippendorffAlpha.Compute(ratings, MeasurementLevel.Ordinal),
                KrippendorffAlpha.Compute(Relabel(ratings, x => x * x * 7 + 1), MeasurementLevel.Ordinal))).Check();

    [Fact]
    public void Alpha_with_no_missing_data_equals_its_pairwise_form() =>
        Prop.ForAll(Matrices(missing: false), ratings =>
        {
            foreach (var level in Levels)
            {
                var alpha = KrippendorffAlpha.Compute(ratings, level);
                var expected = PairwiseAlpha(ratings, level);
                if (expected is null) Assert.Equal(StatisticStatus.Undefined, alpha.Status);
                else Assert.Equal(expected.Value, alpha.Value!.Value, 9);
            }
        }).Check();

    [Fact]
    public void Pairwise_exact_agreement_with_complete_data_is_fleiss_observed_agreement() =>
        Prop.ForAll(Matrices(missing: false), ratings =>
        {
            // Fleiss' P̄ from the subject-level formula Pᵢ = (Σⱼ nᵢⱼ² − n)/(n(n − 1)).
            int n = ratings.RaterCount;
            double pBar = Enumerable.Range(0, ratings.SubjectCount).Average(i =>
            {
                var counts = Enumerable.Range(0, n).GroupBy(j => ratings[i, j]).Select(g => (double)g.Count());
                return (counts.Sum(c => c * c) - n) / (n * (n - 1.0));
            });
            Assert.Equal(pBar, PercentAgreement.Exact(ratings, AgreementDefinition.Pairwise).Value!.Value, 12);
        }).Check();

    [Fact]
    public void Every_statistic_is_finite_or_has_a_reason() =>
        Prop.ForAll(Matrices(1, 5), ratings =>
        {
            var summary = RaterAgreement.Summarize(ratings);
            StatisticValue[] all =
            [
                summary.ExactAgreement, summary.AdjacentAgreement, summary.PairwiseExactAgreement, summary.PairwiseAdjacentAgreement,
                summary.CohenKappa, summary.WeightedKappaLinear, summary.WeightedKappaQuadratic, summary.Fleiss.Kappa,
                summary.KrippendorffAlpha, summary.Intraclass.Icc11, summary.Intraclass.Icc21, summary.Intraclass.Icc31,
                summary.Intraclass.Icc1K, summary.Intraclass.Icc2K, summary.Intraclass.Icc3K,
                .. summary.Fleiss.ByCategory.Select(c => c.Kappa),
            ];
            foreach (var statistic in all)
            {
                if (statistic.IsDefined) Assert.True(double.IsFinite(statistic.Value!.Value));
                else Assert.False(statistic.Reasons.IsEmpty);
                Assert.True(statistic.SubjectsUsed + statistic.SubjectsDropped <= ratings.SubjectCount);
            }
        }).Check();

    [Fact]
    public void Kappas_and_alpha_are_at_most_one() =>
        Prop.ForAll(Matrices(), ratings =>
        {
            foreach (var level in Levels)
                Assert.True((KrippendorffAlpha.Compute(ratings, level).Value ?? 0) <= 1 + 1e-12);
            Assert.True((FleissKappa.Compute(ratings).Kappa.Value ?? 0) <= 1 + 1e-12);
        }).Check();

    private static void AssertSame(StatisticValue expected, StatisticValue actual)
    {
        Assert.Equal(expected.Status, actual.Status);
        if (expected.IsDefined) Assert.Equal(expected.Value!.Value, actual.Value!.Value, 10);
    }

    /// <summary>
    /// α = 1 − D_o/D_e with D_o the mean δ² over ordered pairs of ratings of the same subject, and D_e the mean δ² over
    /// ordered pairs of all ratings (Krippendorff 2011, the form for data without missing values); null when D_e = 0.
    /// </summary>
    private static double? PairwiseAlpha(RatingMatrix ratings, MeasurementLevel level)
    {
        var all = Enumerable.Range(0, ratings.SubjectCount).SelectMany(i => Enumerable.Range(0, ratings.RaterCount).Select(j => ratings[i, j]!.Value)).ToArray();
        var frequency = all.GroupBy(x => x).ToDictionary(g => g.Key, g => (double)g.Count());
        double Delta(double c, double k)
        {
            if (c == k) return 0;
            return level switch
            {
                MeasurementLevel.Nominal => 1,
                MeasurementLevel.Interval => (c - k) * (c - k),
                MeasurementLevel.Ratio => c + k == 0 ? 0 : Math.Pow((c - k) / (c + k), 2),
                _ => Math.Pow(frequency.Where(f => f.Key >= Math.Min(c, k) && f.Key <= Math.Max(c, k)).Sum(f => f.Value) - (frequency[c] + frequency[k]) / 2, 2),
            };
        }
        var within = new List<double>();
        for (int i = 0; i < ratings.SubjectCount; i++)
            for (int a = 0; a < ratings.RaterCount; a++)
                for (int b = 0; b < ratings.RaterCount; b++)
                    if (a != b) within.Add(Delta(ratings[i, a]!.Value, ratings[i, b]!.Value));
        var pooled = new List<double>();
        for (int a = 0; a < all.Length; a++)
            for (int b = 0; b < all.Length; b++)
                if (a != b) pooled.Add(Delta(all[a], all[b]));
        double expected = pooled.Average();
        return expected == 0 ? null : 1 - within.Average() / expected;
    }
}
