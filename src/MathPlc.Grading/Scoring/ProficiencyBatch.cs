using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace MathPlc.Grading;

/// <summary>
/// The columnar batch form of proficiency scoring, for researchers and vendors at scale: the scores of many
/// series (one series per student and learning target, oldest first) laid end to end, with offsets marking where
/// each series starts; one reported score and one shortfall per series out. Runs the same arithmetic as
/// <see cref="Proficiency"/> and allocates nothing per series.
/// </summary>
/// <remarks>
/// <para>
/// <b>The shortfall is the authority.</b> Series <c>i</c> has a score exactly when <c>shortfalls[i]</c> is
/// <see cref="Shortfall.None"/>; its reported score is then a finite number, the same one
/// <see cref="Proficiency.Score"/> reports for the same scores, method and rounding. Where there is a shortfall
/// (too little evidence, an n-mastery series with too few scores at mastery, a tied mode with no tie rule, …)
/// the result holds <see cref="NoScore"/>: a finite fill value, so the output obeys MathPlc's rule that outputs
/// are finite and never NaN, and a value so far below any scale that an average which forgot to consult the
/// shortfalls is visibly wrong rather than quietly plausible. Never read a result without its shortfall; in
/// particular never compare it with a cut score, where the fill would look like a very low score.
/// </para>
/// <para>
/// <b>What the batch form does not do.</b> It applies no grading policy and knows no scale: every score given
/// counts, in the order given. Put each series in school order (date, sequence, input order) and leave out the
/// evidence a policy excludes (behaviour, formative) before building the columns, or use the object form, which
/// does both and explains each exclusion.
/// </para>
/// <para>
/// <b>Errors.</b> Offsets and output lengths are checked before anything is written. Scores are checked block by
/// block as they are scored (every score must be finite); when that check or a result that overflows throws, the
/// outputs hold the results of the series before the offending block and unspecified values after it.
/// </para>
/// <para>
/// <b>Scale.</b> <see cref="ScoreParallel"/> spreads blocks of series over threads with the same output as
/// <see cref="Score"/>; <see cref="ScoreChunks"/> scores a stream of chunks (a whole state's data) in memory
/// bounded by the largest chunk.
/// </para>
/// </remarks>
public static class ProficiencyBatch
{
    /// <summary>
    /// The value written as the result of a series with a shortfall: <see cref="double.MinValue"/>, finite and far
    /// below any proficiency scale. It is a fill, not a score; the series' shortfall says why there is none.
    /// </summary>
    public const double NoScore = double.MinValue;

    /// <summary>Series per block: the unit of score checking, and of work in <see cref="ScoreParallel"/>.</summary>
    private const int BlockSeries = 4096;

    /// <summary>Blocks per parallel work item, so each thread gets enough work to outweigh the scheduling.</summary>
    private const int BlocksPerWorkItem = 4;

    /// <summary>Scores every series. Series <c>i</c> is <c>scores[seriesStarts[i]..seriesStarts[i + 1]]</c>, oldest first.</summary>
    /// <param name="method">The calculation method.</param>
    /// <param name="scores">All scores, each series oldest first; every score finite.</param>
    /// <param name="seriesStarts">
    /// Where each series starts, plus the end of the last: length = number of series + 1, never decreasing, first 0,
    /// last <c>scores.Length</c>. An empty series (two equal offsets) is allowed and gets the method's shortfall for no
    /// evidence.
    /// </param>
    /// <param name="results">
    /// One reported score per series: rounded when <paramref name="rounding"/> is given, <see cref="NoScore"/> where
    /// there is a shortfall.
    /// </param>
    /// <param name="shortfalls">One shortfall per series: <see cref="Shortfall.None"/> where scored, otherwise why not.</param>
    /// <param name="rounding">How reported scores are rounded (e.g. <see cref="ScoreRounding.Canvas"/>), or null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="method"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="seriesStarts"/> is empty, does not start at 0, does not end at the number of scores, or decreases;
    /// <paramref name="results"/> or <paramref name="shortfalls"/> does not have one place per series.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">A score is NaN or infinite, or a series' result overflows to infinity.</exception>
    public static void Score(CalculationMethod method, ReadOnlySpan<double> scores, ReadOnlySpan<int> seriesStarts,
        Span<double> results, Span<Shortfall> shortfalls, ScoreRounding? rounding = null)
    {
        Guard.Against.Null(method);
        CheckShape(scores.Length, seriesStarts, results.Length, shortfalls.Length);
        for (int first = 0; first < results.Length; first += BlockSeries)
            ScoreBlock(method, scores, seriesStarts, first, Math.Min(results.Length, first + BlockSeries), results, shortfalls, rounding);
    }

