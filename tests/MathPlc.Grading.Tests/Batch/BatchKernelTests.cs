using FsCheck;
using FsCheck.Fluent;
using MathPlc.Tests;

namespace MathPlc.Grading.Tests.Batch;

/// <summary>
/// The batch kernels (issue 18) against the object form's arithmetic, bit for bit, on each path a block can take:
/// scores on the exact grid (vector sums), off it (compensated sums), with −0 (the generic path), short series
/// (sorting networks) and long ones (the method's own sort).
/// </summary>
public class BatchKernelTests
{
    /// <summary>Half points 0–4 only: every block is on the exact grid.</summary>
    private static readonly Gen<double> HalfPoint = Gen.Choose(0, 8).Select(h => h / 2.0);

    /// <summary>Values that stress the paths: −0, +0, off-grid fractions, huge dyadic values that break the exactness bound, negatives.</summary>
    private static readonly Gen<double> Awkward = Gen.OneOf(
        HalfPoint,
        Gen.Elements(-0.0, 0.0, 1e15, -1e15, 4503599627370496.0, 0.1, 1.0 / 3, -2.5, 1e-300, 3.0000000000000004));

    private static Arbitrary<double[][]> SeriesOf(Gen<double> score, int maxLength) =>
        Gen.Choose(0, 40).SelectMany(count => Gen.Choose(0, maxLength).SelectMany(n => score.ArrayOf(n)).ArrayOf(count)).ToArbitrary();

    private static void BatchEqualsComputeBitForBit(CalculationMethod method, double[][] series)
    {
        var (scores, starts) = BatchData.Columns(series);
        var results = new double[series.Length];
        var shortfalls = new Shortfall[series.Length];
        ProficiencyBatch.Score(method, scores, starts, results, shortfalls);
        KernelFastPathTests.AssertBits(method, series, results, shortfalls);
    }

    [Theory]
    [MemberData(nameof(BatchMethods.Keys), MemberType = typeof(BatchMethods))]
    public void On_half_points_the_kernel_gives_the_object_form_to_the_bit(string key) =>
        Prop.ForAll(SeriesOf(HalfPoint, 20), series => BatchEqualsComputeBitForBit(BatchMethods.All[key], series)).Check(maxTest: 150);

    [Theory]
    [MemberData(nameof(BatchMethods.Keys), MemberType = typeof(BatchMethods))]
    public void With_negative_zero_off_grid_and_huge_scores_the_batch_gives_the_object_form_to_the_bit(string key) =>
        Prop.ForAll(SeriesOf(Awkward, 20), series => BatchEqualsComputeBitForBit(BatchMethods.All[key], series)).Check(maxTest: 150);

    /// <summary>Series that all have one length (every student took the same assessments): the four-at-once power law path.</summary>
    private static Arbitrary<double[][]> SeriesOfOneLength(Gen<double> score) =>
        Gen.Choose(1, 20).SelectMany(n => Gen.Choose(0, 40).SelectMany(count => score.ArrayOf(n).ArrayOf(count))).ToArbitrary();

    [Theory]
    [MemberData(nameof(BatchMethods.Keys), MemberType = typeof(BatchMethods))]
    public void On_series_of_one_length_the_kernel_gives_the_object_form_to_the_bit(string key)
    {
        Prop.ForAll(SeriesOfOneLength(HalfPoint), series => BatchEqualsComputeBitForBit(BatchMethods.All[key], series)).Check(maxTest: 100);
        Prop.ForAll(SeriesOfOneLength(Awkward), series => BatchEqualsComputeBitForBit(BatchMethods.All[key], series)).Check(maxTest: 100);
    }

