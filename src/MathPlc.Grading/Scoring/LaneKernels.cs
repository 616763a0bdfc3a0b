using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace MathPlc.Grading;

/// <summary>
/// Batch kernels that score four neighbouring series of one length at once, one series in each lane of a 256-bit
/// vector (decision 0190): the recent mean, the weighted latest score, the decaying average, and the median,
/// recent median and top mean of up to eight scores. Each lane runs the object form's operations in the object form's
/// order — IEEE addition, subtraction, multiplication, division, minimum and maximum give the same bits in a vector
/// lane as in a scalar register, and the JIT does not fuse them into FMA — so the results are the object form's to the
/// bit (the sums are Ruby's compensated sums, lane by lane, exact or not; only the sorting kernels ask that a block
/// hold no −0). The recent mean tests its series' scores for finiteness a piece at a time before its lanes run
/// (<see cref="TestedPieces"/>, decision 0260). Four series that differ in
/// length, and machines without 256-bit vectors, take each method's scalar form, series by series.
/// </summary>
/// <remarks>
/// Series of one length side by side are the common case the lanes are for: a team's common assessments give every
/// student the same number of scores per learning target. Each kernel takes a <c>lanes</c> switch so that the tests
/// run the lanes and the scalar forms on the same data.
/// </remarks>
internal static class LaneKernels
{
    /// <summary>The longest series the lane sorting network takes (the eight places of <see cref="SortEight"/>).</summary>
    public const int SortedLength = 8;

    /// <summary>
    /// The recent mean (the compensated mean of the last <paramref name="count"/> scores) of series
    /// <paramref name="first"/> to <paramref name="end"/>, testing every score for finiteness a piece at a time
    /// (<see cref="TestedPieces"/>; the scores before the window are read only for that): true when all are finite;
    /// false, the results then unspecified, at the first piece holding one that is not.
    /// </summary>
    public static bool RecentMeans(ReadOnlySpan<double> scores, ReadOnlySpan<int> starts, int first, int end,
        Span<double> results, Span<Shortfall> shortfalls, int count, bool lanes) =>
        TestedPieces.Run(new RecentMeanPiece(count, lanes), scores, starts, first, end, results, shortfalls);

    /// <summary>The recent means of a piece whose scores are known to be finite.</summary>
    private readonly struct RecentMeanPiece(int count, bool lanes) : TestedPieces.IScorer
    {
        public void Score(ReadOnlySpan<double> scores, ReadOnlySpan<int> starts, int first, int end, Span<double> results, Span<Shortfall> shortfalls) =>
            Run(new RecentMeanFormula(count), scores, starts, first, end, results, shortfalls, lanes);
    }

    /// <summary>
    /// The weighted latest score (the latest × <c>Recent</c> + the compensated mean of the rest × <c>Rest</c>) of series
    /// <paramref name="first"/> to <paramref name="end"/>. Every score enters its series' result, so a score that is not
    /// finite leaves a result that is not finite, which the caller's check of the results traces back.
    /// </summary>
    public static void WeightedLatests(ReadOnlySpan<double> scores, ReadOnlySpan<int> starts, int first, int end,
        Span<double> results, Span<Shortfall> shortfalls, RecencyWeight factors, bool lanes) =>
        Run(new WeightedLatestFormula(factors), scores, starts, first, end, results, shortfalls, lanes);

    /// <summary>
    /// The decaying average (m ← m × <c>Rest</c> + s × <c>Recent</c>, from the first score) of series
    /// <paramref name="first"/> to <paramref name="end"/>; as for <see cref="WeightedLatests"/>, a score that is not
    /// finite leaves its result not finite.
    /// </summary>
    public static void DecayingAverages(ReadOnlySpan<double> scores, ReadOnlySpan<int> starts, int first, int end,
        Span<double> results, Span<Shortfall> shortfalls, RecencyWeight factors, bool lanes) =>
        Run(new DecayingFormula(factors), scores, starts, first, end, results, shortfalls, lanes);