    /// <summary>
    /// Scores every series as <see cref="Score"/> does, spreading blocks of series over up to
    /// <paramref name="maxDegreeOfParallelism"/> threads. Deterministic: each series is scored by the same
    /// arithmetic on its own, so the outputs are identical to <see cref="Score"/>'s, and so is the exception when a
    /// score is bad (the one for the first bad block).
    /// </summary>
    /// <param name="method">The calculation method.</param>
    /// <param name="scores">All scores, each series oldest first; every score finite.</param>
    /// <param name="seriesStarts">Where each series starts, plus the end of the last (as for <see cref="Score"/>).</param>
    /// <param name="results">One reported score per series, <see cref="NoScore"/> where there is a shortfall.</param>
    /// <param name="shortfalls">One shortfall per series.</param>
    /// <param name="rounding">How reported scores are rounded, or null for none.</param>
    /// <param name="maxDegreeOfParallelism">The most threads to use; null for as many as the machine has processors. 1 scores on the calling thread.</param>
    /// <exception cref="ArgumentNullException"><paramref name="method"/> is null.</exception>
    /// <exception cref="ArgumentException">The offsets or output lengths do not fit the scores (as for <see cref="Score"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="maxDegreeOfParallelism"/> is less than 1; a score is NaN or infinite, or a series' result overflows.
    /// </exception>
    public static void ScoreParallel(CalculationMethod method, ReadOnlyMemory<double> scores, ReadOnlyMemory<int> seriesStarts,
        Memory<double> results, Memory<Shortfall> shortfalls, ScoreRounding? rounding = null, int? maxDegreeOfParallelism = null)
    {
        Guard.Against.Null(method);
        int threads = maxDegreeOfParallelism ?? Environment.ProcessorCount;
        Guard.Against.Below(threads, 1, nameof(maxDegreeOfParallelism));
        CheckShape(scores.Length, seriesStarts.Span, results.Length, shortfalls.Length);

        int count = results.Length;
        int workSeries = BlockSeries * BlocksPerWorkItem;
        int workItems = (count + workSeries - 1) / workSeries;
        if (threads == 1 || workItems <= 1)
        {
            Score(method, scores.Span, seriesStarts.Span, results.Span, shortfalls.Span, rounding);
            return;
        }

        // Each work item keeps its own first failure, so the exception thrown is the serial one whatever the timing.
        var failures = new ExceptionDispatchInfo?[workItems];
        Parallel.For(0, workItems, new ParallelOptions { MaxDegreeOfParallelism = threads }, item =>
        {
            int end = Math.Min(count, (item + 1) * workSeries);
            try
            {
                for (int first = item * workSeries; first < end; first += BlockSeries)
                    ScoreBlock(method, scores.Span, seriesStarts.Span, first, Math.Min(end, first + BlockSeries), results.Span, shortfalls.Span, rounding);
            }
            catch (ArgumentException e)
            {
                failures[item] = ExceptionDispatchInfo.Capture(e);
            }
        });
        foreach (var failure in failures) failure?.Throw();
    }

