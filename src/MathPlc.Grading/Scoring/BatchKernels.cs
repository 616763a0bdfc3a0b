using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace MathPlc.Grading;

/// <summary>
/// The loops <see cref="ProficiencyBatch"/> runs over a block of series, one per calculation method: the method's
/// arithmetic written out for many series at once, with no call per series, so the batch form runs near the speed
/// of a plain columnar loop. Each kernel gives the object form's result to the last bit; where that cannot be
/// guaranteed for a block, the block takes the generic path (the method's own <c>Compute</c> per series).
/// </summary>
/// <remarks>
/// <para>
/// <b>Exact sums.</b> The mean-like methods sum as Ruby's <c>Array#sum</c> does (compensated), to match Canvas to the
/// bit. When every score of a block lies on a grid of 2⁻²⁰ and their absolute values add up to less than 2³², every
/// partial sum is an exact double: the compensation stays zero and any order of addition gives the same, exact
/// total. The kernels then add with vector instructions in any order. Scores teachers record (half points, whole
/// percentages, tenths are not on the grid but quarters and halves are) are on it; a block with any other score is
/// summed the compensated way.
/// </para>
/// <para>
/// <b>Negative zero.</b> −0 and +0 compare equal but differ in their bits, so a vector maximum or a sorting network
/// could pick the other one than the object form does. A block holding −0 takes the generic path for the methods
/// where that matters.
/// </para>
/// </remarks>
internal static class BatchKernels
{
    /// <summary>2²⁰: scores that are whole multiples of its reciprocal are on the exact grid.</summary>
    private const double Grid = 1048576.0;

    /// <summary>2³²: the largest total of absolute values on the grid whose partial sums are all exact (2³² · 2²⁰ &lt; 2⁵³).</summary>
    private const double ExactTotal = 4294967296.0;

    private const ulong NegativeZeroBits = 0x8000_0000_0000_0000UL;

    /// <summary>The bits of −∞.</summary>
    private const long NegativeInfinityBits = unchecked((long)0xFFF0_0000_0000_0000UL);

    /// <summary>The exponent bits of a double: all set exactly for ±∞ and NaN.</summary>
    private const ulong ExponentBits = 0x7FF0_0000_0000_0000UL;

    /// <summary>What a block of scores allows: whether every score is finite, whether its sums are exact, whether it holds −0.</summary>
    internal readonly record struct BlockShape(bool Finite, bool Exact, bool NegativeZero);

    /// <summary>
    /// Inspects a block of scores in one vectorised pass of bitwise tests (no chain of additions): whether every score
    /// is finite, whether one is −0, and, when <paramref name="sums"/> is set (the methods that add scores), whether the
    /// block's sums are exact — every score on the grid of 2⁻²⁰ and below 2³² divided by the number of scores in
    /// absolute value, so that their absolute values add up to less than 2³².
    /// </summary>
    /// <remarks>
    /// The same tests as <see cref="Seen"/>, written out over <see cref="Vector{T}"/> locals on purpose: built on
    /// <see cref="Seen"/> this pass took 12 ms per 8 M scores instead of 8–9 ms (its fields stay in memory here).
    /// </remarks>
    public static BlockShape Inspect(ReadOnlySpan<double> values, bool sums)
    {
        var vectors = MemoryMarshal.Cast<double, Vector<double>>(values);
        var exponent = new Vector<ulong>(ExponentBits);
        var negativeZero = new Vector<ulong>(NegativeZeroBits);
        Vector<ulong> nonFinite = Vector<ulong>.Zero, negativeZeros = Vector<ulong>.Zero, offGrid = Vector<ulong>.Zero, large = Vector<ulong>.Zero;
        double limit = ExactTotal / Math.Max(1, values.Length);
        if (sums)
        {
            var grid = new Vector<double>(Grid);
            var limits = new Vector<double>(limit);
            foreach (var v in vectors)
            {
                var bits = Vector.AsVectorUInt64(v);
                nonFinite |= Vector.Equals(bits & exponent, exponent);
                negativeZeros |= Vector.Equals(bits, negativeZero);
                var scaled = v * grid;
                offGrid |= Vector.AsVectorUInt64(scaled - Vector.Floor(scaled));          // +0 exactly when on the grid
                large |= Vector.AsVectorUInt64(Vector.GreaterThanOrEqual(Vector.Abs(v), limits));
            }
        }
        else
        {
            foreach (var v in vectors)
            {
                var bits = Vector.AsVectorUInt64(v);
                nonFinite |= Vector.Equals(bits & exponent, exponent);
                negativeZeros |= Vector.Equals(bits, negativeZero);
            }
        }
        bool tailNonFinite = false, tailOffGrid = false, tailNegativeZero = false;
        for (int i = vectors.Length * Vector<double>.Count; i < values.Length; i++)
        {
            double v = values[i];
            tailNonFinite |= !double.IsFinite(v);
            tailNegativeZero |= BitConverter.DoubleToUInt64Bits(v) == NegativeZeroBits;
            double scaled = v * Grid;
            tailOffGrid |= scaled - Math.Floor(scaled) != 0 || double.IsNaN(scaled) || Math.Abs(v) >= limit;
        }
        bool finite = nonFinite == Vector<ulong>.Zero && !tailNonFinite;
        bool exact = sums && finite && offGrid == Vector<ulong>.Zero && large == Vector<ulong>.Zero && !tailOffGrid;
        return new BlockShape(finite, exact, tailNegativeZero || negativeZeros != Vector<ulong>.Zero);
    }

