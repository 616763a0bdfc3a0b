using FsCheck;
using FsCheck.Fluent;
using MathPlc.Core;
using NodaTime;

namespace MathPlc.Grading.Tests.Batch;

/// <summary>Series of scores laid out as the batch form takes them, and generators for them.</summary>
internal static class BatchData
{
    /// <summary>Scores on Marzano's 0–4 scale: half points as teachers record them, and arbitrary values as a computed or converted score may be.</summary>
    public static readonly Gen<double> Score = Gen.OneOf(
        Gen.Choose(0, 8).Select(h => h / 2.0),
        Gen.Choose(0, 4000).Select(m => m / 1000.0));

    /// <summary>One series, oldest first, 0 to 10 scores (empty series included: they are insufficient evidence).</summary>
    public static readonly Gen<double[]> Series = Gen.Choose(0, 10).SelectMany(n => Score.ArrayOf(n));

    /// <summary>0 to 12 series.</summary>
    public static readonly Arbitrary<double[][]> ManySeries = Gen.Choose(0, 12).SelectMany(n => Series.ArrayOf(n)).ToArbitrary();

    /// <summary>The scores end to end and the offsets of each series (plus the end of the last).</summary>
    public static (double[] Scores, int[] Starts) Columns(IReadOnlyList<double[]> series)
    {
        var starts = new int[series.Count + 1];
        for (int i = 0; i < series.Count; i++) starts[i + 1] = starts[i] + series[i].Length;
        return (series.SelectMany(s => s).ToArray(), starts);
    }

    /// <summary>
    /// <paramref name="count"/> series from a seed, lengths 0 to <paramref name="maxLength"/>, half-point scores 0–4 with
    /// an occasional arbitrary value: enough series to cross the batch form's blocks.
    /// </summary>
    public static (double[] Scores, int[] Starts) Random(int seed, int count, int maxLength = 10)
    {
        var random = new Random(seed);
        var starts = new int[count + 1];
        for (int i = 0; i < count; i++) starts[i + 1] = starts[i] + random.Next(0, maxLength + 1);
        var scores = new double[starts[count]];
        for (int i = 0; i < scores.Length; i++)
            scores[i] = random.Next(10) == 0 ? Math.Round(random.NextDouble() * 4, 3) : random.Next(0, 9) / 2.0;
        return (scores, starts);
    }

    /// <summary>One student's evidence on one target with these scores, on successive school days, for the object form.</summary>
    public static Evidence[] Evidence(StudentId student, TargetId target, double[] scores) =>
        [.. scores.Select((s, i) => new Evidence(student, target, new LocalDate(2026, 9, 1).PlusDays(i), s))];
}
