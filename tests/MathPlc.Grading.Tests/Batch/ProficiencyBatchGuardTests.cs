namespace MathPlc.Grading.Tests.Batch;

public class ProficiencyBatchGuardTests
{
    private static void Score(double[] scores, int[] starts, int results, int shortfalls) =>
        ProficiencyBatch.Score(new Mean(), scores, starts, new double[results], new Shortfall[shortfalls]);

    [Fact]
    public void A_null_method_is_refused() =>
        Assert.Throws<ArgumentNullException>("method", () => ProficiencyBatch.Score(null!, [1], [0, 1], new double[1], new Shortfall[1]));

    [Fact]
    public void Empty_offsets_are_refused() =>
        Assert.Throws<ArgumentException>("seriesStarts", () => Score([], [], 0, 0));

    [Fact]
    public void Offsets_that_do_not_start_at_zero_are_refused()
    {
        var e = Assert.Throws<ArgumentException>("seriesStarts", () => Score([1, 2, 3], [1, 3], 1, 1));
        Assert.Contains("starts at 1", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void Offsets_that_do_not_end_at_the_number_of_scores_are_refused(int end)
    {
        var e = Assert.Throws<ArgumentException>("seriesStarts", () => Score([1, 2, 3], [0, 1, end], 2, 2));
        Assert.Contains($"end at 3, the number of scores; it ends at {end}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Offsets_that_decrease_are_refused_before_anything_is_written()
    {
        var results = new double[3];
        var e = Assert.Throws<ArgumentException>("seriesStarts",
            () => ProficiencyBatch.Score(new Mean(), [1, 2, 3, 4], [0, 3, 1, 4], results, new Shortfall[3]));
        Assert.Contains("seriesStarts[2] = 1 is below seriesStarts[1] = 3", e.Message, StringComparison.Ordinal);
        Assert.Equal([0.0, 0.0, 0.0], results);
    }

    [Fact]
    public void The_first_decrease_is_named_wherever_it_falls_among_the_vectors_of_offsets()
    {
        // 40 series of 2 scores, offsets 0, 2, 4, …, 80; one offset lowered below its neighbour at each place in turn
        // (inside an 8-wide vector, across two, and in the scalar remainder), then a second decrease later on.
        for (int at = 1; at < 40; at++)
        {
            var starts = Enumerable.Range(0, 41).Select(i => 2 * i).ToArray();
            starts[at] = starts[at - 1] - 1;
            if (at + 5 < 40) starts[at + 5] = 0;
            var e = Assert.Throws<ArgumentException>("seriesStarts",
                () => ProficiencyBatch.Score(new Mean(), new double[80], starts, new double[40], new Shortfall[40]));
            Assert.Contains($"seriesStarts[{at}] = {starts[at]} is below seriesStarts[{at - 1}] = {starts[at - 1]}", e.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Results_with_the_wrong_length_are_refused(int length)
    {
        var e = Assert.Throws<ArgumentException>("results", () => Score([1, 2], [0, 1, 2], length, 2));
        Assert.Contains($"{length} places for 2 series", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void Shortfalls_with_the_wrong_length_are_refused(int length) =>
        Assert.Throws<ArgumentException>("shortfalls", () => Score([1, 2], [0, 1, 2], 2, length));

    [Theory]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void A_score_that_is_not_finite_is_refused_with_its_place(double bad, string shown)
    {
        double[] scores = [1, 2, 3, bad, 4];
        var e = Assert.Throws<ArgumentOutOfRangeException>("scores", () => Score(scores, [0, 2, 2, 5], 3, 3));
        Assert.Contains($"scores[3] (series 2) is {shown}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_result_that_overflows_is_refused_rather_than_reported_as_infinity()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>("scores", () => Score([double.MaxValue, double.MaxValue], [0, 2], 1, 1));
        Assert.Contains("series 0", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_degree_of_parallelism_below_one_is_refused(int threads) =>
        Assert.Throws<ArgumentOutOfRangeException>("maxDegreeOfParallelism",
            () => ProficiencyBatch.ScoreParallel(new Mean(), new double[] { 1 }, new[] { 0, 1 }, new double[1], new Shortfall[1], maxDegreeOfParallelism: threads));

    [Fact]
    public void Scoring_in_parallel_checks_the_offsets_too() =>
        Assert.Throws<ArgumentException>("seriesStarts",
            () => ProficiencyBatch.ScoreParallel(new Mean(), new double[] { 1, 2 }, new[] { 0, 2, 1, 2 }, new double[3], new Shortfall[3]));

    [Fact]
    public void Scoring_in_parallel_reports_the_first_bad_score_as_the_serial_form_does()
    {
        var (scores, starts) = BatchData.Random(3, 100_000);
        // Bad scores in three work items: whichever thread finds one first, the exception is the first in order.
        scores[starts[90_000]] = double.NaN;
        scores[^1] = double.NaN;
        scores[starts[40_000]] = double.PositiveInfinity;
        int bad = starts[40_000];
        var e = Assert.Throws<ArgumentOutOfRangeException>("scores",
            () => ProficiencyBatch.ScoreParallel(new Mean(), scores, starts, new double[100_000], new Shortfall[100_000], maxDegreeOfParallelism: 2));
        Assert.Contains($"scores[{bad}]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_chunked_driver_refuses_null_arguments()
    {
        var chunks = Array.Empty<(ReadOnlyMemory<double>, ReadOnlyMemory<int>)>();
        Assert.Throws<ArgumentNullException>("method", () => ProficiencyBatch.ScoreChunks(null!, chunks, (_, _, _) => { }));
        Assert.Throws<ArgumentNullException>("chunks", () => ProficiencyBatch.ScoreChunks(new Mean(), null!, (_, _, _) => { }));
        Assert.Throws<ArgumentNullException>("consume", () => ProficiencyBatch.ScoreChunks(new Mean(), chunks, null!));
    }

    [Fact]
    public void The_chunked_driver_refuses_a_degree_of_parallelism_below_one() =>
        Assert.Throws<ArgumentOutOfRangeException>("maxDegreeOfParallelism",
            () => ProficiencyBatch.ScoreChunks(new Mean(), [], (_, _, _) => { }, maxDegreeOfParallelism: 0));

    [Fact]
    public void The_chunked_driver_names_the_chunk_with_bad_offsets()
    {
        (ReadOnlyMemory<double>, ReadOnlyMemory<int>)[] chunks = [(new double[] { 1, 2 }, new[] { 0, 2 }), (new double[] { 1, 2 }, new[] { 0, 1 })];
        var e = Assert.Throws<ArgumentException>("chunks", () => ProficiencyBatch.ScoreChunks(new Mean(), chunks, (_, _, _) => { }));
        Assert.StartsWith("Chunk 1: seriesStarts must end at 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_chunked_driver_names_the_chunk_with_a_bad_score()
    {
        (ReadOnlyMemory<double>, ReadOnlyMemory<int>)[] chunks = [(new double[] { 1, double.NaN }, new[] { 0, 2 })];
        var e = Assert.Throws<ArgumentOutOfRangeException>("chunks", () => ProficiencyBatch.ScoreChunks(new Mean(), chunks, (_, _, _) => { }));
        Assert.StartsWith("Chunk 0: scores[1] (series 0) is NaN", e.Message, StringComparison.Ordinal);
    }
}
