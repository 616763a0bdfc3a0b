using FsCheck.Fluent;
using MathPlc.Core;
using MathPlc.Tests;

namespace MathPlc.Grading.Tests.Batch;

public class ProficiencyBatchTests
{
    private static readonly StudentId Student = new("S-1");
    private static readonly TargetId Target = new("6.RP.A.3");

    private static readonly ScoreRounding?[] Roundings = [null, ScoreRounding.Canvas, new ScoreRounding(1, RoundingMode.ToEven)];

    [Fact]
    public void The_batch_tests_cover_every_method_the_factory_knows() =>
        Assert.Equal(CalculationMethods.Names.Order(), BatchMethods.All.Values.Select(m => m.Name).Distinct().Order());

    [Theory]
    [MemberData(nameof(BatchMethods.Keys), MemberType = typeof(BatchMethods))]
    public void The_batch_form_reports_what_the_object_form_reports(string key)
    {
        var method = BatchMethods.All[key];
        Prop.ForAll(BatchData.ManySeries, FsCheck.Fluent.Gen.Choose(0, Roundings.Length - 1).ToArbitrary(), (series, r) =>
        {
            var rounding = Roundings[r];
            var (scores, starts) = BatchData.Columns(series);
            var results = new double[series.Length];
            var shortfalls = new Shortfall[series.Length];
            ProficiencyBatch.Score(method, scores, starts, results, shortfalls, rounding);

            var options = new ProficiencyOptions(method, ProficiencyScale.Marzano, rounding);
            for (int i = 0; i < series.Length; i++)
            {
                var expected = Proficiency.Score(Student, Target, BatchData.Evidence(Student, Target, series[i]), options);
                if (expected.Status == ProficiencyStatus.Scored)
                {
                    Assert.Equal(Shortfall.None, shortfalls[i]);
                    Assert.Equal(expected.Score!.Value, results[i]);   // exact: the same arithmetic, bit for bit
                }
                else
                {
                    Assert.NotEqual(Shortfall.None, shortfalls[i]);
                    Assert.Equal(expected.Reasons[0].Code, ShortfallReasons.For(shortfalls[i], method.Name, series[i].Length).Code);
                    Assert.Equal(ProficiencyBatch.NoScore, results[i]);
                }
            }
        }).Check(maxTest: 200);
    }

    [Theory]
    [MemberData(nameof(BatchMethods.Keys), MemberType = typeof(BatchMethods))]
    public void Every_result_is_finite(string key) =>
        Prop.ForAll(BatchData.ManySeries, series =>
        {
            var (scores, starts) = BatchData.Columns(series);
            var results = new double[series.Length];
            ProficiencyBatch.Score(BatchMethods.All[key], scores, starts, results, new Shortfall[series.Length]);
            Assert.All(results, r => Assert.True(double.IsFinite(r), $"{r} is not finite"));
        }).Check();

    [Theory]
    [MemberData(nameof(BatchMethods.Keys), MemberType = typeof(BatchMethods))]
    public void Scoring_in_parallel_gives_exactly_the_serial_output(string key)
    {
        var method = BatchMethods.All[key];
        // Seeds and counts chosen to cross block and work-item boundaries (4,096 and 16,384 series) unevenly.
        foreach (var (seed, count) in new[] { (1, 0), (2, 1), (3, 16_383), (4, 16_385), (5, 70_001) })
        {
            var (scores, starts) = BatchData.Random(seed, count);
            var serial = new double[count];
            var serialShortfalls = new Shortfall[count];
            ProficiencyBatch.Score(method, scores, starts, serial, serialShortfalls, ScoreRounding.Canvas);
            foreach (int? threads in new int?[] { null, 1, 2, 3 })
            {
                var parallel = new double[count];
                var parallelShortfalls = new Shortfall[count];
                ProficiencyBatch.ScoreParallel(method, scores, starts, parallel, parallelShortfalls, ScoreRounding.Canvas, threads);
                Assert.Equal(serial, parallel);
                Assert.Equal(serialShortfalls, parallelShortfalls);
            }
        }
    }