    /// <summary>A one-pass method's arithmetic for four series in lanes and for one series in scalars.</summary>
    private interface IFormula
    {
        /// <summary>The shortest series the lanes take; shorter quads (empty ones included) take <see cref="One"/>.</summary>
        int Shortest { get; }

        /// <summary>The results of four series of <paramref name="n"/> scores from <paramref name="quad"/>.</summary>
        Vector256<double> Four(ref double quad, int n);

        /// <summary>Writes series <paramref name="i"/>'s result (<paramref name="s"/> its scores).</summary>
        void One(ReadOnlySpan<double> s, int i, Span<double> results, Span<Shortfall> shortfalls);
    }

    /// <summary>
    /// Runs a formula over series <paramref name="first"/> to <paramref name="end"/>: four of one length at a time in
    /// lanes, the others one by one.
    /// </summary>
    private static void Run<TFormula>(TFormula formula, ReadOnlySpan<double> scores, ReadOnlySpan<int> starts, int first, int end,
        Span<double> results, Span<Shortfall> shortfalls, bool lanes)
        where TFormula : struct, IFormula
    {
        int i = first;
        if (lanes && Vector256.IsHardwareAccelerated)
        {
            for (; i + 4 <= end; i += 4)
            {
                int n = OneLength(starts, i);
                if (n < formula.Shortest)
                {
                    for (int k = i; k < i + 4; k++) formula.One(scores[starts[k]..starts[k + 1]], k, results, shortfalls);
                    continue;
                }
                Store(results, shortfalls, i, formula.Four(ref Quad(scores, starts[i], n), n));
            }
        }
        for (; i < end; i++) formula.One(scores[starts[i]..starts[i + 1]], i, results, shortfalls);
    }

    private readonly struct RecentMeanFormula(int count) : IFormula
    {
        public int Shortest => 1;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<double> Four(ref double quad, int n)
        {
            int w = Math.Min(count, n);
            var sum = default(CompensatedLanes);
            for (int k = n - w; k < n; k++) sum.Add(Place(ref quad, n, k));
            return sum.Total / Vector256.Create((double)w);
        }

        public void One(ReadOnlySpan<double> s, int i, Span<double> results, Span<Shortfall> shortfalls)
        {
            if (s.IsEmpty) BatchKernels.NoEvidence(results, shortfalls, i);
            else BatchKernels.Scored(results, shortfalls, i, SeriesMath.Mean(SeriesMath.Recent(s, count)));   // as RecentMean.Compute
        }
    }

    private readonly struct WeightedLatestFormula(RecencyWeight factors) : IFormula
    {
        private readonly Vector256<double> _recent = Vector256.Create(factors.Recent), _rest = Vector256.Create(factors.Rest);

        public int Shortest => 2;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<double> Four(ref double quad, int n)
        {
            var sum = default(CompensatedLanes);
            for (int k = 0; k < n - 1; k++) sum.Add(Place(ref quad, n, k));
            return Place(ref quad, n, n - 1) * _recent + sum.Total / Vector256.Create((double)(n - 1)) * _rest;
        }

        public void One(ReadOnlySpan<double> s, int i, Span<double> results, Span<Shortfall> shortfalls)
        {
            if (s.IsEmpty) BatchKernels.NoEvidence(results, shortfalls, i);
            else if (s.Length == 1) BatchKernels.Scored(results, shortfalls, i, s[0]);
            else BatchKernels.Scored(results, shortfalls, i, s[^1] * factors.Recent + SeriesMath.Mean(s[..^1]) * factors.Rest);   // as WeightedLatest.Compute
        }
    }

