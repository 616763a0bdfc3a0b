using System.Runtime.Intrinsics;
using FsCheck;
using FsCheck.Fluent;
using MathPlc.Tests;

namespace MathPlc.Grading.Tests.Batch;

/// <summary>
/// The four-series-per-vector kernels of session 17 (decision 0190) and their scalar forms, each run both ways on the
/// same columns and checked against the object form bit for bit: recent mean, weighted latest, decaying average, and
/// median, recent median and top mean by the lane sorting network; the finiteness the recent mean proves in its one
/// pass; the network in lanes on every zero-one input. (Latest left the lanes in decision 0260, and the recent mean tests its pieces before its lanes run: <see cref="TestedPieceKernelTests"/>.)
/// </summary>
public class LaneKernelTests
{
    /// <summary>
    /// Half points, and values whose sums are not exact (tenths, thousandths, a value one ulp off 3, 1e15 beside small
    /// scores, tiny and negative values): compensated sums in lanes must still give the object form's bits.
    /// </summary>
    private static readonly Gen<double> Awkward = Gen.OneOf(
        Gen.Choose(0, 8).Select(h => h / 2.0),
        Gen.Choose(0, 4000).Select(m => m / 1000.0),
        Gen.Elements(0.1, 0.2, 0.3, 3.0000000000000004, 1e15, 1e-300, -2.5, 2.0 / 3, 1e16 + 2));

    /// <summary>
    /// Up to 41 series (quads and a remainder), mostly of one length from 1 to 12 (the lanes) and sometimes with one
    /// series a score shorter or longer, so that a quad falls back to the scalar form in the middle of a run.
    /// </summary>
    private static Arbitrary<double[][]> Quads(Gen<double> score) =>
        (from n in Gen.Choose(1, 12)
         from count in Gen.Choose(0, 41)
         from series in score.ArrayOf(n).ArrayOf(count)
         from odd in Gen.Choose(-1, Math.Max(0, count - 1))
         from longer in Gen.Elements(true, false)
         from extra in score
         select odd < 0 || count == 0 ? series : series.Select((s, i) => i != odd ? s : longer || s.Length == 0 ? [.. s, extra] : s[..^1]).ToArray())
        .ToArbitrary();

    private delegate void Kernel(double[] scores, int[] starts, double[] results, Shortfall[] shortfalls, bool lanes);

    /// <summary>Each kernel by its method (the object form it must equal) and how to call it on a whole set of series.</summary>
    public static TheoryData<string> Kernels => ["recent-mean 3", "recent-mean 1", "recent-mean 20", "weighted-latest 0.65",
        "weighted-latest 65 %", "weighted-latest 1", "decaying-average 0.65", "decaying-average 65 %", "decaying-average 1",
        "median", "recent-median 4", "recent-median 20", "top-mean 3", "top-mean 1", "top-mean 12"];

    private static (CalculationMethod Method, Kernel Kernel) Lookup(string key) => key switch
    {
        "latest" => (new Latest(), (sc, st, r, sh, _) => LatestKernel.Latests(sc, st, 0, r.Length, r, sh)),   // no lanes since decision 0260
        _ when key.StartsWith("recent-mean ", StringComparison.Ordinal) => RecentMean(int.Parse(key[12..], System.Globalization.CultureInfo.InvariantCulture)),
        "weighted-latest 0.65" => Weighted(new WeightedLatest()),
        "weighted-latest 65 %" => Weighted(WeightedLatest.FromPercent(65)),
        "weighted-latest 1" => Weighted(new WeightedLatest(1)),
        "decaying-average 0.65" => Decaying(new DecayingAverage()),
        "decaying-average 65 %" => Decaying(DecayingAverage.FromPercent(65)),
        "decaying-average 1" => Decaying(new DecayingAverage(1)),
        "median" => Sorted(new Median()),
        "recent-median 4" => Sorted(new RecentMedian(4)),
        "recent-median 20" => Sorted(new RecentMedian(20)),
        "top-mean 3" => Sorted(new TopMean()),
        "top-mean 1" => Sorted(new TopMean(1)),
        "top-mean 12" => Sorted(new TopMean(12)),
        _ => throw new ArgumentException(key, nameof(key)),
    };

    private static (CalculationMethod, Kernel) RecentMean(int count) =>
        (new RecentMean(count), (sc, st, r, sh, lanes) => LaneKernels.RecentMeans(sc, st, 0, r.Length, r, sh, count, lanes));

    private static (CalculationMethod, Kernel) Weighted(WeightedLatest method) =>
        (method, (sc, st, r, sh, lanes) => LaneKernels.WeightedLatests(sc, st, 0, r.Length, r, sh, method.Factors, lanes));

    private static (CalculationMethod, Kernel) Decaying(DecayingAverage method) =>
        (method, (sc, st, r, sh, lanes) => LaneKernels.DecayingAverages(sc, st, 0, r.Length, r, sh, method.Factors, lanes));

