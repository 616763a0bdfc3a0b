namespace MathPlc.Grading;

/// <summary>
/// Series taken a piece at a time (decision 0260), for the kernels that read only some of each series' scores but must
/// refuse any score that is not finite, as the object form does: latest and the recent mean. A piece's scores lie end
/// to end in the column, so they are tested in one contiguous pass (<see cref="BatchKernels.Finite"/>: four 256-bit
/// loads per step, x − x OR-ed, which is +0 exactly when every x is finite), and the piece is then scored from the
/// first-level cache.
/// </summary>
/// <remarks>
/// Testing inside the scoring loop, four series at a time (decision 0190), kept latest at 0.66× and the recent mean at
/// 0.7–0.8× the plain loop that tests nothing: the loads were interleaved with the offsets' checks and the gathers, so
/// fewer cache lines were in flight. The contiguous test keeps the loads back to back, as a plain memory read does.
/// </remarks>
internal static class TestedPieces
{
    /// <summary>
    /// Series per piece: 32 series of eight scores are 2 KB, well inside the first-level cache between the test and the
    /// scoring (16 to 128 measured the same; 256 slower).
    /// </summary>
    public const int PieceSeries = 32;

    /// <summary>Scores series whose scores are all known to be finite.</summary>
    public interface IScorer
    {
        /// <summary>Writes the results and shortfalls of series <paramref name="first"/> to <paramref name="end"/>.</summary>
        void Score(ReadOnlySpan<double> scores, ReadOnlySpan<int> starts, int first, int end, Span<double> results, Span<Shortfall> shortfalls);
    }

    /// <summary>
    /// Tests and scores series <paramref name="first"/> to <paramref name="end"/> a piece at a time: true when every
    /// score of them is finite; false, the results then unspecified, at the first piece holding one that is not — the
    /// caller throws for the block.
    /// </summary>
    public static bool Run<TScorer>(TScorer scorer, ReadOnlySpan<double> scores, ReadOnlySpan<int> starts, int first, int end,
        Span<double> results, Span<Shortfall> shortfalls)
        where TScorer : struct, IScorer
    {
        for (int piece = first; piece < end; piece += PieceSeries)
        {
            int pieceEnd = Math.Min(end, piece + PieceSeries);
            if (!BatchKernels.Finite(scores[starts[piece]..starts[pieceEnd]])) return false;
            scorer.Score(scores, starts, piece, pieceEnd, results, shortfalls);
        }
        return true;
    }
}