    private readonly struct DecayingFormula(RecencyWeight factors) : IFormula
    {
        private readonly Vector256<double> _recent = Vector256.Create(factors.Recent), _rest = Vector256.Create(factors.Rest);

        public int Shortest => 1;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector256<double> Four(ref double quad, int n)
        {
            var m = Place(ref quad, n, 0);
            for (int k = 1; k < n; k++) m = m * _rest + Place(ref quad, n, k) * _recent;
            return m;
        }

        public void One(ReadOnlySpan<double> s, int i, Span<double> results, Span<Shortfall> shortfalls)
        {
            if (s.IsEmpty)
            {
                BatchKernels.NoEvidence(results, shortfalls, i);
                return;
            }
            double m = s[0], rest = factors.Rest, recent = factors.Recent;
            for (int k = 1; k < s.Length; k++) m = m * rest + s[k] * recent;   // as DecayingAverage.Compute, term for term
            BatchKernels.Scored(results, shortfalls, i, m);
        }
    }

    /// <summary>
    /// The median, recent median or top mean of four series of one length whose window (the whole series, or its last
    /// scores for the recent median) has 1 to <see cref="SortedLength"/> scores: the windows sorted in lanes by
    /// Batcher's network, padded with +∞, then the method's pick. False, with nothing written, when the four differ in
    /// length or the window is longer. The block must hold no −0 (a network could order −0 and +0 either way).
    /// </summary>
    public static bool SortedFour(ReadOnlySpan<double> scores, ReadOnlySpan<int> starts, int i,
        Span<double> results, Span<Shortfall> shortfalls, CalculationMethod method)
    {
        int n = OneLength(starts, i);
        int w = method is RecentMedian recentMedian ? Math.Min(recentMedian.Count, n) : n;
        if (n <= 0 || w > SortedLength) return false;
        ref double quad = ref Quad(scores, starts[i], n);
        // Eight places in registers (a series' places past its window hold +∞, which sorts last), sorted, then put
        // in a row of eight for the method's pick.
        var infinity = Vector256.Create(double.PositiveInfinity);
        int at = n - w;
        Vector256<double> p0 = Place(ref quad, n, at), p1 = Slot(ref quad, n, at, w, 1, infinity), p2 = Slot(ref quad, n, at, w, 2, infinity),
            p3 = Slot(ref quad, n, at, w, 3, infinity), p4 = Slot(ref quad, n, at, w, 4, infinity), p5 = Slot(ref quad, n, at, w, 5, infinity),
            p6 = Slot(ref quad, n, at, w, 6, infinity), p7 = Slot(ref quad, n, at, w, 7, infinity);
        SortEight<LaneOrder, Vector256<double>>(ref p0, ref p1, ref p2, ref p3, ref p4, ref p5, ref p6, ref p7);
        Span<Vector256<double>> p = [p0, p1, p2, p3, p4, p5, p6, p7];
        if (method is TopMean top)
        {
            var sum = default(CompensatedLanes);
            int from = Math.Max(0, w - top.Count);
            for (int k = from; k < w; k++) sum.Add(p[k]);                   // ascending, as SeriesMath.Mean of the sorted top
            Store(results, shortfalls, i, sum.Total / Vector256.Create((double)(w - from)));
        }
        else
        {
            Store(results, shortfalls, i, (p[(w - 1) / 2] + p[w / 2]) / Vector256.Create(2.0));   // as SeriesMath.MedianOfSorted
        }
        return true;
    }

    /// <summary>
    /// Batcher's odd–even merge sort of eight places (19 compare-exchanges, Knuth, TAOCP vol. 3, §5.3.4), written once
    /// for scalars (<see cref="SortingNetwork"/>) and for four series in vector lanes.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void SortEight<TOrder, T>(ref T a0, ref T a1, ref T a2, ref T a3, ref T a4, ref T a5, ref T a6, ref T a7)
        where TOrder : struct, IOrder<T>
    {
        TOrder.Exchange(ref a0, ref a1); TOrder.Exchange(ref a2, ref a3); TOrder.Exchange(ref a4, ref a5); TOrder.Exchange(ref a6, ref a7);
        TOrder.Exchange(ref a0, ref a2); TOrder.Exchange(ref a1, ref a3); TOrder.Exchange(ref a4, ref a6); TOrder.Exchange(ref a5, ref a7);
        TOrder.Exchange(ref a1, ref a2); TOrder.Exchange(ref a5, ref a6);
        TOrder.Exchange(ref a0, ref a4); TOrder.Exchange(ref a1, ref a5); TOrder.Exchange(ref a2, ref a6); TOrder.Exchange(ref a3, ref a7);
        TOrder.Exchange(ref a2, ref a4); TOrder.Exchange(ref a3, ref a5);
        TOrder.Exchange(ref a1, ref a2); TOrder.Exchange(ref a3, ref a4); TOrder.Exchange(ref a5, ref a6);
    }

