using System.Globalization;
using MathPlc.Cli.Grading;
using MathPlc.Core;
using MathPlc.Grading;
using MathPlc.Tests;
using NodaTime;

namespace MathPlc.Cli.Tests.Grading;

/// <summary>
/// The CLI's Canvas presets against <see cref="CanvasRollup"/>, a literal port of Canvas's rollup arithmetic: every
/// score sequence of length 1 to 4 on a 0–5 half-point grid (16,104 sequences), for every weight Canvas allows, run
/// in-process through the very code <c>mathplc proficiency</c> runs (<see cref="ProficiencySettings"/> to options,
/// <see cref="Proficiency.ScoreAll"/>); and a seeded sample of them end to end through the command line. Score, status
/// and level must agree exactly (the same double, the same rating by floor).
/// </summary>
public sealed class CanvasPortTests : IDisposable
{
    private static readonly double[] Grid = [.. Enumerable.Range(0, 11).Select(i => i * 0.5)];
    private static readonly (double Points, string Description)[] CanvasRatings =
        [(5, "Exceeds Expectations"), (3, "Meets Expectations"), (0, "Does Not Meet Expectations")];

    private static readonly double[][] Sequences = [.. AllSequences()];
    private static readonly ImmutableArray<Evidence> AllEvidence = [.. Sequences.SelectMany(EvidenceOf)];
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static IEnumerable<double[]> AllSequences()
    {
        IEnumerable<double[]> level = [[]];
        for (int length = 1; length <= 4; length++)
        {
            level = [.. level.SelectMany(prefix => Grid.Select(s => (double[])[.. prefix, s]))];
            foreach (var sequence in level) yield return sequence;
        }
    }

    private static string StudentOf(int index) => $"S-{index:D5}";

    private static IEnumerable<Evidence> EvidenceOf(double[] scores, int index) => scores.Select((score, day) =>
        new Evidence(new StudentId(StudentOf(index)), new TargetId("T"), new LocalDate(2026, 9, 1).PlusDays(day), score));

    /// <summary>Scores every sequence with the options the CLI builds from <paramref name="settings"/>, and checks each against <paramref name="port"/>.</summary>
    private static void AgreesWithCanvas(ProficiencySettings settings, Func<double[], double?> port)
    {
        var options = settings.Options(settings.Scale(null), null);
        var results = Proficiency.ScoreAll(AllEvidence, options);
        Assert.Equal(Sequences.Length, results.Length);
        for (int i = 0; i < Sequences.Length; i++)
        {
            var result = results[i];
            Assert.Equal(StudentOf(i), result.StudentId.Value);
            double? canvas = port(Sequences[i]);
            if (canvas != result.Score)
                Assert.Fail(string.Create(CultureInfo.InvariantCulture,
                    $"{settings.Preset} {settings.Decay}{settings.N} {settings.MasteryPoints} on [{string.Join(", ", Sequences[i])}]: Canvas {canvas?.ToString("R", CultureInfo.InvariantCulture) ?? "nil"}, CLI {result.Score?.ToString("R", CultureInfo.InvariantCulture) ?? "none"}."));
            if (canvas is { } score) Assert.Equal(CanvasRollup.Rating(score, CanvasRatings), result.Level!.Label);
            else Assert.Equal(ProficiencyStatus.InsufficientEvidence, result.Status);
        }
    }

    [Fact]
    public void Decaying_average_matches_Canvas_for_every_sequence_and_every_weight_from_50_to_99()
    {
        for (int w = 50; w <= 99; w++)
            AgreesWithCanvas(new ProficiencySettings { Preset = "canvas-decaying-average", Decay = w / 100.0 }, s => CanvasRollup.StandardDecayingAverage(s, w));
    }

    [Fact]
    public void Weighted_average_matches_Canvas_for_every_sequence_and_every_weight_from_1_to_99()
    {
        for (int w = 1; w <= 99; w++)
            AgreesWithCanvas(new ProficiencySettings { Preset = "canvas-weighted-average", Decay = w / 100.0 }, s => CanvasRollup.WeightedAverage(s, w));
    }

    [Fact]
    public void N_mastery_matches_Canvas_for_every_sequence_every_n_from_1_to_10_and_mastery_points_on_the_grid()
    {
        // With at most 4 scores, n from 5 to 10 never gives a score whatever the mastery points: two points suffice there.
        for (int n = 1; n <= 10; n++)
            foreach (double points in n <= 4 ? Grid : [0, 3])
                AgreesWithCanvas(new ProficiencySettings { Preset = "canvas-n-mastery", N = n, MasteryPoints = points }, s => CanvasRollup.NMastery(s, n, points));
    }

