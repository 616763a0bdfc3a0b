namespace MathPlc.Grading;

/// <summary>
/// The columnar batch form of proficiency scoring, for researchers and vendors at scale: scores of many series
/// (one series per student and target, oldest first) laid end to end, with offsets marking where each series
/// starts; results and shortfalls out. Runs the same arithmetic as <see cref="Proficiency"/> and allocates nothing
/// per series.
/// </summary>
public static class ProficiencyBatch
{
    /// <summary>Scores every series. Series <c>i</c> is <c>scores[seriesStarts[i]..seriesStarts[i + 1]]</c>.</summary>
    /// <param name="method">The calculation method.</param>
    /// <param name="scores">All scores, each series oldest first.</param>
    /// <param name="seriesStarts">Where each series starts, plus the end of the last: length = series + 1, non-decreasing, first 0, last <c>scores.Length</c>.</param>
    /// <param name="results">One reported score per series (rounded when <paramref name="rounding"/> is given); NaN where there is a shortfall.</param>
    /// <param name="shortfalls">One shortfall per series; <see cref="Shortfall.None"/> where scored.</param>
    /// <param name="rounding">How reported scores are rounded, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="method"/> is null.</exception>
    /// <exception cref="ArgumentException">The offsets or output lengths do not fit the scores.</exception>
    public static void Score(CalculationMethod method, ReadOnlySpan<double> scores, ReadOnlySpan<int> seriesStarts,
        Span<double> results, Span<Shortfall> shortfalls, ScoreRounding? rounding = null)
    {
        ArgumentNullException.ThrowIfNull(method);
        int count = seriesStarts.Length - 1;
        Preconditions.CheckArgument(count >= 0, nameof(seriesStarts), "seriesStarts needs at least one element (0 for no series).");
        Preconditions.CheckArgument(results.Length == count, nameof(results), $"results has {results.Length} places for {count} series.");
        Preconditions.CheckArgument(shortfalls.Length == count, nameof(shortfalls), $"shortfalls has {shortfalls.Length} places for {count} series.");
        Preconditions.CheckArgument(seriesStarts[0] == 0 && seriesStarts[count] == scores.Length, nameof(seriesStarts),
            $"seriesStarts must start at 0 and end at {scores.Length} (the number of scores); it runs from {seriesStarts[0]} to {seriesStarts[count]}.");
        for (int i = 0; i < count; i++)
        {
            int start = seriesStarts[i], end = seriesStarts[i + 1];
            if (end < start)
                throw new ArgumentException($"seriesStarts must not decrease; seriesStarts[{i + 1}] = {end} is below seriesStarts[{i}] = {start}.", nameof(seriesStarts));
            var outcome = method.Compute(scores[start..end]);
            shortfalls[i] = outcome.Shortfall;
            results[i] = !outcome.IsScored ? double.NaN : rounding is null ? outcome.Score : rounding.Apply(outcome.Score);
        }
    }
}