    /// <summary>The sorting kernels' whole path (lanes where four series allow, the scalar network or the method otherwise); the scores hold no −0.</summary>
    private static (CalculationMethod, Kernel) Sorted(CalculationMethod method) =>
        (method, (sc, st, r, sh, lanes) =>
        {
            var shape = BatchKernels.Inspect(sc, sums: true);
            BatchKernels.Sorted(sc, st, 0, r.Length, r, sh, method, shape.Exact, lanes);
        });

    [Theory]
    [MemberData(nameof(Kernels))]
    public void The_kernel_in_lanes_and_in_scalars_gives_the_object_form_to_the_bit(string key)
    {
        var (method, kernel) = Lookup(key);
        Prop.ForAll(Quads(Awkward), series =>
        {
            var (scores, starts) = BatchData.Columns(series);
            foreach (bool lanes in new[] { true, false })
            {
                var results = new double[series.Length];
                var shortfalls = new Shortfall[series.Length];
                kernel(scores, starts, results, shortfalls, lanes);
                KernelFastPathTests.AssertBits(method, series, results, shortfalls);
            }
        }).Check(maxTest: 200);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_recent_mean_finds_a_score_that_is_not_finite_at_every_place_of_four_series(bool lanes)
    {
        foreach (double bad in new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity })
        {
            for (int n = 1; n <= 9; n++)
            {
                var series = Enumerable.Range(0, 8).Select(i => Enumerable.Range(0, n).Select(k => (i + k) % 9 / 2.0).ToArray()).ToArray();
                var (scores, starts) = BatchData.Columns(series);
                var results = new double[series.Length];
                var shortfalls = new Shortfall[series.Length];
                Assert.True(LaneKernels.RecentMeans(scores, starts, 0, series.Length, results, shortfalls, 2, lanes));
                for (int at = 0; at < scores.Length; at++)
                {
                    var planted = (double[])scores.Clone();
                    planted[at] = bad;
                    Assert.False(LaneKernels.RecentMeans(planted, starts, 0, series.Length, results, shortfalls, 2, lanes), $"recent mean: {bad} at {at}, length {n}");
                }
            }
        }
    }

    [Theory]
    [InlineData("latest")]
    [InlineData("recent-mean 3")]
    [InlineData("weighted-latest 0.65")]
    [InlineData("weighted-latest 1")]
    [InlineData("decaying-average 0.65")]
    [InlineData("median")]
    [InlineData("top-mean 3")]
    public void A_score_that_is_not_finite_among_series_of_one_length_is_reported_at_its_place(string key)
    {
        var method = Lookup(key).Method;
        var random = new Random(17);
        const int count = 9_000, n = 8;
        var series = Enumerable.Range(0, count).Select(_ => Enumerable.Range(0, n).Select(_ => random.Next(0, 9) / 2.0).ToArray()).ToArray();
        var (scores, starts) = BatchData.Columns(series);
        foreach (int at in new[] { 0, 7, 8, 4095 * n + 3, 4096 * n, scores.Length - 1 })
        {
            foreach (double bad in new[] { double.NaN, double.NegativeInfinity })
            {
                var planted = (double[])scores.Clone();
                planted[at] = bad;
                planted[^1] = double.PositiveInfinity;   // a later bad score, which must not be the one named
                if (at == scores.Length - 1) planted[at] = bad;
                string shown = double.IsNaN(bad) ? "NaN" : "-Infinity";
                foreach (var rounding in new[] { null, ScoreRounding.Canvas })
                {
                    var e = Assert.Throws<ArgumentOutOfRangeException>("scores",
                        () => ProficiencyBatch.Score(method, planted, starts, new double[count], new Shortfall[count], rounding));
                    Assert.StartsWith($"scores[{at}] (series {at / n}) is {shown};", e.Message, StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public void The_network_in_lanes_sorts_every_zero_one_input()
    {
        if (!Vector256.IsHardwareAccelerated) return;   // the lanes run only where vectors are native
        // The zero-one principle (Knuth, TAOCP vol. 3, §5.3.4, exercise 5.3.4-32): a network that sorts every sequence
        // of zeros and ones sorts every sequence. The 256 inputs of eight places, four at a time, one per lane.
        for (int first = 0; first < 256; first += 4)
        {
            var places = new Vector256<double>[8];
            for (int k = 0; k < 8; k++)
                places[k] = Vector256.Create((double)(first >> k & 1), (first + 1) >> k & 1, (first + 2) >> k & 1, (first + 3) >> k & 1);
            LaneKernels.SortEight<LaneKernels.LaneOrder, Vector256<double>>(ref places[0], ref places[1], ref places[2], ref places[3],
                ref places[4], ref places[5], ref places[6], ref places[7]);
            for (int lane = 0; lane < 4; lane++)
            {
                int ones = System.Numerics.BitOperations.PopCount((uint)(first + lane));
                for (int k = 0; k < 8; k++) Assert.Equal(k >= 8 - ones ? 1.0 : 0.0, places[k][lane]);
            }
        }
    }
}
