using FsCheck;
using FsCheck.Fluent;
using MathPlc.Tests;

namespace MathPlc.Grading.Tests.Batch;

/// <summary>
/// The kernels that test their series a piece of 32 at a time in one contiguous pass before scoring them (decision
/// 0260): latest, and the recent mean (its windows then in lanes or in scalars). Checked against the object form to
/// the bit on series of every length (empty ones too) that cross the pieces' edges, and for the finiteness they must
/// prove of every score, read for the result or not, at every place.
/// </summary>
public class TestedPieceKernelTests
{
    private delegate bool Kernel(double[] scores, int[] starts, int first, int end, double[] results, Shortfall[] shortfalls);

    /// <summary>Each kernel by name, with the method whose object form it must equal.</summary>
    private static (CalculationMethod Method, Kernel Kernel) Lookup(string key) => key switch
    {
        "latest" => (new Latest(), (sc, st, f, e, r, sh) => LatestKernel.Latests(sc, st, f, e, r, sh)),
        "recent-mean 2 lanes" => (new RecentMean(2), (sc, st, f, e, r, sh) => LaneKernels.RecentMeans(sc, st, f, e, r, sh, 2, lanes: true)),
        "recent-mean 2 scalars" => (new RecentMean(2), (sc, st, f, e, r, sh) => LaneKernels.RecentMeans(sc, st, f, e, r, sh, 2, lanes: false)),
        "recent-mean 5 lanes" => (new RecentMean(5), (sc, st, f, e, r, sh) => LaneKernels.RecentMeans(sc, st, f, e, r, sh, 5, lanes: true)),
        _ => throw new ArgumentException(key, nameof(key)),
    };

    public static TheoryData<string> Kernels => ["latest", "recent-mean 2 lanes", "recent-mean 2 scalars", "recent-mean 5 lanes"];

    /// <summary>Up to 100 series of 0 to 12 scores each (three pieces and a remainder), with awkward values.</summary>
    private static readonly Arbitrary<double[][]> Series =
        (from count in Gen.Choose(0, 100)
         from series in Gen.Choose(0, 12).SelectMany(n => Gen.OneOf(
             Gen.Choose(0, 8).Select(h => h / 2.0),
             Gen.Elements(0.1, -2.5, 1e15, 1e-300, -0.0, 2.0 / 3)).ArrayOf(n)).ArrayOf(count)
         select series).ToArbitrary();

    [Theory]
    [MemberData(nameof(Kernels))]
    public void Every_series_gets_the_object_forms_score_or_its_shortfall_to_the_bit(string key)
    {
        var (method, kernel) = Lookup(key);
        Prop.ForAll(Series, series =>
        {
            var (scores, starts) = BatchData.Columns(series);
            var results = new double[series.Length];
            var shortfalls = new Shortfall[series.Length];
            Assert.True(kernel(scores, starts, 0, series.Length, results, shortfalls));
            KernelFastPathTests.AssertBits(method, series, results, shortfalls);
        }).Check(maxTest: 300);
    }

    [Theory]
    [MemberData(nameof(Kernels))]
    public void Only_the_series_from_first_to_end_are_written(string key)
    {
        var (method, kernel) = Lookup(key);
        var series = Enumerable.Range(0, 80).Select(i => Enumerable.Range(0, i % 5).Select(k => (i + k) % 9 / 2.0).ToArray()).ToArray();
        var (scores, starts) = BatchData.Columns(series);
        var results = Enumerable.Repeat(-7.0, series.Length).ToArray();
        var shortfalls = Enumerable.Repeat(Shortfall.TooFewScores, series.Length).ToArray();
        Assert.True(kernel(scores, starts, 5, 71, results, shortfalls));
        for (int i = 0; i < series.Length; i++)
        {
            if (i is >= 5 and < 71)
            {
                var expected = method.Compute(series[i]);
                Assert.Equal(expected.Shortfall, shortfalls[i]);
                Assert.Equal(expected.IsScored ? expected.Score : ProficiencyBatch.NoScore, results[i]);
            }
            else
            {
                Assert.Equal(-7.0, results[i]);
                Assert.Equal(Shortfall.TooFewScores, shortfalls[i]);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Kernels))]
    public void A_score_that_is_not_finite_is_found_at_every_place_and_only_inside_first_to_end(string key)
    {
        var kernel = Lookup(key).Kernel;
        // 70 series of 0 to 8 scores: three pieces, one cut short, and empty series at some pieces' edges.
        var series = Enumerable.Range(0, 70).Select(i => Enumerable.Range(0, i * 7 % 9).Select(k => (i + k) % 9 / 2.0).ToArray()).ToArray();
        var (scores, starts) = BatchData.Columns(series);
        var results = new double[series.Length];
        var shortfalls = new Shortfall[series.Length];
        Assert.True(kernel(scores, starts, 0, series.Length, results, shortfalls));
        const int first = 3, end = 66;
        foreach (double bad in new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity })
        {
            for (int at = 0; at < scores.Length; at++)
            {
                var planted = (double[])scores.Clone();
                planted[at] = bad;
                Assert.False(kernel(planted, starts, 0, series.Length, results, shortfalls), $"{bad} at {at}");
                bool inside = at >= starts[first] && at < starts[end];
                Assert.Equal(!inside, kernel(planted, starts, first, end, results, shortfalls));
            }
        }
    }
}
