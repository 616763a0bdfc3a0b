using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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

    /// <summary>What a block of scores allows: whether every score is finite, whether its sums are exact, whether it holds −0.</summary>
    internal readonly record struct BlockShape(bool Finite, bool Exact, bool NegativeZero);

    /// <summary>Inspects a block of scores in one vectorised pass.</summary>
    public static BlockShape Inspect(ReadOnlySpan<double> values)
    {
        var vectors = MemoryMarshal.Cast<double, Vector<double>>(values);
        var grid = new Vector<double>(Grid);
        var negativeZero = new Vector<ulong>(NegativeZeroBits);
        Vector<double> finite = Vector<double>.Zero, absolute = Vector<double>.Zero;
        Vector<ulong> offGrid = Vector<ulong>.Zero, negativeZeros = Vector<ulong>.Zero;
        foreach (var v in vectors)
        {
            finite += v - v;                                            // 0 for a finite score, NaN otherwise
            var scaled = v * grid;
            offGrid |= Vector.AsVectorUInt64(scaled - Vector.Floor(scaled));      // +0 exactly when on the grid
            negativeZeros |= Vector.Equals(Vector.AsVectorUInt64(v), negativeZero);
            absolute += Vector.Abs(v);
        }
        double tailFinite = 0, tailAbsolute = 0;
        bool tailOffGrid = false, tailNegativeZero = false;
        for (int i = vectors.Length * Vector<double>.Count; i < values.Length; i++)
        {
            double v = values[i];
            tailFinite += v - v;
            double scaled = v * Grid;
            tailOffGrid |= scaled - Math.Floor(scaled) != 0 || double.IsNaN(scaled - Math.Floor(scaled));
            tailNegativeZero |= BitConverter.DoubleToUInt64Bits(v) == NegativeZeroBits;
            tailAbsolute += Math.Abs(v);
        }
        bool isFinite = Vector.EqualsAll(finite, Vector<double>.Zero) && tailFinite == 0;
        bool exact = isFinite && offGrid == Vector<ulong>.Zero && !tailOffGrid && Vector.Sum(absolute) + tailAbsolute < ExactTotal;
        return new BlockShape(isFinite, exact, tailNegativeZero || negativeZeros != Vector<ulong>.Zero);
    }

    /// <summary>
    /// Scores series <paramref name="first"/> to <paramref name="end"/> (not included) with the method's kernel,
    /// writing the unrounded score (or <see cref="ProficiencyBatch.NoScore"/>) and the shortfall of each; false, with
    /// nothing written, when the method has no kernel for a block of this shape.
    /// </summary>
    public static bool TryScore(CalculationMethod method, ReadOnlySpan<double> scores, ReadOnlySpan<int> starts, int first, int end,
        Span<double> results, Span<Shortfall> shortfalls, BlockShape shape)
    {
        var block = new Block(scores, starts, results, shortfalls);
        bool sums = shape.Exact && !shape.NegativeZero, orders = !shape.NegativeZero;
        switch (method)
        {
            case Latest:
                for (int i = first; i < end; i++)
                    if (block.HasScores(i, out var s)) block.Scored(i, s[^1]);
                return true;
            case Highest when orders:
                for (int i = first; i < end; i++)
                    if (block.HasScores(i, out var s)) block.Scored(i, Max(s));
                return true;
            case DecayingAverage decaying:
                DecayingAverages(block, first, end, decaying.Factors.Rest, decaying.Factors.Recent);
                return true;
            case LinearTrend trend:
                for (int i = first; i < end; i++)
                    if (block.HasScores(i, out var s))
                        block.Scored(i, Regression.Clamp(Regression.FitLine(s).At(s.Length), trend.ClampMinimum, trend.ClampMaximum));
                return true;
            case PowerLaw power:
                PowerLaws(block, first, end, power);
                return true;
            case Mean when sums:
                for (int i = first; i < end; i++)
                    if (block.HasScores(i, out var s)) block.Scored(i, ExactSum(s) / s.Length);
                return true;
            case RecentMean recent when sums:
                for (int i = first; i < end; i++)
                {
                    if (!block.HasScores(i, out var s)) continue;
                    var window = SeriesMath.Recent(s, recent.Count);
                    block.Scored(i, ExactSum(window) / window.Length);
                }
                return true;
            case WeightedLatest weighted when sums:
                for (int i = first; i < end; i++)
                {
                    if (!block.HasScores(i, out var s)) continue;
                    block.Scored(i, s.Length == 1 ? s[0]
                        : s[^1] * weighted.Factors.Recent + ExactSum(s[..^1]) / (s.Length - 1) * weighted.Factors.Rest);
                }
                return true;
            case NMastery mastery when sums:
                NMasteries(block, first, end, mastery);
                return true;
            case Median or RecentMedian or TopMean or Mode when orders:
                Sorted(block, first, end, method, shape.Exact);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Scores each series with the method's own <c>Compute</c>, unrounded: the path for every method and block shape.</summary>
    public static void Generic(CalculationMethod method, ReadOnlySpan<double> scores, ReadOnlySpan<int> starts, int first, int end,
        Span<double> results, Span<Shortfall> shortfalls)
    {
        var block = new Block(scores, starts, results, shortfalls);
        for (int i = first; i < end; i++) block.Write(i, method.Compute(block.Series(i)));
    }

    private static void DecayingAverages(Block block, int first, int end, double rest, double recent)
    {
        for (int i = first; i < end; i++)
        {
            if (!block.HasScores(i, out var s)) continue;
            double m = s[0];
            for (int k = 1; k < s.Length; k++) m = m * rest + s[k] * recent;   // as DecayingAverage.Compute, term for term
            block.Scored(i, m);
        }
    }

    private static void PowerLaws(Block block, int first, int end, PowerLaw power)
    {
        Span<double> logarithms = stackalloc double[ScoreScratch.StackLimit];
        for (int i = first; i < end; i++)
        {
            var s = block.Series(i);
            if (s.Length > logarithms.Length || s.IsEmpty)
            {
                block.Write(i, power.Compute(s));
                continue;
            }
            var fit = Regression.FitPower(s, power.ZeroPolicy, logarithms[..s.Length]);   // as PowerLaw.Fit, in one scratch for the block
            if (fit.IsRefused) block.Write(i, MethodOutcome.Insufficient(Shortfall.NonPositiveScore));
            else block.Scored(i, Regression.Clamp(fit.At(s.Length), power.ClampMinimum, power.ClampMaximum));
        }
    }

    private static void NMasteries(Block block, int first, int end, NMastery mastery)
    {
        double bar = mastery.MasteryPoints;
        for (int i = first; i < end; i++)
        {
            if (!block.HasScores(i, out var s)) continue;
            if (s.Length < mastery.Count)
            {
                block.Write(i, MethodOutcome.Insufficient(Shortfall.TooFewScores));
                continue;
            }
            double sum = 0;
            int kept = 0;
            foreach (double score in s)
            {
                bool counts = score >= bar;
                sum += counts ? score : 0;
                kept += counts ? 1 : 0;
            }
            block.Write(i, kept < mastery.Count ? MethodOutcome.Insufficient(Shortfall.TooFewAtMastery) : MethodOutcome.Scored(sum / kept));
        }
    }

    /// <summary>Median, recent median, top mean and mode: each series sorted by a network when short, by the method otherwise.</summary>
    private static void Sorted(Block block, int first, int end, CalculationMethod method, bool exact)
    {
        Span<double> space = stackalloc double[SortingNetwork.MaxLength];
        for (int i = first; i < end; i++)
        {
            var s = block.Series(i);
            if (method is RecentMedian recent) s = SeriesMath.Recent(s, recent.Count);
            if (s.IsEmpty || s.Length > SortingNetwork.MaxLength)
            {
                block.Write(i, method.Compute(block.Series(i)));
                continue;
            }
            var sorted = SortingNetwork.SortedCopy(s, space);
            switch (method)
            {
                case Mode mode:
                    block.Write(i, mode.FromSorted(s, sorted));
                    break;
                case TopMean top:
                    var highest = sorted[Math.Max(0, sorted.Length - top.Count)..];
                    block.Scored(i, exact ? ExactSum(highest) / highest.Length : SeriesMath.Mean(highest));
                    break;
                default:
                    block.Scored(i, SeriesMath.MedianOfSorted(sorted));
                    break;
            }
        }
    }

    /// <summary>The sum of scores on the exact grid, in any order (vector lanes, then the rest): the exact total.</summary>
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

    /// <summary>The columns of one batch and the outputs, with the writes every kernel shares.</summary>
    private readonly ref struct Block(ReadOnlySpan<double> scores, ReadOnlySpan<int> starts, Span<double> results, Span<Shortfall> shortfalls)
    {
        private readonly ReadOnlySpan<double> _scores = scores;
        private readonly ReadOnlySpan<int> _starts = starts;
        private readonly Span<double> _results = results;
        private readonly Span<Shortfall> _shortfalls = shortfalls;

        public ReadOnlySpan<double> Series(int i) => _scores[_starts[i].._starts[i + 1]];

        /// <summary>The series' scores, or false after writing the shortfall for no evidence.</summary>
        public bool HasScores(int i, out ReadOnlySpan<double> series)
        {
            series = Series(i);
            if (!series.IsEmpty) return true;
            Write(i, MethodOutcome.Insufficient(Shortfall.NoEvidence));
            return false;
        }

        public void Scored(int i, double score)
        {
            _results[i] = score;
            _shortfalls[i] = Shortfall.None;
        }

        public void Write(int i, MethodOutcome outcome)
        {
            _results[i] = outcome.IsScored ? outcome.Score : ProficiencyBatch.NoScore;
            _shortfalls[i] = outcome.Shortfall;
        }
    }
}
