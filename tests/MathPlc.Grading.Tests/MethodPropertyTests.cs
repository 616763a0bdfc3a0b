using FsCheck;
using FsCheck.Fluent;
using MathPlc.Grading;
using MathPlc.Tests;

namespace MathPlc.Grading.Tests;

/// <summary>The properties issue 3 asks of every method.</summary>
public class MethodPropertyTests
{
    private const double Tolerance = 1e-9;

    private static readonly Gen<double> HalfPoints = Gen.Choose(0, 8).Select(h => h / 2.0);

    // Percent-scale scores with two decimals, up to 150 of them (longer than the stack scratch of 64).
    private static readonly Gen<double> PercentScores = Gen.Choose(0, 10_000).Select(c => c / 100.0);

    private static readonly Gen<double[]> Series =
        Gen.Frequency((3, Gen.Choose(1, 12)), (1, Gen.Choose(13, 150)))
            .SelectMany(n => Gen.OneOf(HalfPoints.ArrayOf(n), PercentScores.ArrayOf(n)));

    private static readonly Arbitrary<int> MethodIndex = Gen.Choose(0, Methods.All.Length - 1).ToArbitrary();

    [Fact]
    public void A_constant_series_scores_its_constant() =>
        Prop.ForAll(MethodIndex, PercentScores.ToArbitrary(), Gen.Choose(1, 100).ToArbitrary(), (m, c, n) =>
        {
            var method = Methods.All[m];
            var outcome = method.Compute(Enumerable.Repeat(c, n).ToArray());
            if (method is NMastery nm && (n < nm.Count || c < nm.MasteryPoints)) Assert.False(outcome.IsScored);
            else Assert.Equal(c, outcome.Score, Tolerance);
        }).Check();

    [Fact]
    public void Every_score_lies_within_the_scores_given() =>
        Prop.ForAll(MethodIndex, Series.ToArbitrary(), (m, s) =>
        {
            var outcome = Methods.All[m].Compute(s);
            if (outcome.IsScored) Assert.InRange(outcome.Score, s.Min() - Tolerance, s.Max() + Tolerance);
        }).Check();

    [Fact]
    public void Order_free_methods_ignore_order() =>
        Prop.ForAll(MethodIndex, Series.ToArbitrary(), ArbMap.Default.ArbFor<int>(), (m, s, seed) =>
        {
            var method = Methods.All[m];
            if (!method.IsOrderFree) return;
            var shuffled = s.ToArray();
            new Random(seed).Shuffle(shuffled);
            var a = method.Compute(s);
            var b = method.Compute(shuffled);
            Assert.Equal(a.Shortfall, b.Shortfall);
            if (a.IsScored) Assert.Equal(a.Score, b.Score, Tolerance);
        }).Check();

    [Fact] // Issue 3: mean, median, mode with the highest (or no) tie rule, highest, top-mean are order-free; so is n-mastery.
    public void The_order_free_methods_are_the_documented_ones() => Assert.Equal(
        ["mean", "median", "mode", "mode", "highest", "n-mastery", "n-mastery", "top-mean", "top-mean"],
        Methods.All.Where(m => m.IsOrderFree).Select(m => m.Name));

    [Fact]
    public void Decaying_average_with_full_weight_is_the_latest_score() =>
        Prop.ForAll(Series.ToArbitrary(), s =>
        {
            Assert.Equal(s[^1], Scores.Of(new DecayingAverage(1), s));
            Assert.Equal(s[^1], Scores.Of(DecayingAverage.FromPercent(100), s));
        }).Check();

    [Fact]
    public void N_mastery_gives_no_score_with_fewer_than_n_scores() =>
        Prop.ForAll(Gen.Choose(1, 10).ToArbitrary(), HalfPoints.ArrayOf().ToArbitrary(), (n, s) =>
        {
            var few = s.Take(n - 1).ToArray();
            Assert.False(new NMastery(n, 0).Compute(few).IsScored);
        }).Check();

    [Fact]
    public void Raising_one_score_never_lowers_a_monotone_method() =>
        Prop.ForAll(Gen.Choose(0, Methods.Monotone.Length - 1).ToArbitrary(), Series.ToArbitrary(),
            Gen.Choose(0, 1000).SelectMany(at => Gen.Choose(1, 5000).Select(c => (at, c / 100.0))).ToArbitrary(), (m, s, change) =>
            {
                var (at, raise) = change;
                var method = Methods.Monotone[m];
                var raised = s.ToArray();
                raised[at % raised.Length] += raise;
                Assert.True(Scores.Of(method, raised) >= Scores.Of(method, s) - Tolerance, $"{method} went down.");
            }).Check();

    [Fact]
    public void No_method_returns_nan_or_infinity() =>
        Prop.ForAll(MethodIndex, Series.ToArbitrary(), Gen.Choose(-3, 6).ToArbitrary(), (m, s, power) =>
        {
            var scaled = s.Select(x => x * Math.Pow(10, power)).ToArray();
            var outcome = Methods.All[m].Compute(scaled);
            Assert.True(outcome.IsScored ? double.IsFinite(outcome.Score) : outcome.Shortfall != Shortfall.None);
        }).Check();

    [Fact]
    public void Weights_of_averaging_methods_sum_to_one_and_picking_methods_pick_one() =>
        Prop.ForAll(MethodIndex, Series.ToArbitrary(), (m, s) =>
        {
            var method = Methods.All[m];
            if (!method.Compute(s).IsScored) return;
            var weights = Scores.WeightsOf(method, s);
            Assert.Equal(1.0, weights.Sum(), Tolerance);
            Assert.All(weights, w => Assert.InRange(w, 0, 1));
            if (method is Highest or Latest) Assert.Equal(1, weights.Count(w => w == 1));
        }).Check();

    [Fact]
    public void Weights_reproduce_the_score() =>
        Prop.ForAll(MethodIndex, Series.ToArbitrary(), (m, s) =>
        {
            var method = Methods.All[m];
            var outcome = method.Compute(s);
            if (!outcome.IsScored) return;
            var weights = Scores.WeightsOf(method, s);
            Assert.Equal(outcome.Score, s.Zip(weights, (x, w) => x * w).Sum(), 1e-6);
        }).Check();
}