    /// <summary>A branch-free compare-exchange: the smaller value first.</summary>
    internal interface IOrder<T>
    {
        static abstract void Exchange(ref T a, ref T b);
    }

    /// <summary>The compare-exchange of one score (<see cref="double.MinNative"/>, <see cref="double.MaxNative"/>).</summary>
    internal readonly struct ScalarOrder : IOrder<double>
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Exchange(ref double a, ref double b)
        {
            double low = double.MinNative(a, b);
            b = double.MaxNative(a, b);
            a = low;
        }
    }

    /// <summary>The compare-exchange of four scores, lane by lane: the same minimum and maximum instructions as <see cref="ScalarOrder"/>.</summary>
    internal readonly struct LaneOrder : IOrder<Vector256<double>>
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Exchange(ref Vector256<double> a, ref Vector256<double> b)
        {
            var low = Vector256.MinNative(a, b);
            b = Vector256.MaxNative(a, b);
            a = low;
        }
    }

    /// <summary>
    /// Ruby's compensated sum (<see cref="CompensatedSum"/>) in four lanes: the same operations, the branch on the
    /// larger magnitude taken by a lane mask, so each lane's total has the scalar sum's bits.
    /// </summary>
    private struct CompensatedLanes
    {
        private Vector256<double> _sum, _compensation;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(Vector256<double> x)
        {
            var t = _sum + x;
            var larger = Vector256.GreaterThanOrEqual(Vector256.Abs(_sum), Vector256.Abs(x));
            _compensation += Vector256.ConditionalSelect(larger, (_sum - t) + x, (x - t) + _sum);
            _sum = t;
        }

        public readonly Vector256<double> Total => _sum + _compensation;
    }

    /// <summary>The length of series <paramref name="i"/> to <paramref name="i"/> + 3 when all four have it, else −1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int OneLength(ReadOnlySpan<int> starts, int i)
    {
        var four = starts.Slice(i, 5);
        int a0 = four[0], a1 = four[1], n = a1 - a0;
        return four[2] - a1 == n && four[3] - four[2] == n && four[4] - four[3] == n ? n : -1;
    }

    /// <summary>The first score of four series of <paramref name="n"/> scores laid end to end from <paramref name="at"/>, their 4n places bounds-checked once.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref double Quad(ReadOnlySpan<double> scores, int at, int n) =>
        ref MemoryMarshal.GetReference(scores.Slice(at, 4 * n));

    /// <summary>
    /// Place <paramref name="k"/> of the four series (0 ≤ k &lt; n), one series per lane. Safe: <see cref="Quad"/>
    /// checked that the 4n places lie in the scores, and j·n + k &lt; 4n for every lane j.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Place(ref double quad, int n, int k) =>
        Vector256.Create(Unsafe.Add(ref quad, k), Unsafe.Add(ref quad, n + k), Unsafe.Add(ref quad, 2 * n + k), Unsafe.Add(ref quad, 3 * n + k));

    /// <summary>Place <paramref name="at"/> + <paramref name="k"/> of the four series while k is inside the window of <paramref name="w"/> places, else <paramref name="pad"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Slot(ref double quad, int n, int at, int w, int k, Vector256<double> pad) =>
        k < w ? Place(ref quad, n, at + k) : pad;

    /// <summary>Writes four results, each with no shortfall.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(Span<double> results, Span<Shortfall> shortfalls, int i, Vector256<double> four)
    {
        four.CopyTo(results.Slice(i, 4));
        Vector128.Create((int)Shortfall.None).CopyTo(MemoryMarshal.Cast<Shortfall, int>(shortfalls.Slice(i, 4)));
    }
}