    /// <summary>
    /// Scores a stream of chunks — a whole state's data, a district at a time — in memory bounded by the largest
    /// chunk: each chunk is scored as <see cref="Score"/> scores it (in parallel when
    /// <paramref name="maxDegreeOfParallelism"/> is not 1), then handed to <paramref name="consume"/> before the next
    /// chunk is read.
    /// </summary>
    /// <param name="method">The calculation method.</param>
    /// <param name="chunks">
    /// The chunks, in order. Each is self-contained: its offsets start at 0 and end at its number of scores (as for
    /// <see cref="Score"/>). A producer may refill the same buffers for the next chunk: a chunk is no longer read once
    /// <paramref name="consume"/> has returned.
    /// </param>
    /// <param name="consume">
    /// Called once per chunk, in order, on the calling thread, with the number of series in earlier chunks (so that
    /// series <c>i</c> of the chunk is series <c>firstSeries + i</c> of the whole stream), the chunk's results and its
    /// shortfalls. The two buffers are reused for the next chunk: copy what you keep.
    /// </param>
    /// <param name="rounding">How reported scores are rounded, or null for none.</param>
    /// <param name="maxDegreeOfParallelism">The most threads to score a chunk with; 1 (the default) scores on the calling thread; null for as many as the machine has processors.</param>
    /// <returns>The number of series scored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="method"/>, <paramref name="chunks"/> or <paramref name="consume"/> is null.</exception>
    /// <exception cref="ArgumentException">A chunk's offsets do not fit its scores; the message names the chunk.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="maxDegreeOfParallelism"/> is less than 1; a score is NaN or infinite, or a result overflows (the message names the chunk).
    /// </exception>
    public static long ScoreChunks(CalculationMethod method,
        IEnumerable<(ReadOnlyMemory<double> Scores, ReadOnlyMemory<int> SeriesStarts)> chunks,
        Action<long, ReadOnlyMemory<double>, ReadOnlyMemory<Shortfall>> consume,
        ScoreRounding? rounding = null, int? maxDegreeOfParallelism = 1)
    {
        Guard.Against.Null(method);
        Guard.Against.Null(chunks);
        Guard.Against.Null(consume);
        if (maxDegreeOfParallelism is { } threads) Guard.Against.Below(threads, 1, nameof(maxDegreeOfParallelism));

        double[] results = [];
        Shortfall[] shortfalls = [];
        long done = 0;
        int index = 0;
        foreach (var (scores, starts) in chunks)
        {
            int count = Math.Max(0, starts.Length - 1);
            if (results.Length < count)
            {
                results = GC.AllocateUninitializedArray<double>(count);
                shortfalls = GC.AllocateUninitializedArray<Shortfall>(count);
            }
            var chunkResults = results.AsMemory(0, count);
            var chunkShortfalls = shortfalls.AsMemory(0, count);
            try
            {
                ScoreParallel(method, scores, starts, chunkResults, chunkShortfalls, rounding, maxDegreeOfParallelism);
            }
            catch (ArgumentOutOfRangeException e) when (e.ParamName == nameof(scores))
            {
                throw new ArgumentOutOfRangeException(nameof(chunks), e.ActualValue, $"Chunk {index}: {e.Message}");
            }
            catch (ArgumentException e) when (e is not ArgumentOutOfRangeException)
            {
                throw new ArgumentException($"Chunk {index}: {e.Message}", nameof(chunks), e);
            }
            consume(done, chunkResults, chunkShortfalls);
            done += count;
            index++;
        }
        return done;
    }

