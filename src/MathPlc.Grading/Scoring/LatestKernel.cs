namespace MathPlc.Grading;

/// <summary>
/// The batch kernel for <see cref="Latest"/> (decision 0260): the latest score of each series, every score of the
/// series tested for finiteness a piece at a time (<see cref="TestedPieces"/>), then each series' latest score copied
/// while its cache line is still in the first-level cache. Series of any length take the same path.
/// </summary>
/// <remarks>
/// Before, latest ran in <see cref="LaneKernels"/>' four-series lanes — a shape check of five offsets, a gather of four
/// latest scores and the test, per four series — at 0.66× the plain loop that copies the latest score and tests nothing
/// (BenchmarkDotNet, session 18).
/// </remarks>
internal static class LatestKernel
{
    /// <summary>
    /// Writes the latest score of series <paramref name="first"/> to <paramref name="end"/> (no evidence for an empty
    /// one), testing every score of those series for finiteness: true when all are finite; false, the results then
    /// unspecified, at the first piece that holds one that is not — the caller throws for the block.
    /// </summary>
    public static bool Latests(ReadOnlySpan<double> scores, ReadOnlySpan<int> starts, int first, int end,
        Span<double> results, Span<Shortfall> shortfalls) =>
        TestedPieces.Run(new LatestPiece(), scores, starts, first, end, results, shortfalls);

    /// <summary>The latest scores of a piece whose scores are known to be finite.</summary>
    private readonly struct LatestPiece : TestedPieces.IScorer
    {
        public void Score(ReadOnlySpan<double> scores, ReadOnlySpan<int> starts, int first, int end, Span<double> results, Span<Shortfall> shortfalls)
        {
            int from = starts[first];
            for (int i = first; i < end; i++)
            {
                int to = starts[i + 1];
                if (to > from) BatchKernels.Scored(results, shortfalls, i, scores[to - 1]);
                else BatchKernels.NoEvidence(results, shortfalls, i);
                from = to;
            }
        }
    }
}
