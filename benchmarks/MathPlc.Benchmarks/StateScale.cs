using System.Diagnostics;
using System.Globalization;
using MathPlc.Grading;

namespace MathPlc.Benchmarks;

/// <summary>
/// The state-scale run of issue 3: 3,000,000 students × 25 targets × 8 scores = 600,000,000 scores through
/// <see cref="ProficiencyBatch.ScoreChunks"/>, generated on the fly from a seed, a district-sized chunk at a time into
/// one reused buffer, so memory stays bounded by the chunk. Reports wall time, scoring time, scores per second and the
/// peak working set.
/// </summary>
/// <remarks>
/// <c>dotnet run -c Release --project benchmarks/MathPlc.Benchmarks -- state-scale [--method name] [--threads n] [--students n]</c>.
/// Scores are half points 0.5–4 from a xorshift generator (seed 20261122), cheap enough that generation does not hide scoring.
/// </remarks>
internal static class StateScale
{
    private const int Targets = 25;
    private const int ScoresPerSeries = 8;
    private const int StudentsPerChunk = 20_000;   // 500,000 series, 4,000,000 scores, 32 MB of scores per chunk

    public static int Run(string[] args)
    {
        string methodName = Option(args, "--method") ?? "decaying-average";
        int threads = int.Parse(Option(args, "--threads") ?? "1", CultureInfo.InvariantCulture);
        int students = int.Parse(Option(args, "--students") ?? "3000000", CultureInfo.InvariantCulture);
        var method = BenchmarkMethods.Create(methodName);

        var generating = new Stopwatch();
        long scored = 0, insufficient = 0;
        double sum = 0;
        var wall = Stopwatch.StartNew();
        long series = ProficiencyBatch.ScoreChunks(method, Chunks(students, generating), (_, results, shortfalls) =>
        {
            var r = results.Span;
            var s = shortfalls.Span;
            for (int i = 0; i < r.Length; i++)
            {
                if (s[i] == Shortfall.None) { scored++; sum += r[i]; }
                else insufficient++;
            }
        }, rounding: null, maxDegreeOfParallelism: threads);
        wall.Stop();

        long scores = series * ScoresPerSeries;
        double scoring = wall.Elapsed.TotalSeconds - generating.Elapsed.TotalSeconds;
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            state-scale: {students:N0} students × {Targets} targets × {ScoresPerSeries} scores = {scores:N0} scores, method {methodName}, {threads} thread(s), chunks of {StudentsPerChunk:N0} students
            wall time          {wall.Elapsed.TotalSeconds:F2} s ({scores / wall.Elapsed.TotalSeconds / 1e6:F0} million scores/s including generation)
            generating chunks  {generating.Elapsed.TotalSeconds:F2} s
            scoring (the rest) {scoring:F2} s ({scores / scoring / 1e6:F0} million scores/s)
            processor time     {process.TotalProcessorTime.TotalSeconds:F2} s (all threads; compare with the wall time on a busy machine)
            peak working set   {process.PeakWorkingSet64 / 1048576.0:F0} MB
            series             {series:N0} ({scored:N0} scored, {insufficient:N0} insufficient); mean result {sum / Math.Max(1, scored):F6}
            """));
        return 0;
    }

    /// <summary>Chunks of <see cref="StudentsPerChunk"/> students, all refilled into the same two buffers.</summary>
    private static IEnumerable<(ReadOnlyMemory<double>, ReadOnlyMemory<int>)> Chunks(int students, Stopwatch generating)
    {
        int maxSeries = StudentsPerChunk * Targets;
        var scores = new double[maxSeries * ScoresPerSeries];
        var starts = new int[maxSeries + 1];
        for (int i = 0; i <= maxSeries; i++) starts[i] = i * ScoresPerSeries;
        ulong state = 20261122UL;
        for (int first = 0; first < students; first += StudentsPerChunk)
        {
            generating.Start();
            int count = Math.Min(StudentsPerChunk, students - first) * Targets;
            var chunk = scores.AsSpan(0, count * ScoresPerSeries);
            for (int i = 0; i < chunk.Length; i += 16)
            {
                // xorshift64*: 64 bits give 16 scores of 3 bits each (half points 0.5 to 4).
                state ^= state >> 12; state ^= state << 25; state ^= state >> 27;
                ulong bits = state * 2685821657736338717UL;
                int n = Math.Min(16, chunk.Length - i);
                for (int j = 0; j < n; j++, bits >>= 4) chunk[i + j] = ((int)(bits & 7) + 1) * 0.5;
            }
            generating.Stop();
            yield return (scores.AsMemory(0, chunk.Length), starts.AsMemory(0, count + 1));
        }
    }

    private static string? Option(string[] args, string name)
    {
        int at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
