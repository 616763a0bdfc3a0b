namespace MathPlc.Grading;

/// <summary>
/// Sorts short series (up to <see cref="MaxLength"/> scores) ascending with fixed sorting networks: the same
/// compare-exchanges whatever the values, branch-free (<see cref="double.MinNative"/>, <see cref="double.MaxNative"/>),
/// so a batch of random series costs no mispredicted branches. The batch kernels of the median, recent median, mode
/// and top mean use it.
/// </summary>
/// <remarks>
/// A series is copied into 8 or 16 places and padded with +∞, which sorts last; the first n places then hold the
/// series in order. The result equals <see cref="MemoryExtensions.Sort{T}(Span{T})"/>'s bit for bit when the scores
/// are finite and none is −0 (then equal scores are the same bits, so any correct sort gives the same sequence); the
/// batch kernels use the networks only on such blocks. Networks: Batcher's odd–even merge sort for 8 (19
/// comparators, optimal) and for 16 (63 comparators) (Knuth, TAOCP vol. 3, §5.3.4, Algorithm M).
/// </remarks>
internal static class SortingNetwork
{
    /// <summary>The longest series the networks sort.</summary>
    public const int MaxLength = 16;

    /// <summary>Batcher's odd–even merge sort of sixteen places: 63 compare-exchanges, as (lower, upper) places.</summary>
    private static readonly (byte, byte)[] Sixteen = Batcher(MaxLength);

    /// <summary>
    /// Copies <paramref name="series"/> (1 to <see cref="MaxLength"/> finite scores) into <paramref name="space"/>
    /// (at least <see cref="MaxLength"/> places) and sorts it; returns the sorted copy, as long as the series.
    /// </summary>
    public static Span<double> SortedCopy(ReadOnlySpan<double> series, Span<double> space)
    {
        int n = series.Length;
        if (n <= 8)
        {
            var eight = space[..8];
            eight.Fill(double.PositiveInfinity);
            series.CopyTo(eight);
            SortEight(eight);
            return eight[..n];
        }
        var sixteen = space[..MaxLength];
        sixteen.Fill(double.PositiveInfinity);
        series.CopyTo(sixteen);
        foreach (var (a, b) in Sixteen) LaneKernels.ScalarOrder.Exchange(ref sixteen[a], ref sixteen[b]);
        return sixteen[..n];
    }

    /// <summary>Batcher's odd–even merge sort of eight values, in registers.</summary>
    private static void SortEight(Span<double> v)
    {
        double a0 = v[0], a1 = v[1], a2 = v[2], a3 = v[3], a4 = v[4], a5 = v[5], a6 = v[6], a7 = v[7];
        LaneKernels.SortEight<LaneKernels.ScalarOrder, double>(ref a0, ref a1, ref a2, ref a3, ref a4, ref a5, ref a6, ref a7);
        v[0] = a0; v[1] = a1; v[2] = a2; v[3] = a3; v[4] = a4; v[5] = a5; v[6] = a6; v[7] = a7;
    }

    /// <summary>The compare-exchanges of Batcher's odd–even merge sort of <paramref name="n"/> places (a power of two).</summary>
    private static (byte, byte)[] Batcher(int n)
    {
        var pairs = new List<(byte, byte)>();
        for (int p = 1; p < n; p <<= 1)
            for (int k = p; k >= 1; k >>= 1)
                for (int j = k % p; j <= n - 1 - k; j += 2 * k)
                    for (int i = 0; i <= Math.Min(k - 1, n - j - k - 1); i++)
                        if ((i + j) / (p * 2) == (i + j + k) / (p * 2)) pairs.Add(((byte)(i + j), (byte)(i + j + k)));
        return [.. pairs];
    }
}
