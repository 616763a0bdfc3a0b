namespace MathPlc.Grading;

/// <summary>
/// The batch kernel for <see cref="Latest"/> (decision 0260): the latest score of each series, with every score of the
/// series tested for finiteness, as the object form refuses a series holding one that is not. The series are taken a
/// few at a time: their scores, which lie end to end, are tested in one contiguous pass of 256-bit vectors
/// (<see cref="BatchKernels.Finite"/>), then each series' latest score is copied while its cache line is still in the
/// first-level cache.
/// </summary>
/// <remarks>
/// Before, latest ran in <see cref="LaneKernels"/>' four-series lanes: a shape check of four offsets, a gather of four
/// latest scores and a test of the four series' scores per step, at 0.66× the plain loop that copies the latest score
/// and tests nothing (BenchmarkDotNet, session 18). The plain loop is bound by memory reads; so is a contiguous test
/// with four loads in flight, and the copy then reads from the cache. Series of any length take the same path.
/// </remarks>
internal static class LatestKernel
{
    /// <summary>
    /// Series per piece: 32 series of eight scores are 2 KB, well inside the first-level cache between the test and the
    /// copy (16 to 128 measured the same; 256 slower).
    /// </summary>
    private const int PieceSeries = 32;

    /// <summary>
    /// Writes the latest score of series <paramref name="first"/> to <paramref name="end"/> (no evidence for an empty
    /// one), testing every score of those series for finiteness: true when all are finite; false, the results then
    /// unspecified, at the first piece that holds one that is not — the caller throws for the block.
    /// </summary>
    public static bool Latests(ReadOnlySpan<double> scores, ReadOnlySpan<int> starts, int first, int end,
        Span<double> results, Span<Shortfall> shortfalls)
    {
        for (int piece = first; piece < end; piece += PieceSeries)
        {
            int pieceEnd = Math.Min(end, piece + PieceSeries);
            int from = starts[piece];
            if (!BatchKernels.Finite(scores[from..starts[pieceEnd]])) return false;
            for (int i = piece; i < pieceEnd; i++)
            {
                int to = starts[i + 1];
                if (to > from) BatchKernels.Scored(results, shortfalls, i, scores[to - 1]);
                else BatchKernels.NoEvidence(results, shortfalls, i);
                from = to;
            }
        }
        return true;
    }
}