    /// <summary>Whether the method adds scores after this inspection (the others that add inspect as they read), so that its kernel needs the block's sums to be exact.</summary>
    public static bool Sums(CalculationMethod method) => method is TopMean;

    /// <summary>
    /// Scores series <paramref name="first"/> to <paramref name="end"/> (not included) with the method's kernel,
    /// writing the unrounded score (or <see cref="ProficiencyBatch.NoScore"/>) and the shortfall of each; false, with
    /// nothing written, when the method has no kernel for a block of this shape.
    /// </summary>
    public static bool TryScore(CalculationMethod method, ReadOnlySpan<double> scores, ReadOnlySpan<int> starts, int first, int end,
        Span<double> results, Span<Shortfall> shortfalls, BlockShape shape)
    {
        // Each kernel takes the columns as spans of its own (not fields of one struct), so the JIT keeps them in
        // registers and overlaps the work of neighbouring series.
        bool orders = !shape.NegativeZero;
        switch (method)
        {
            case LinearTrend trend:
                for (int i = first; i < end; i++)
                {
                    var s = scores[starts[i]..starts[i + 1]];
                    if (s.IsEmpty) NoEvidence(results, shortfalls, i);
                    else Scored(results, shortfalls, i, Regression.Clamp(Regression.FitLine(s).At(s.Length), trend.ClampMinimum, trend.ClampMaximum));
                }
                return true;
            case PowerLaw power:
                PowerLaws(scores, starts, first, end, results, shortfalls, power, vectors: true);
                return true;
            case Mode mode when orders:
                Modes(scores, starts, first, end, results, shortfalls, mode);
                return true;
            case Median or RecentMedian or TopMean when orders:
                Sorted(scores, starts, first, end, results, shortfalls, method, shape.Exact, lanes: true);
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// For the one-pass methods (latest, mean, recent mean, weighted latest, n-mastery, highest, decaying average):
    /// scores the series and inspects their scores in the same pass, so each score is read from memory once, as a
    /// plain loop reads it — latest and the recent mean for finiteness only, a piece of series at a time
    /// (<see cref="TestedPieces"/>, decision 0260), the recent mean's windows then four series at a time in lanes
    /// (<see cref="LaneKernels"/>, decision 0190); the decaying
    /// average and the weighted latest score not at all (a score that is not finite leaves its result not finite, which
    /// the caller's check of the results traces back; decisions 0175 and 0190). Mean,
    /// n-mastery and highest assume the block allows their fast arithmetic (exact vector sums, no −0 where it matters)
    /// and say afterwards whether it did: when <paramref name="finite"/> is false the caller throws; when
    /// <paramref name="kept"/> is false the results are not the object form's and the caller scores the block again
    /// by the generic path. False, with nothing written, for the other methods.
    /// </summary>
    public static bool TryScoreInOnePass(CalculationMethod method, ReadOnlySpan<double> scores, ReadOnlySpan<int> starts, int first, int end,
        Span<double> results, Span<Shortfall> shortfalls, out bool finite, out bool kept)
    {
        finite = kept = true;
        switch (method)
        {
            case Latest:
                // Latest reads one score per series, but every score must be finite: a few series' scores are tested
                // (x − x, which is +0 exactly when x is finite) in one contiguous pass, then their latest scores copied.
                finite = LatestKernel.Latests(scores, starts, first, end, results, shortfalls);
                return true;
            case DecayingAverage decaying:
                // No inspection: every score enters the result through a finite factor (recent in (0, 1], rest in
                // [0, 1)), and ±∞ or NaN times such a factor, plus anything, is never finite — so a score that is not
                // finite always leaves a result that is not finite, which the caller's check of the results catches
                // and traces back to the score. −0 and inexact sums do not matter: the arithmetic is the object form's.
                LaneKernels.DecayingAverages(scores, starts, first, end, results, shortfalls, decaying.Factors, lanes: true);
                return true;
            case Highest:
                (finite, kept) = Highests(scores, starts, first, end, results, shortfalls);
                return true;
            case Mean:
                (finite, kept) = Means(scores, starts, first, end, results, shortfalls);
                return true;
            case RecentMean recentMean:
                // The window's compensated sums in lanes need no exactness and no −0 test; the scores before the window
                // are read only to test them finite, a piece at a time before the piece's lanes run.
                finite = LaneKernels.RecentMeans(scores, starts, first, end, results, shortfalls, recentMean.Count, lanes: true);
                return true;
            case NMastery mastery:
                (finite, kept) = NMasteries(scores, starts, first, end, results, shortfalls, mastery);
                return true;
            case WeightedLatest weighted:
                // No inspection, as for the decaying average: every score enters the result through a finite factor
                // (the latest through Recent, the others through their mean and Rest), so a score that is not finite
                // leaves a result that is not finite; the sums are compensated, as the object form's, so need no proof.
                LaneKernels.WeightedLatests(scores, starts, first, end, results, shortfalls, weighted.Factors, lanes: true);
                return true;
            default:
                return false;
        }
    }

    // The three inspected kernels, each in a method of its own (issue 18, session 17): inside the switch above, beside
    // the calls to the lane kernels, the JIT kept the inspection's vectors on the stack, and BenchmarkDotNet measured the
    // mean, highest and n-mastery 35-40 % slower than with the same loops before the lane kernels came in.

    private static (bool Finite, bool Kept) Highests(ReadOnlySpan<double> scores, ReadOnlySpan<int> starts, int first, int end,
        Span<double> results, Span<Shortfall> shortfalls)
    {
        var seen = new Seen(starts[end] - starts[first]);
        for (int i = first; i < end; i++)
        {
            var s = scores[starts[i]..starts[i + 1]];
            seen.Read(s, sums: false);
            if (s.IsEmpty) NoEvidence(results, shortfalls, i);
            else Scored(results, shortfalls, i, Max(s));
        }
        return (seen.Finite, !seen.NegativeZero);
    }

    private static (bool Finite, bool Kept) Means(ReadOnlySpan<double> scores, ReadOnlySpan<int> starts, int first, int end,
        Span<double> results, Span<Shortfall> shortfalls)
    {
        var seen = new Seen(starts[end] - starts[first]);
        for (int i = first; i < end; i++)
        {
            var s = scores[starts[i]..starts[i + 1]];
            if (s.IsEmpty) NoEvidence(results, shortfalls, i);
            else Scored(results, shortfalls, i, seen.ReadAndSum(s) / s.Length);
        }
        return (seen.Finite, seen.Exact && !seen.NegativeZero);
    }

    private static (bool Finite, bool Kept) NMasteries(ReadOnlySpan<double> scores, ReadOnlySpan<int> starts, int first, int end,
        Span<double> results, Span<Shortfall> shortfalls, NMastery mastery)
    {
        var seen = new Seen(starts[end] - starts[first]);
        for (int i = first; i < end; i++)
        {
            var s = scores[starts[i]..starts[i + 1]];
            seen.Read(s, sums: true);
            if (s.IsEmpty) NoEvidence(results, shortfalls, i);
            else if (s.Length < mastery.Count) Write(results, shortfalls, i, MethodOutcome.Insufficient(Shortfall.TooFewScores));
            else Write(results, shortfalls, i, AtMastery(s, mastery.MasteryPoints, mastery.Count));
        }
        return (seen.Finite, seen.Exact && !seen.NegativeZero);
    }

    /// <summary>
    /// What a one-pass kernel has seen of a block's scores, as it reads them: the tests of <see cref="Inspect"/> (a
    /// non-finite score, −0, a score off the exact grid or too large for exact sums), accumulated in vectors.
    /// </summary>
    private struct Seen(int count)
    {
        private readonly Vector256<double> _limit = Vector256.Create(ExactTotal / Math.Max(1, count));
        private Vector256<ulong> _nonFinite, _negativeZero, _inexact;

        public readonly bool Finite => _nonFinite == Vector256<ulong>.Zero;

        public readonly bool NegativeZero => _negativeZero != Vector256<ulong>.Zero;

        public readonly bool Exact => _inexact == Vector256<ulong>.Zero;

        /// <summary>Inspects a series' scores: all the tests when <paramref name="sums"/> is set, else only finiteness and −0.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Read(ReadOnlySpan<double> s, bool sums)
        {
            ref double start = ref MemoryMarshal.GetReference(s);
            int k = 0;
            for (; k + Vector256<double>.Count <= s.Length; k += Vector256<double>.Count) See(Vector256.LoadUnsafe(ref start, (nuint)k), sums);
            for (; k < s.Length; k++) See(Vector256.CreateScalar(s[k]), sums);   // the other lanes are +0: finite, on the grid, small
        }

        /// <summary>Inspects a series' scores and adds them up in any order: their exact sum when <see cref="Exact"/> holds for the block.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public double ReadAndSum(ReadOnlySpan<double> s)
        {
            ref double start = ref MemoryMarshal.GetReference(s);
            var sums = Vector256<double>.Zero;
            int k = 0;
            for (; k + Vector256<double>.Count <= s.Length; k += Vector256<double>.Count)
            {
                var v = Vector256.LoadUnsafe(ref start, (nuint)k);
                See(v, sums: true);
                sums += v;
            }
            double sum = Vector256.Sum(sums);
            for (; k < s.Length; k++)
            {
                See(Vector256.CreateScalar(s[k]), sums: true);
                sum += s[k];
            }
            return sum;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void See(Vector256<double> v, bool sums)
        {
            var bits = v.AsUInt64();
            var exponent = Vector256.Create(ExponentBits);
            _nonFinite |= Vector256.Equals(bits & exponent, exponent);
            _negativeZero |= Vector256.Equals(bits, Vector256.Create(NegativeZeroBits));
            if (!sums) return;
            var scaled = v * Vector256.Create(Grid);
            _inexact |= (scaled - Vector256.Floor(scaled)).AsUInt64() | Vector256.GreaterThanOrEqual(Vector256.Abs(v), _limit).AsUInt64();
        }
    }

    /// <summary>Scores each series with the method's own <c>Compute</c>, unrounded: the path for every method and block shape.</summary>
    public static void Generic(CalculationMethod method, ReadOnlySpan<double> scores, ReadOnlySpan<int> starts, int first, int end,
        Span<double> results, Span<Shortfall> shortfalls)
    {
        for (int i = first; i < end; i++) Write(results, shortfalls, i, method.Compute(scores[starts[i]..starts[i + 1]]));
    }

    /// <summary>
    /// Whether every value is finite, by bitwise tests only: x − x is +0 (no bit set) exactly when x is finite and NaN
    /// otherwise, and the differences are OR-ed into two vectors (an OR waits one cycle, an addition three).
    /// </summary>
    internal static bool Finite(ReadOnlySpan<double> values)
    {
        ref double start = ref MemoryMarshal.GetReference(values);
        Vector256<ulong> a = Vector256<ulong>.Zero, b = Vector256<ulong>.Zero;
        int k = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; k + 4 * Vector256<double>.Count <= values.Length; k += 4 * Vector256<double>.Count)
            {
                var v0 = Vector256.LoadUnsafe(ref start, (nuint)k);
                var v1 = Vector256.LoadUnsafe(ref start, (nuint)k + 4);
                var v2 = Vector256.LoadUnsafe(ref start, (nuint)k + 8);
                var v3 = Vector256.LoadUnsafe(ref start, (nuint)k + 12);
                a |= (v0 - v0).AsUInt64() | (v1 - v1).AsUInt64();
                b |= (v2 - v2).AsUInt64() | (v3 - v3).AsUInt64();
            }
        }
        ulong tail = 0;
        for (; k < values.Length; k++) tail |= BitConverter.DoubleToUInt64Bits(values[k] - values[k]);
        return ((a | b) == Vector256<ulong>.Zero) & tail == 0;
    }

    /// <summary>
    /// The power law over a block: four series of one length at a time where the zero policy floors, in 256-bit
    /// vectors when <paramref name="vectors"/> is set (<see cref="Avx2.IsSupported"/>; the tests run both ways), else
    /// in scalar registers; every other series on its own.
    /// </summary>
    internal static unsafe void PowerLaws(ReadOnlySpan<double> scores, ReadOnlySpan<int> starts, int first, int end,
        Span<double> results, Span<Shortfall> shortfalls, PowerLaw power, bool vectors)
    {
        Span<double> logarithms = stackalloc double[4 * ScoreScratch.StackLimit];   // four series of up to 64 scores
        vectors &= Avx2.IsSupported;
        int i = first;
        // Pinned for the gather, which reads it through a pointer.
        fixed (double* table = Regression.HalfPointLogarithms)
        {
            if (power.ZeroPolicy == PowerLawZeroPolicy.FloorAt)
            {
                for (; i + 4 <= end; i += 4)
                {
                    bool four = vectors
                        ? FourPowerLawsVector(scores, starts, i, results, shortfalls, power, logarithms, table)
                        : FourPowerLaws(scores, starts, i, results, shortfalls, power, logarithms);
                    if (!four)
                        for (int k = i; k < i + 4; k++) OnePowerLaw(scores, starts, k, results, shortfalls, power, logarithms);
                }
            }
        }
        for (; i < end; i++) OnePowerLaw(scores, starts, i, results, shortfalls, power, logarithms);
    }

    private static void OnePowerLaw(ReadOnlySpan<double> scores, ReadOnlySpan<int> starts, int i,
        Span<double> results, Span<Shortfall> shortfalls, PowerLaw power, Span<double> logarithms)
    {
        var s = scores[starts[i]..starts[i + 1]];
        if (s.Length > ScoreScratch.StackLimit || s.IsEmpty)
        {
            Write(results, shortfalls, i, power.Compute(s));
            return;
        }
        var fit = Regression.FitPower(s, power.ZeroPolicy, logarithms[..s.Length]);   // as PowerLaw.Fit, in one scratch for the block
        if (fit.IsRefused) Write(results, shortfalls, i, MethodOutcome.Insufficient(Shortfall.NonPositiveScore));
        else Scored(results, shortfalls, i, Regression.Clamp(fit.At(s.Length), power.ClampMinimum, power.ClampMaximum));
    }

    /// <summary>
    /// Four neighbouring series of the same length (2 to 64 scores) fitted side by side with a zero counted at the
    /// floor: <see cref="Regression.FitPower"/>'s arithmetic for each, operation for operation and in the same order
    /// (so the same bits), interleaved so that the four chains of additions and the four exponentials overlap instead
    /// of waiting on each other. False, with nothing written, when the four differ in length.
    /// </summary>
    private static bool FourPowerLaws(ReadOnlySpan<double> scores, ReadOnlySpan<int> starts, int i,
        Span<double> results, Span<Shortfall> shortfalls, PowerLaw power, Span<double> logarithms)
    {
        int a0 = starts[i], a1 = starts[i + 1], a2 = starts[i + 2], a3 = starts[i + 3], n = a1 - a0;
        if (a2 - a1 != n || a3 - a2 != n || starts[i + 4] - a3 != n
            || Regression.IndexFitOf(n) is not { } fit)
            return false;
        var (meanLnX, sxx, deviations) = fit;
        double f0 = scores[a0], f1 = scores[a1], f2 = scores[a2], f3 = scores[a3];
        bool c0 = true, c1 = true, c2 = true, c3 = true;
        double sum0 = 0, sum1 = 0, sum2 = 0, sum3 = 0;
        const double floor = PowerLaw.ScoreFloor;
        for (int k = 0; k < n; k++)
        {
            double v0 = scores[a0 + k], v1 = scores[a1 + k], v2 = scores[a2 + k], v3 = scores[a3 + k];
            c0 &= v0 == f0; c1 &= v1 == f1; c2 &= v2 == f2; c3 &= v3 == f3;
            // MaxNative is Math.Max here: the scores are finite, and the floor is not a zero.
            double y0 = Regression.LnOfScore(double.MaxNative(v0, floor)), y1 = Regression.LnOfScore(double.MaxNative(v1, floor));
            double y2 = Regression.LnOfScore(double.MaxNative(v2, floor)), y3 = Regression.LnOfScore(double.MaxNative(v3, floor));
            logarithms[4 * k] = y0; logarithms[4 * k + 1] = y1; logarithms[4 * k + 2] = y2; logarithms[4 * k + 3] = y3;
            sum0 += y0; sum1 += y1; sum2 += y2; sum3 += y3;
        }
        double m0 = sum0 / n, m1 = sum1 / n, m2 = sum2 / n, m3 = sum3 / n;
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        for (int k = 0; k < n; k++)
        {
            double dx = deviations[k];
            s0 += dx * (logarithms[4 * k] - m0); s1 += dx * (logarithms[4 * k + 1] - m1);
            s2 += dx * (logarithms[4 * k + 2] - m2); s3 += dx * (logarithms[4 * k + 3] - m3);
        }
        double lnN = Regression.LnOf(n) - meanLnX;
        double? low = power.ClampMinimum, high = power.ClampMaximum;
        Scored(results, shortfalls, i, Regression.Clamp(c0 ? f0 : Math.Exp(m0 + s0 / sxx * lnN), low, high));
        Scored(results, shortfalls, i + 1, Regression.Clamp(c1 ? f1 : Math.Exp(m1 + s1 / sxx * lnN), low, high));
        Scored(results, shortfalls, i + 2, Regression.Clamp(c2 ? f2 : Math.Exp(m2 + s2 / sxx * lnN), low, high));
        Scored(results, shortfalls, i + 3, Regression.Clamp(c3 ? f3 : Math.Exp(m3 + s3 / sxx * lnN), low, high));
        return true;
    }

    /// <summary>
    /// <see cref="FourPowerLaws"/> in 256-bit vectors, one series per lane: the same operations in the same order on
    /// each lane (IEEE addition, subtraction, multiplication and division give the same bits in a vector lane as in a
    /// scalar register, and the JIT does not fuse them into FMA), with the eight look-ups of ln s per series done by
    /// one AVX2 gather from the half-point table per place. A place where a lane's score is not a half point from 0.5
    /// to 100 is looked up lane by lane (<see cref="Regression.LnOfScore"/>), so the result never depends on the path.
    /// The caller pins the half-point table (<see cref="Regression.HalfPointLogarithms"/>) and passes it as <c>table</c>.
    /// </summary>
    private static unsafe bool FourPowerLawsVector(ReadOnlySpan<double> scores, ReadOnlySpan<int> starts, int i,
        Span<double> results, Span<Shortfall> shortfalls, PowerLaw power, Span<double> logarithms, double* table)
    {
        int a0 = starts[i], a1 = starts[i + 1], a2 = starts[i + 2], a3 = starts[i + 3], n = a1 - a0;
        if (a2 - a1 != n || a3 - a2 != n || starts[i + 4] - a3 != n
            || Regression.IndexFitOf(n) is not { } fit)
            return false;
        var (meanLnX, sxx, deviations) = fit;
        var firsts = Vector256.Create(scores[a0], scores[a1], scores[a2], scores[a3]);
        var constant = Vector256<double>.AllBitsSet;
        var sums = Vector256<double>.Zero;
        var floor = Vector256.Create(PowerLaw.ScoreFloor);
        var lastStep = Vector256.Create((double)Regression.HalfPointSteps);
        var logs = logarithms[..(4 * n)];
        for (int k = 0; k < n; k++)
        {
            var v = Vector256.Create(scores[a0 + k], scores[a1 + k], scores[a2 + k], scores[a3 + k]);
            constant &= Vector256.Equals(v, firsts);
            var floored = Vector256.MaxNative(v, floor);     // Math.Max: the scores are finite, the floor is not a zero
            var twice = floored + floored;                    // exact, as the scalar s * 2
            var steps = Avx.ConvertToVector128Int32WithTruncation(twice);   // 0x80000000 where out of range: never equal to twice below
            var onTable = Vector256.Equals(Avx.ConvertToVector256Double(steps), twice) & Vector256.LessThanOrEqual(twice, lastStep);
            // Safe: every lane's step is a whole number from 1 (twice ≥ 1 after the floor) to HalfPointSteps, so the
            // gather reads table[step − 1] inside the pinned table; otherwise the lanes are looked up one by one.
            var y = onTable.ExtractMostSignificantBits() == 0b1111
                ? Avx2.GatherVector256(table - 1, steps, 8)
                : Vector256.Create(Regression.LnOfScore(floored[0]), Regression.LnOfScore(floored[1]),
                    Regression.LnOfScore(floored[2]), Regression.LnOfScore(floored[3]));
            y.CopyTo(logs[(4 * k)..]);
            sums += y;
        }
        var means = sums / Vector256.Create((double)n);
        var sxy = Vector256<double>.Zero;
        for (int k = 0; k < n; k++) sxy += Vector256.Create(deviations[k]) * (Vector256.Create<double>(logs[(4 * k)..]) - means);
        var exponents = means + sxy / Vector256.Create(sxx) * Vector256.Create(Regression.LnOf(n) - meanLnX);
        double? low = power.ClampMinimum, high = power.ClampMaximum;
        uint flat = constant.ExtractMostSignificantBits();
        for (int lane = 0; lane < 4; lane++)
            Scored(results, shortfalls, i + lane, Regression.Clamp((flat >> lane & 1) != 0 ? firsts[lane] : Math.Exp(exponents[lane]), low, high));
        return true;
    }

    /// <summary>
    /// The mode of each series of up to 16 scores without sorting and without a branch on the scores: the series sits
    /// in two vectors of four places (four for 9–16 scores), and adding up its compares with each of its own scores
    /// counts, in every place, how often that place's score occurs. The most frequent count, the places holding it,
    /// the highest score among them and the last of them then give the tie rule's answer — the highest modal score,
    /// the most recent one, or none when two values tie. On a block without −0 this is the object form's answer to the
    /// bit: equal scores are the same bits, and the highest and most recent tied values are the ones its sorted runs
    /// and backwards search find. Longer series, and machines without 256-bit vectors, take the sorting path.
    /// </summary>
    private static void Modes(ReadOnlySpan<double> scores, ReadOnlySpan<int> starts, int first, int end,
        Span<double> results, Span<Shortfall> shortfalls, Mode mode)
    {
        Span<double> padded = stackalloc double[SortingNetwork.MaxLength];
        Span<double> space = stackalloc double[SortingNetwork.MaxLength];
        var rule = mode.TieRule;
        for (int i = first; i < end; i++)
        {
            var s = scores[starts[i]..starts[i + 1]];
            if (s.IsEmpty || s.Length > SortingNetwork.MaxLength || !Vector256.IsHardwareAccelerated)
            {
                if (s.IsEmpty || s.Length > SortingNetwork.MaxLength) Write(results, shortfalls, i, mode.Compute(s));
                else Write(results, shortfalls, i, mode.FromSorted(s, SortingNetwork.SortedCopy(s, space)));
                continue;
            }
            // Eight (sixteen) places from the series' start: in the columns when they follow it, else in a copy. Places
            // past the series hold other scores; their counts are cleared and they are never compared against.
            var places = starts[i] + (s.Length <= 8 ? 8 : 16) <= scores.Length ? s : Padded(s, padded);
            var modal = s.Length <= 8 ? ModalEight(places, s.Length) : ModalSixteen(places, s.Length);
            // Scored unless a tie counts against the series: a branch on the rule (the same for the whole block), and
            // on the tie only where the rule looks at it.
            if (rule == ModeTieRule.Highest || !modal.Tied) Scored(results, shortfalls, i, modal.Highest);
            else if (rule == ModeTieRule.MostRecent) Scored(results, shortfalls, i, s[modal.Last]);
            else Write(results, shortfalls, i, MethodOutcome.Insufficient(Shortfall.TiedMode));
        }
    }

    /// <summary>A series' modal values: the highest, the place of the most recent, and whether two or more values tie.</summary>
    private readonly record struct Modal(double Highest, int Last, bool Tied);

    private static ReadOnlySpan<double> Padded(ReadOnlySpan<double> s, Span<double> padded)
    {
        s.CopyTo(padded);
        return padded;
    }

    /// <summary>The modal values of a series of 1–8 scores, read from the first eight of <paramref name="places"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Modal ModalEight(ReadOnlySpan<double> places, int n)
    {
        ref double start = ref MemoryMarshal.GetReference(places);
        var length = Vector256.Create((long)n);
        var lanes = Vector256.Create(0L, 1, 2, 3);
        var p0 = Past(Vector256.LoadUnsafe(ref start), lanes, length);
        var p1 = Past(Vector256.LoadUnsafe(ref start, 4), lanes + Vector256.Create(4L), length);
        // Every place against every place's score, unrolled: the counts stay in registers (a loop over n kept them
        // in memory, one store and reload per score). A NaN place matches nothing, so it neither counts nor is counted.
        var c0 = Count(p0, p0) + Count(p0, p1);
        var c1 = Count(p1, p0) + Count(p1, p1);
        var best = Broadcast(Vector256.Max(c0, c1));
        var m0 = Vector256.Equals(c0, best);
        var m1 = Vector256.Equals(c1, best);
        uint modal = m0.ExtractMostSignificantBits() | m1.ExtractMostSignificantBits() << 4;
        return Result(modal, best, Vector256.MaxNative(Among(m0, p0), Among(m1, p1)));
    }

    /// <summary>The modal values of a series of 9–16 scores, read from the first sixteen of <paramref name="places"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Modal ModalSixteen(ReadOnlySpan<double> places, int n)
    {
        ref double start = ref MemoryMarshal.GetReference(places);
        var length = Vector256.Create((long)n);
        var lanes = Vector256.Create(0L, 1, 2, 3);
        var p0 = Vector256.LoadUnsafe(ref start);        // places 0–7 are all in a series of 9 or more
        var p1 = Vector256.LoadUnsafe(ref start, 4);
        var p2 = Past(Vector256.LoadUnsafe(ref start, 8), lanes + Vector256.Create(8L), length);
        var p3 = Past(Vector256.LoadUnsafe(ref start, 12), lanes + Vector256.Create(12L), length);
        var c0 = Count(p0, p0) + Count(p0, p1) + (Count(p0, p2) + Count(p0, p3));
        var c1 = Count(p1, p0) + Count(p1, p1) + (Count(p1, p2) + Count(p1, p3));
        var c2 = Count(p2, p0) + Count(p2, p1) + (Count(p2, p2) + Count(p2, p3));
        var c3 = Count(p3, p0) + Count(p3, p1) + (Count(p3, p2) + Count(p3, p3));
        var best = Broadcast(Vector256.Max(Vector256.Max(c0, c1), Vector256.Max(c2, c3)));
        var m0 = Vector256.Equals(c0, best);
        var m1 = Vector256.Equals(c1, best);
        var m2 = Vector256.Equals(c2, best);
        var m3 = Vector256.Equals(c3, best);
        uint modal = m0.ExtractMostSignificantBits() | m1.ExtractMostSignificantBits() << 4
            | m2.ExtractMostSignificantBits() << 8 | m3.ExtractMostSignificantBits() << 12;
        var tops = Vector256.MaxNative(Vector256.MaxNative(Among(m0, p0), Among(m1, p1)), Vector256.MaxNative(Among(m2, p2), Among(m3, p3)));
        return Result(modal, best, tops);
    }

    /// <summary>The places at or past the series' length replaced by NaN, which equals nothing (itself included).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Past(Vector256<double> places, Vector256<long> index, Vector256<long> length) =>
        Vector256.ConditionalSelect(Vector256.LessThan(index, length).AsDouble(), places, Vector256.Create(double.NaN));

    /// <summary>In each place of <paramref name="places"/>, how many of the four scores of <paramref name="others"/> equal its score.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<long> Count(Vector256<double> places, Vector256<double> others)
    {
        // Each score of others in every lane (a swap within the vector), compared with every place; a match is all
        // bits set, −1, so the sum of the four masks is minus the count.
        var a = Vector256.Equals(places, Vector256.Shuffle(others, Vector256.Create(0L, 0, 0, 0))).AsInt64()
            + Vector256.Equals(places, Vector256.Shuffle(others, Vector256.Create(1L, 1, 1, 1))).AsInt64();
        var b = Vector256.Equals(places, Vector256.Shuffle(others, Vector256.Create(2L, 2, 2, 2))).AsInt64()
            + Vector256.Equals(places, Vector256.Shuffle(others, Vector256.Create(3L, 3, 3, 3))).AsInt64();
        return Vector256<long>.Zero - (a + b);
    }

    /// <summary>The scores of the modal places, −∞ elsewhere.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Among(Vector256<long> modal, Vector256<double> places) =>
        Vector256.ConditionalSelect(modal.AsDouble(), places, Vector256.Create(double.NegativeInfinity));

    /// <summary>The largest of four counts in every lane, by two swaps within the vector (no lane read out).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<long> Broadcast(Vector256<long> counts)
    {
        counts = Vector256.Max(counts, Vector256.Shuffle(counts, Vector256.Create(2L, 3, 0, 1)));
        return Vector256.Max(counts, Vector256.Shuffle(counts, Vector256.Create(1L, 0, 3, 2)));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Modal Result(uint modal, Vector256<long> best, Vector256<double> tops)
    {
        tops = Vector256.MaxNative(tops, Vector256.Shuffle(tops, Vector256.Create(2L, 3, 0, 1)));
        tops = Vector256.MaxNative(tops, Vector256.Shuffle(tops, Vector256.Create(1L, 0, 3, 2)));
        // Each modal value is counted at each of its places, so more modal places than the count means two values.
        return new Modal(tops.ToScalar(), 31 - BitOperations.LeadingZeroCount(modal), BitOperations.PopCount(modal) > best.ToScalar());
    }

    /// <summary>Median, recent median and top mean: each series sorted by a network when short, by the method otherwise.</summary>
    internal static void Sorted(ReadOnlySpan<double> scores, ReadOnlySpan<int> starts, int first, int end,
        Span<double> results, Span<Shortfall> shortfalls, CalculationMethod method, bool exact, bool lanes)
    {
        Span<double> space = stackalloc double[SortingNetwork.MaxLength];
        int i = first;
        if (lanes && Vector256.IsHardwareAccelerated)
        {
            for (; i + 4 <= end; i += 4)
            {
                if (!LaneKernels.SortedFour(scores, starts, i, results, shortfalls, method))
                    for (int k = i; k < i + 4; k++) SortedOne(scores, starts, k, results, shortfalls, method, exact, space);
            }
        }
        for (; i < end; i++) SortedOne(scores, starts, i, results, shortfalls, method, exact, space);
    }

    private static void SortedOne(ReadOnlySpan<double> scores, ReadOnlySpan<int> starts, int i,
        Span<double> results, Span<Shortfall> shortfalls, CalculationMethod method, bool exact, Span<double> space)
    {
        var whole = scores[starts[i]..starts[i + 1]];
        var s = method is RecentMedian recent ? SeriesMath.Recent(whole, recent.Count) : whole;
        if (s.IsEmpty || s.Length > SortingNetwork.MaxLength)
        {
            Write(results, shortfalls, i, method.Compute(whole));
            return;
        }
        var sorted = SortingNetwork.SortedCopy(s, space);
        switch (method)
        {
            case TopMean top:
                var highest = sorted[Math.Max(0, sorted.Length - top.Count)..];
                Scored(results, shortfalls, i, exact ? ExactSum(highest) / highest.Length : SeriesMath.Mean(highest));
                break;
            default:
                Scored(results, shortfalls, i, SeriesMath.MedianOfSorted(sorted));
                break;
        }
    }

    /// <summary>
    /// The mean of the scores at or above the bar, or the shortfall when fewer than <paramref name="needed"/> reach it:
    /// with vector compares instead of a branch per score (random scores mispredict half of them). The sums are exact
    /// on the blocks that keep this result, so their order does not matter.
    /// </summary>
    private static MethodOutcome AtMastery(ReadOnlySpan<double> s, double bar, int needed)
    {
        var bars = Vector256.Create(bar);
        var sums = Vector256<double>.Zero;
        var counts = Vector256<long>.Zero;
        ref double start = ref MemoryMarshal.GetReference(s);
        int k = 0;
        for (; k + Vector256<double>.Count <= s.Length; k += Vector256<double>.Count)
        {
            var v = Vector256.LoadUnsafe(ref start, (nuint)k);
            var atBar = Vector256.GreaterThanOrEqual(v, bars);
            sums += v & atBar;
            counts -= atBar.AsInt64();                                   // a true lane is all bits set: −1
        }
        var firstLane = Vector256.Create(-1L, 0, 0, 0).AsDouble();
        for (; k < s.Length; k++)
        {
            var v = Vector256.CreateScalar(s[k]);
            var atBar = Vector256.GreaterThanOrEqual(v, bars) & firstLane;   // the other lanes hold +0, which must not count
            sums += v & atBar;
            counts -= atBar.AsInt64();
        }
        long kept = Vector256.Sum(counts);
        return kept < needed ? MethodOutcome.Insufficient(Shortfall.TooFewAtMastery) : MethodOutcome.Scored(Vector256.Sum(sums) / kept);
    }

    internal static void NoEvidence(Span<double> results, Span<Shortfall> shortfalls, int i) =>
        Write(results, shortfalls, i, MethodOutcome.Insufficient(Shortfall.NoEvidence));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Scored(Span<double> results, Span<Shortfall> shortfalls, int i, double score)
    {
        results[i] = score;
        shortfalls[i] = Shortfall.None;
    }

    private static void Write(Span<double> results, Span<Shortfall> shortfalls, int i, MethodOutcome outcome)
    {
        results[i] = outcome.IsScored ? outcome.Score : ProficiencyBatch.NoScore;
        shortfalls[i] = outcome.Shortfall;
    }

    /// <summary>The sum of scores on the exact grid, in any order (vector lanes, then the rest): the exact total.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double ExactSum(ReadOnlySpan<double> s)
    {
        double sum = 0;
        int k = 0;
        if (Vector256.IsHardwareAccelerated && s.Length >= Vector256<double>.Count)
        {
            ref double start = ref MemoryMarshal.GetReference(s);
            var acc = Vector256.LoadUnsafe(ref start);
            for (k = Vector256<double>.Count; k <= s.Length - Vector256<double>.Count; k += Vector256<double>.Count)
                acc += Vector256.LoadUnsafe(ref start, (nuint)k);
            sum = Vector256.Sum(acc);
        }
        for (; k < s.Length; k++) sum += s[k];
        return sum;
    }

    /// <summary>The highest score of a non-empty series without −0: a vector maximum, then the rest.</summary>
    private static double Max(ReadOnlySpan<double> s)
    {
        double max = s[0];
        int k = 1;
        if (Vector256.IsHardwareAccelerated && s.Length >= Vector256<double>.Count)
        {
            ref double start = ref MemoryMarshal.GetReference(s);
            var acc = Vector256.LoadUnsafe(ref start);
            for (k = Vector256<double>.Count; k <= s.Length - Vector256<double>.Count; k += Vector256<double>.Count)
                acc = Vector256.MaxNative(acc, Vector256.LoadUnsafe(ref start, (nuint)k));
            max = double.MaxNative(double.MaxNative(acc[0], acc[1]), double.MaxNative(acc[2], acc[3]));
        }
        for (; k < s.Length; k++) max = double.MaxNative(max, s[k]);
        return max;
    }
}
