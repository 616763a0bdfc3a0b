using MathPlc.Core;
using MathPlc.Grading;
using NodaTime;

namespace MathPlc.Benchmarks;

/// <summary>
/// Proficiency series for the scoring benchmarks, from a fixed seed: 40,000 students × 25 targets = 1,000,000 series of
/// 8 scores each, in half points from 0.5 to 4 on Marzano's scale (no zeros, so every power-law zero policy gives the
/// same numbers), one assessment a week from 1 September 2026. Kept three ways: columns for the batch form, evidence
/// in export order (by date, then student and target) for the LINQ baseline, and evidence per series for the object form.
/// </summary>
internal sealed class ScoreSeries
{
    public const int Students = 40_000;
    public const int Targets = 25;
    public const int ScoresPerSeries = 8;
    public const int SeriesCount = Students * Targets;
    public const int ScoreCount = SeriesCount * ScoresPerSeries;

    private ScoreSeries(double[] scores, int[] starts, Evidence[] evidence, Evidence[][] bySeries) =>
        (Scores, Starts, Evidence, BySeries) = (scores, starts, evidence, bySeries);

    /// <summary>All scores, series after series, each oldest first.</summary>
    public double[] Scores { get; }

    /// <summary>Series offsets, plus the end of the last.</summary>
    public int[] Starts { get; }

    /// <summary>The same scores as evidence, in the order a gradebook exports them: by date, then student and target.</summary>
    public Evidence[] Evidence { get; }

    /// <summary>The same evidence grouped by series, each oldest first.</summary>
    public Evidence[][] BySeries { get; }

    public static ScoreSeries Generate(int seed = 20261122)
    {
        var random = new Random(seed);
        var scores = new double[ScoreCount];
        for (int i = 0; i < scores.Length; i++) scores[i] = random.Next(1, 9) / 2.0;
        var starts = new int[SeriesCount + 1];
        for (int i = 0; i <= SeriesCount; i++) starts[i] = i * ScoresPerSeries;

        var students = Enumerable.Range(1, Students).Select(s => new StudentId($"S{s:D7}")).ToArray();
        var targets = Enumerable.Range(1, Targets).Select(t => new TargetId($"7.T.{t:D2}")).ToArray();
        var evidence = new Evidence[ScoreCount];
        var bySeries = new Evidence[SeriesCount][];
        for (int i = 0; i < SeriesCount; i++) bySeries[i] = new Evidence[ScoresPerSeries];
        var first = new LocalDate(2026, 9, 1);
        for (int k = 0; k < ScoresPerSeries; k++)
        {
            var date = first.PlusWeeks(k);
            for (int i = 0; i < SeriesCount; i++)
                evidence[k * SeriesCount + i] = bySeries[i][k] = new Evidence(students[i / Targets], targets[i % Targets], date, scores[i * ScoresPerSeries + k]);
        }
        return new(scores, starts, evidence, bySeries);
    }
}