    [Fact]
    public void The_sorting_networks_sort_every_length_from_1_to_16_as_a_sort_does()
    {
        var values = Gen.OneOf(HalfPoint, Gen.Choose(-1000, 1000).Select(m => m / 7.0), Gen.Elements(double.MaxValue, double.MinValue, 0.0));
        for (int n = 1; n <= SortingNetwork.MaxLength; n++)
        {
            Prop.ForAll(values.ArrayOf(n).ToArbitrary(), series =>
            {
                var expected = (double[])series.Clone();
                Array.Sort(expected);
                Assert.Equal(expected, SortingNetwork.SortedCopy(series, new double[SortingNetwork.MaxLength]).ToArray());
            }).Check(maxTest: 200);
        }
    }

    [Fact]
    public void The_sixteen_place_network_sorts_every_sequence_of_zeros_and_ones()
    {
        // The zero-one principle (Knuth, TAOCP 3, §5.3.4): a network that sorts all 2^16 zero-one inputs sorts every input.
        var space = new double[SortingNetwork.MaxLength];
        var input = new double[SortingNetwork.MaxLength];
        for (int bits = 0; bits < 1 << 16; bits++)
        {
            for (int k = 0; k < input.Length; k++) input[k] = (bits >> k) & 1;
            var sorted = SortingNetwork.SortedCopy(input, space);
            for (int k = 1; k < sorted.Length; k++) Assert.True(sorted[k - 1] <= sorted[k], $"input {bits:b16} unsorted at {k}");
        }
    }

    [Theory]
    [InlineData(ModeTieRule.Highest)]
    [InlineData(ModeTieRule.MostRecent)]
    [InlineData(ModeTieRule.None)]
    public void The_counting_mode_gives_the_object_form_on_every_series_of_up_to_eight_scores_over_three_values(ModeTieRule rule)
    {
        // Exhaustive over 3 values and lengths 1–8 (9,840 series): every pattern of ties, at every place, and series
        // at the end of the columns (read from a copy) as well as inside them (read in place).
        var series = new List<double[]>();
        for (int n = 1; n <= 8; n++)
        {
            int count = (int)Math.Pow(3, n);
            for (int code = 0; code < count; code++)
            {
                var s = new double[n];
                for (int k = 0, c = code; k < n; k++, c /= 3) s[k] = 1 + c % 3 * 1.5;
                series.Add(s);
            }
        }
        BatchEqualsComputeBitForBit(new Mode(rule), [.. series]);
        BatchEqualsComputeBitForBit(new Mode(rule), [.. series.AsEnumerable().Reverse()]);
    }

    [Fact]
    public void A_block_is_exact_only_on_the_grid_and_under_the_bound()
    {
        Assert.True(BatchKernels.Inspect([0.5, 4, 100, 0.25], sums: true).Exact);
        Assert.False(BatchKernels.Inspect([0.5, 4, 0.1], sums: true).Exact);                       // 0.1 is off the 2^-20 grid
        Assert.False(BatchKernels.Inspect([4294967296.0, 1], sums: true).Exact);                   // the absolute total reaches 2^32
        Assert.True(BatchKernels.Inspect([-0.0, 1, 2, 3, 4, 5], sums: true).NegativeZero);
        Assert.False(BatchKernels.Inspect([0.0, 1, 2, 3, 4, 5], sums: true).NegativeZero);
        Assert.False(BatchKernels.Inspect([1, 2, 3, 4, 5, double.NaN], sums: true).Finite);
        Assert.False(BatchKernels.Inspect([1, 2, 3, 4, double.PositiveInfinity, 5, 6, 7, 8], sums: true).Finite);
        Assert.False(BatchKernels.Inspect([1, 2, 3, 4, double.NegativeInfinity, 5, 6, 7, 8], sums: false).Finite);
        Assert.True(BatchKernels.Inspect([1, 2, 3, 4, -0.0, 5, 6, 7, 8], sums: false).NegativeZero);
        Assert.False(BatchKernels.Inspect([0.5, 4, 100, 0.25], sums: false).Exact);                 // only the adding methods ask
        Assert.False(BatchKernels.Inspect([1, 2, 3, 4, 5, 6, 7, 2147483648.0], sums: true).Exact);  // 8 × 2^31 reaches 2^32
    }
}