    /// <summary>Checks the offsets and the output lengths, all of them, before anything is written.</summary>
    private static void CheckShape(int scoreCount, ReadOnlySpan<int> seriesStarts, int resultCount, int shortfallCount)
    {
        Guard.Against.Unmet(!seriesStarts.IsEmpty, nameof(seriesStarts),
            "seriesStarts needs one offset per series plus the end of the last (a single 0 for no series); it is empty.");
        int count = seriesStarts.Length - 1;
        Guard.Against.Unmet(resultCount == count, "results",
            $"results has {resultCount} places for {count} series; it needs one per series (seriesStarts.Length - 1).");
        Guard.Against.Unmet(shortfallCount == count, "shortfalls",
            $"shortfalls has {shortfallCount} places for {count} series; it needs one per series (seriesStarts.Length - 1).");
        Guard.Against.Unmet(seriesStarts[0] == 0, nameof(seriesStarts),
            $"seriesStarts must start at 0, the first score; it starts at {seriesStarts[0]}.");
        Guard.Against.Unmet(seriesStarts[count] == scoreCount, nameof(seriesStarts),
            $"seriesStarts must end at {scoreCount}, the number of scores; it ends at {seriesStarts[count]}.");
        // Eight neighbours at a time (the check reads every offset once, beside a scoring pass that reads every score);
        // the scalar loop names the first decrease, in what the vectors leave and in any block where they found one.
        int i0 = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref int start = ref MemoryMarshal.GetReference(seriesStarts);
            for (; i0 + Vector256<int>.Count < seriesStarts.Length; i0 += Vector256<int>.Count)
            {
                if (Vector256.LessThanAny(Vector256.LoadUnsafe(ref start, (nuint)i0 + 1), Vector256.LoadUnsafe(ref start, (nuint)i0)))
                    break;
            }
        }
        for (int i = i0; i < count; i++)
        {
            if (seriesStarts[i + 1] < seriesStarts[i])
                throw new ArgumentException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"seriesStarts must not decrease; seriesStarts[{i + 1}] = {seriesStarts[i + 1]} is below seriesStarts[{i}] = {seriesStarts[i]}."),
                    nameof(seriesStarts));
        }
    }

    /// <summary>
    /// Scores series <paramref name="first"/> up to (not including) <paramref name="end"/>, after checking their scores
    /// are finite: by the method's kernel (<see cref="BatchKernels"/>) where the block allows it, else by the method's
    /// own arithmetic per series; then rounds and checks each result.
    /// </summary>
    private static void ScoreBlock(CalculationMethod method, ReadOnlySpan<double> scores, ReadOnlySpan<int> seriesStarts, int first, int end,
        Span<double> results, Span<Shortfall> shortfalls, ScoreRounding? rounding)
    {
        if (BatchKernels.TryScoreInOnePass(method, scores, seriesStarts, first, end, results, shortfalls, out bool finite, out bool kept))
        {
            if (!finite) ThrowNotFinite(scores, seriesStarts, first);
            if (!kept) BatchKernels.Generic(method, scores, seriesStarts, first, end, results, shortfalls);
        }
        else
        {
            var shape = BatchKernels.Inspect(scores[seriesStarts[first]..seriesStarts[end]], BatchKernels.Sums(method));
            if (!shape.Finite) ThrowNotFinite(scores, seriesStarts, first);
            if (!BatchKernels.TryScore(method, scores, seriesStarts, first, end, results, shortfalls, shape))
                BatchKernels.Generic(method, scores, seriesStarts, first, end, results, shortfalls);
        }

        var scored = results[first..end];
        if (rounding is null && BatchKernels.Finite(scored)) return;   // a shortfall's NoScore is finite
        for (int i = first; i < end; i++)
        {
            if (shortfalls[i] != Shortfall.None) continue;
            if (!double.IsFinite(results[i])) ThrowNotFiniteOrOverflow(method, scores, seriesStarts, first, end, i, results[i]);
            double reported = rounding is null ? results[i] : rounding.Apply(results[i]);
            if (!double.IsFinite(reported)) ThrowOverflow(method, i, results[i]);
            results[i] = reported;
        }
    }

    private static void ThrowNotFinite(ReadOnlySpan<double> scores, ReadOnlySpan<int> seriesStarts, int firstSeries)
    {
        int at = seriesStarts[firstSeries];
        while (double.IsFinite(scores[at])) at++;
        int series = firstSeries;
        while (seriesStarts[series + 1] <= at) series++;
        throw new ArgumentOutOfRangeException("scores", scores[at], string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"scores[{at}] (series {series}) is {InvariantNumber.Format(scores[at])}; every score must be a finite number."));
    }

    /// <summary>
    /// For a result that is not finite: the error for the block's first score that is not finite, as the inspection
    /// before scoring would have thrown it (the kernels that prove finiteness by their results get here), else the
    /// overflow of <paramref name="series"/>.
    /// </summary>
    private static void ThrowNotFiniteOrOverflow(CalculationMethod method, ReadOnlySpan<double> scores, ReadOnlySpan<int> seriesStarts,
        int first, int end, int series, double result)
    {
        foreach (double score in scores[seriesStarts[first]..seriesStarts[end]])
            if (!double.IsFinite(score)) ThrowNotFinite(scores, seriesStarts, first);
        ThrowOverflow(method, series, result);
    }

    private static void ThrowOverflow(CalculationMethod method, int series, double score) =>
        throw new ArgumentOutOfRangeException("scores", score, string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"The scores of series {series} are so large that the {method.Name} method's result is {InvariantNumber.Format(score)}; a proficiency score must be a finite number."));
}