    [Fact]
    public void Defaults_highest_latest_and_average_match_Canvas_for_every_sequence()
    {
        AgreesWithCanvas(new ProficiencySettings { Preset = "canvas-decaying-average" }, s => CanvasRollup.StandardDecayingAverage(s, 65));
        AgreesWithCanvas(new ProficiencySettings { Preset = "canvas-weighted-average" }, s => CanvasRollup.WeightedAverage(s, 65));
        AgreesWithCanvas(new ProficiencySettings { Preset = "canvas-n-mastery" }, s => CanvasRollup.NMastery(s, 5, 3));
        AgreesWithCanvas(new ProficiencySettings { Preset = "canvas-highest" }, CanvasRollup.Highest);
        AgreesWithCanvas(new ProficiencySettings { Preset = "canvas-latest" }, CanvasRollup.Latest);
        AgreesWithCanvas(new ProficiencySettings { Preset = "canvas-average" }, CanvasRollup.Average);
    }

    [Fact]
    public void Whole_percent_arithmetic_matters_on_this_grid_so_the_exhaustive_test_can_fail()
    {
        // The fraction form w·s + (1 − w)·m differs from Canvas's 0.01*w factors after rounding for some sequences
        // (issue 13: 1, 0.5, 4 at 70 % is 3.00 in Canvas, 2.99 with 0.7 and 1 − 0.7).
        Assert.Equal(3.00, CanvasRollup.StandardDecayingAverage([1, 0.5, 4], 70));
        Assert.Equal(2.99, CanvasRollup.Round2(FractionForm([1, 0.5, 4], 0.7)));
        int differing = 0;
        foreach (var s in Sequences.Where(s => s.Length > 1))
        {
            if (CanvasRollup.Round2(FractionForm(s, 0.7)) != CanvasRollup.StandardDecayingAverage(s, 70)) differing++;
        }
        Assert.True(differing > 0, "the fraction form agreed with Canvas everywhere at 70 %, so whole-percent arithmetic is untested");
    }

    private static double FractionForm(double[] scores, double w)
    {
        double m = scores[0];
        for (int i = 1; i < scores.Length; i++) m = m * (1 - w) + scores[i] * w;
        return m;
    }

    [Fact]
    public void A_seeded_sample_end_to_end_through_the_command_line_matches_Canvas()
    {
        var random = new Random(20261206);
        var sample = Enumerable.Range(0, 400).Select(_ => random.Next(Sequences.Length)).Distinct().Order().ToArray();
        string file = _folder.Write("canvas.csv", "student_id,target_id,assessed_on,score\n" + string.Concat(sample.SelectMany(i =>
            Sequences[i].Select((score, day) => string.Create(CultureInfo.InvariantCulture,
                $"{StudentOf(i)},T,{new LocalDate(2026, 9, 1).PlusDays(day):yyyy-MM-dd},{score:R}\n")))));
        (string[] Options, Func<double[], double?> Port)[] runs =
        [
            (["--preset", "canvas-decaying-average", "--decay", "0.55"], s => CanvasRollup.StandardDecayingAverage(s, 55)),
            (["--preset", "canvas-decaying-average", "--decay", "0.7"], s => CanvasRollup.StandardDecayingAverage(s, 70)),
            (["--preset", "canvas-decaying-average", "--decay", "0.85"], s => CanvasRollup.StandardDecayingAverage(s, 85)),
            (["--preset", "canvas-weighted-average", "--decay", "0.9"], s => CanvasRollup.WeightedAverage(s, 90)),
            (["--preset", "canvas-n-mastery", "--n", "2", "--mastery-points", "2.5"], s => CanvasRollup.NMastery(s, 2, 2.5)),
            (["--preset", "canvas-average"], CanvasRollup.Average),
        ];
        foreach (var (options, port) in runs)
        {
            var result = CliRun.Run(["proficiency", "--in", file, .. options]);
            Assert.True(result.ExitCode == 0, result.Stderr);
            var rows = result.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries)[1..].Select(line => line.Split(',')).ToArray();
            Assert.Equal(sample.Length, rows.Length);
            for (int k = 0; k < sample.Length; k++)
            {
                double? canvas = port(Sequences[sample[k]]);
                Assert.Equal(StudentOf(sample[k]), rows[k][0]);
                Assert.Equal(canvas?.ToString("R", CultureInfo.InvariantCulture) ?? "", rows[k][3]);
                Assert.Equal(canvas is { } c ? CanvasRollup.Rating(c, CanvasRatings) : "", rows[k][4]);
                Assert.Equal(canvas is null ? "insufficient_evidence" : "scored", rows[k][5]);
            }
        }
    }
}