    [Theory]
    [MemberData(nameof(BatchMethods.Keys), MemberType = typeof(BatchMethods))]
    public void Scoring_allocates_nothing_per_series(string key)
    {
        var method = BatchMethods.All[key];
        var (scores, starts) = BatchData.Random(7, 200_000);
        var results = new double[200_000];
        var shortfalls = new Shortfall[200_000];
        ProficiencyBatch.Score(method, scores, starts, results, shortfalls, ScoreRounding.Canvas);   // warm up (JIT, statics)

        long before = GC.GetAllocatedBytesForCurrentThread();
        ProficiencyBatch.Score(method, scores, starts, results, shortfalls, ScoreRounding.Canvas);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(allocated <= 1024, $"{allocated} bytes allocated for 200,000 series; a fixed constant of at most 1 KB is allowed.");
    }

    [Fact] // Hand-computed: means of (1, 2, 3) = 2, (4) = 4, (0, 0.5) = 0.25; the empty series is insufficient evidence.
    public void A_small_batch_of_means_scores_by_hand()
    {
        double[] scores = [1, 2, 3, 4, 0, 0.5];
        int[] starts = [0, 3, 4, 4, 6];
        var results = new double[4];
        var shortfalls = new Shortfall[4];
        ProficiencyBatch.Score(new Mean(), scores, starts, results, shortfalls);
        Assert.Equal([2.0, 4.0, ProficiencyBatch.NoScore, 0.25], results);
        Assert.Equal([Shortfall.None, Shortfall.None, Shortfall.NoEvidence, Shortfall.None], shortfalls);
    }

    [Fact] // Ruby: (2.675).round(2) = 2.68 (reference/grading.md §8); mean of 2.675 alone is 2.675.
    public void Rounding_applies_to_every_reported_score()
    {
        var results = new double[2];
        ProficiencyBatch.Score(new Mean(), [2.675, 1.005], [0, 1, 2], results, new Shortfall[2], ScoreRounding.Canvas);
        Assert.Equal([2.68, 1.01], results);
    }

    [Fact]
    public void No_series_is_fine() =>
        ProficiencyBatch.Score(new Mean(), [], [0], [], []);

    [Fact]
    public void The_chunked_driver_reports_each_chunk_in_order_as_one_long_batch_would()
    {
        var chunks = new[] { BatchData.Random(11, 5_000), BatchData.Random(12, 0), BatchData.Random(13, 20_000), BatchData.Random(14, 3) };
        var seen = new List<(long First, double[] Results, Shortfall[] Shortfalls)>();
        long total = ProficiencyBatch.ScoreChunks(new Mean(),
            chunks.Select(c => ((ReadOnlyMemory<double>)c.Scores, (ReadOnlyMemory<int>)c.Starts)),
            (first, results, shortfalls) => seen.Add((first, results.ToArray(), shortfalls.ToArray())),
            ScoreRounding.Canvas, maxDegreeOfParallelism: 2);

        Assert.Equal(25_003, total);
        Assert.Equal([0L, 5_000L, 5_000L, 25_000L], seen.Select(s => s.First));
        for (int c = 0; c < chunks.Length; c++)
        {
            int count = chunks[c].Starts.Length - 1;
            var results = new double[count];
            var shortfalls = new Shortfall[count];
            ProficiencyBatch.Score(new Mean(), chunks[c].Scores, chunks[c].Starts, results, shortfalls, ScoreRounding.Canvas);
            Assert.Equal(results, seen[c].Results);
            Assert.Equal(shortfalls, seen[c].Shortfalls);
        }
    }

    [Fact]
    public void The_chunked_driver_may_be_fed_one_buffer_refilled_for_every_chunk()
    {
        // A producer that refills the same arrays: the driver must be done with a chunk before it asks for the next.
        var scores = new double[4];
        var starts = new int[] { 0, 2, 4 };
        IEnumerable<(ReadOnlyMemory<double>, ReadOnlyMemory<int>)> Refilled()
        {
            for (int c = 0; c < 3; c++)
            {
                scores.AsSpan().Fill(c);
                scores[3] = c + 2;
                yield return (scores, starts);
            }
        }
        var means = new List<double>();
        ProficiencyBatch.ScoreChunks(new Mean(), Refilled(), (_, results, _) => means.AddRange(results.ToArray()));
        Assert.Equal([0.0, 1.0, 1.0, 2.0, 2.0, 3.0], means);   // (c, c) and (c, c + 2) for c = 0, 1, 2
    }
}
