using FsCheck;
using FsCheck.Fluent;
using MathPlc.Tests;

namespace MathPlc.Grading.Tests.Batch;

/// <summary>
/// The fast paths of session 16 (decision 0175) and their fallbacks, each against the object form bit for bit: the
/// power law's AVX2 kernel and its scalar twin, the counting mode on series of 9–16 scores, latest's chunked finiteness
/// test, and the decaying average, which proves its scores finite by its results; and, for every method, a score that
/// is not finite reported with the same place as before.
/// </summary>
public class KernelFastPathTests
{
    /// <summary>Half points, and values the half-point table does not hold (off the steps, above 100, zero, negative), so that single lanes of a vector fall back.</summary>
    private static readonly Gen<double> OnAndOffTable = Gen.OneOf(
        Gen.Choose(1, 8).Select(h => h / 2.0),
        Gen.Elements(0.0, 0.25, 0.3, 100.0, 100.5, 127.75, 1e15, -2.0, 3.0000000000000004, 0.5));

    /// <summary>Up to 41 series (four at a time and a remainder) that all have one length from 1 to 20.</summary>
    private static Arbitrary<double[][]> OneLength(Gen<double> score) =>
        Gen.Choose(1, 20).SelectMany(n => Gen.Choose(0, 41).SelectMany(count => score.ArrayOf(n).ArrayOf(count))).ToArbitrary();

    /// <summary>Each series' result and shortfall are the object form's (<c>Compute</c>), the result to the bit.</summary>
    internal static void AssertBits(CalculationMethod method, double[][] series, double[] results, Shortfall[] shortfalls)
    {
        for (int i = 0; i < series.Length; i++)
        {
            var expected = method.Compute(series[i]);
            Assert.Equal(expected.Shortfall, shortfalls[i]);
            double want = expected.IsScored ? expected.Score : ProficiencyBatch.NoScore;
            Assert.True(BitConverter.DoubleToInt64Bits(want) == BitConverter.DoubleToInt64Bits(results[i]),
                $"{method.Name}, series {i} [{string.Join(", ", series[i].Select(x => x.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))}]: batch {results[i]:R}, object form {want:R}.");
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_power_law_kernel_in_vectors_and_in_scalars_gives_the_object_form_to_the_bit(bool vectors)
    {
        foreach (var power in new[] { new PowerLaw(), new PowerLaw(clampMinimum: 0, clampMaximum: 4) })
        {
            Prop.ForAll(OneLength(OnAndOffTable), series =>
            {
                var (scores, starts) = BatchData.Columns(series);
                var results = new double[series.Length];
                var shortfalls = new Shortfall[series.Length];
                BatchKernels.PowerLaws(scores, starts, 0, series.Length, results, shortfalls, power, vectors);
                AssertBits(power, series, results, shortfalls);
            }).Check(maxTest: 200);
        }
    }

    [Theory]
    [InlineData(ModeTieRule.Highest)]
    [InlineData(ModeTieRule.MostRecent)]
    [InlineData(ModeTieRule.None)]
    public void The_counting_mode_gives_the_object_form_on_series_of_9_to_16_scores(ModeTieRule rule)
    {
        // Few values, so that ties of every size are common; in place and, reversed, from a copy at the columns' end.
        var few = Gen.Elements(1.0, 2.5, 4.0, 0.5);
        var arbitrary = Gen.Choose(9, 16).SelectMany(n => few.ArrayOf(n)).ArrayOf().Where(a => a.Length > 0).ToArbitrary();
        var mode = new Mode(rule);
        Prop.ForAll(arbitrary, series =>
        {
            foreach (var ordered in new[] { series, series.Reverse().ToArray() })
            {
                var (scores, starts) = BatchData.Columns(ordered);
                var results = new double[ordered.Length];
                var shortfalls = new Shortfall[ordered.Length];
                ProficiencyBatch.Score(mode, scores, starts, results, shortfalls);
                AssertBits(mode, ordered, results, shortfalls);
            }
        }).Check(maxTest: 300);
    }

    [Fact]
    public void The_finiteness_test_finds_a_bad_value_at_every_place_of_every_length()
    {
        foreach (double bad in new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity })
        {
            for (int length = 1; length <= 41; length++)
            {
                var values = Enumerable.Range(0, length).Select(k => (k % 3 - 1) * (k + 0.5)).ToArray();
                Assert.True(BatchKernels.Finite(values), $"all finite, length {length}");
                for (int at = 0; at < length; at++)
                {
                    var planted = (double[])values.Clone();
                    planted[at] = bad;
                    Assert.False(BatchKernels.Finite(planted), $"{bad} at {at} of {length}");
                }
            }
        }
        Assert.True(BatchKernels.Finite([-0.0, double.MaxValue, double.MinValue, double.Epsilon, -double.Epsilon]));
        Assert.True(BatchKernels.Finite([]));
    }

    /// <summary>Two bad scores planted among three blocks of series (0–12 scores): the first is the one reported.</summary>
    private static Arbitrary<(int Seed, int First, int Second, double Bad)> Planted =>
        (from seed in Gen.Choose(1, 1000)
         from first in Gen.Choose(0, 1_000_000)
         from second in Gen.Choose(0, 1_000_000)
         from bad in Gen.Elements(double.NaN, double.PositiveInfinity, double.NegativeInfinity)
         select (seed, first, second, bad)).ToArbitrary();

    [Theory]
    [MemberData(nameof(BatchMethods.Keys), MemberType = typeof(BatchMethods))]
    public void A_score_that_is_not_finite_is_reported_at_its_place_whichever_scores_the_method_reads(string key)
    {
        var method = BatchMethods.All[key];
        Prop.ForAll(Planted, p =>
        {
            var (scores, starts) = BatchData.Random(p.Seed, 9_000, maxLength: 12);
            int first = Math.Min(p.First, p.Second) % scores.Length, second = Math.Max(p.First, p.Second) % scores.Length;
            (first, second) = (Math.Min(first, second), Math.Max(first, second));
            scores[first] = p.Bad;
            scores[second] = double.NaN;
            int series = Enumerable.Range(0, starts.Length - 1).First(i => starts[i + 1] > first);
            string shown = double.IsNaN(p.Bad) ? "NaN" : p.Bad > 0 ? "Infinity" : "-Infinity";
            foreach (var rounding in new[] { null, ScoreRounding.Canvas })
            {
                var e = Assert.Throws<ArgumentOutOfRangeException>("scores",
                    () => ProficiencyBatch.Score(method, scores, starts, new double[9_000], new Shortfall[9_000], rounding));
                Assert.StartsWith($"scores[{first}] (series {series}) is {shown};", e.Message, StringComparison.Ordinal);
            }
        }).Check(maxTest: 20);
    }
}
