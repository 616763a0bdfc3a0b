namespace MathPlc.Cli.Tests.Grading;

/// <summary>
/// A literal port of Canvas's outcome rollup arithmetic, written for the tests from Canvas's Ruby and independent of
/// the code under test: <c>app/models/rollup_score.rb</c> in instructure/canvas-lms (<c>standard_decaying_average</c>,
/// <c>decaying_average_set</c>, <c>n_mastery_set</c>, <c>average_set</c>, highest, latest; <c>PRECISION = 2</c>),
/// Ruby's <c>Array#sum</c> for floats (<c>array.c</c>, Kahan–Babuška) and <c>Float#round(2)</c> (<c>numeric.c</c>
/// <c>round_half_up</c>), and Canvas's floor rating lookup (reference/grading.md §3.3, §3.4, §8). Scores are Ruby Floats,
/// as Canvas stores them; null is Ruby's nil (no rollup).
/// </summary>
internal static class CanvasRollup
{
    /// <summary><c>standard_decaying_average</c> with <c>decay_rate = calculation_int</c>.</summary>
    public static double? StandardDecayingAverage(IReadOnlyList<double> scores, int decayRate)
    {
        int remainingWeight = 100 - decayRate;
        if (scores.Count == 1) return Round2(scores[0]);
        double? decayAvg = null;
        for (int i = 0; i + 1 < scores.Count; i++)   // each_cons(2)
            decayAvg = decayAvg is null
                ? (scores[i] * (0.01 * remainingWeight)) + (scores[i + 1] * (0.01 * decayRate))
                : (decayAvg.Value * (0.01 * remainingWeight)) + (scores[i + 1] * (0.01 * decayRate));
        return Round2(decayAvg!.Value);
    }

    /// <summary><c>decaying_average_set</c> (Canvas's "Weighted Average") with <c>weight = calculation_int</c>.</summary>
    public static double? WeightedAverage(IReadOnlyList<double> scores, int weight)
    {
        double latest = scores[^1];
        var older = scores.Take(scores.Count - 1).ToArray();
        if (older.Length == 0) return Round2(latest);
        double latestWeighted = latest * (0.01 * weight);
        double olderAvgWeighted = (RubySum(older) / older.Length) * (0.01 * (100 - weight));
        return Round2(latestWeighted + olderAvgWeighted);
    }

    /// <summary><c>n_mastery_set</c> after <c>calculate_results</c>' count check, with <c>calculation_int = n</c>.</summary>
    public static double? NMastery(IReadOnlyList<double> scores, int n, double masteryPoints)
    {
        if (scores.Count < n) return null;
        var kept = scores.Where(s => !(s < masteryPoints)).ToArray();   // delete_if { score < mastery_points }
        if (kept.Length < n) return null;
        return Round2(RubySum(kept) / kept.Length);
    }

    /// <summary><c>average_set</c>.</summary>
    public static double? Average(IReadOnlyList<double> scores) => Round2(RubySum([.. scores]) / scores.Count);

    /// <summary><c>highest</c>: <c>max_by score</c>, rounded.</summary>
    public static double? Highest(IReadOnlyList<double> scores) => Round2(scores.Max());

    /// <summary><c>latest</c>: the newest result, rounded.</summary>
    public static double? Latest(IReadOnlyList<double> scores) => Round2(scores[^1]);

    /// <summary>The rating a score gets: the highest rating whose points are at or below it (Canvas's <c>rating_percents</c> floor).</summary>
    public static string Rating(double score, IReadOnlyList<(double Points, string Description)> ratings) =>
        ratings.OrderByDescending(r => r.Points).First(r => r.Points <= score).Description;

    /// <summary>Ruby's <c>Array#sum</c> over Floats: Kahan–Babuška summation, the compensation added at the end.</summary>
    public static double RubySum(double[] values)
    {
        double f = 0.0, c = 0.0;
        foreach (double x in values)
        {
            double t = f + x;
            if (Math.Abs(f) >= Math.Abs(x)) c += (f - t) + x;
            else c += (x - t) + f;
            f = t;
        }
        return f + c;
    }

    /// <summary>Ruby's <c>Float#round(2)</c>: <c>round_half_up(x, 100.0) / 100.0</c>, with C's <c>round</c> (half away from zero).</summary>
    public static double Round2(double number)
    {
        if (number == 0.0) return number;
        const double s = 100.0;
        double xs = number * s;
        double f = Math.Round(xs, MidpointRounding.AwayFromZero);
        if (number > 0)
        {
            if ((f + 0.5) / s <= number) f += 1;
        }
        else if ((f - 0.5) / s >= number)
        {
            f -= 1;
        }
        return f / s;
    }
}
