using System.Globalization;
using MathPlc.Cli.Shell;
using MathPlc.Cli.Text;
using MathPlc.Core;
using MathPlc.Grading;
using MathPlc.Interop;
using MathPlc.Interop.Csv;

namespace MathPlc.Cli.Grading;

/// <summary>
/// The fast path of <c>mathplc proficiency</c> for district- and state-size files (issue 18): the evidence read into
/// columns (<see cref="ColumnarEvidenceCsv"/>), scored by the batch form (<see cref="ProficiencyBatch"/>), written as
/// the same CSV, byte for byte, as the object path writes. Taken only for the settings on its whitelist
/// (<see cref="Supports"/>); everything else goes the object path, which explains each result.
/// </summary>
internal static class StreamingProficiency
{
    /// <summary>The methods whose batch form is tested equal to the object form (every method MathPlc has today).</summary>
    private static readonly HashSet<Type> Methods =
    [
        typeof(Mean), typeof(Median), typeof(Mode), typeof(Highest), typeof(Latest), typeof(DecayingAverage), typeof(WeightedLatest),
        typeof(NMastery), typeof(PowerLaw), typeof(LinearTrend), typeof(RecentMean), typeof(RecentMedian), typeof(TopMean), typeof(BestFit),
    ];

    /// <summary>
    /// Whether the fast path gives what the object path gives for these settings: CSV output, a file (not standard
    /// input), a method on the list, and no grading policy beyond the default with a minimum number of pieces of
    /// evidence. (The file's columns are checked as it is read: one with <c>weight</c> or <c>source</c> goes the object path.)
    /// </summary>
    public static bool Supports(ProficiencyOptions options, OutputFormat format, string path) =>
        format == OutputFormat.Csv && path != "-" && Methods.Contains(options.Method.GetType())
        && (options.Policy is null || options.Policy == new GradingPolicy { MinimumEvidence = options.Policy.MinimumEvidence });

    /// <summary>
    /// The rows for the evidence file at <paramref name="path"/> (CSV, or Parquet by its extension), or null when the
    /// file has columns the fast path does not carry. The rows are made as they are enumerated.
    /// </summary>
    /// <exception cref="DataFileException">The file is missing or has bad data; the diagnostics are the object path's.</exception>
    public static IEnumerable<ProficiencyRow>? TryRun(string path, ProficiencyOptions options, TextWriter stderr)
    {
        var policy = options.EffectivePolicy;
        var progress = Progress.On(stderr);
        var stopwatch = Stopwatch.On(stderr);
        var series = EvidenceFile.Open(path, (stream, file) =>
        {
            var read = ColumnarEvidenceCsv.Read(stream, file, options.Scale,
                kind => kind == EvidenceKind.Summative || (kind == EvidenceKind.Formative && policy.IncludeFormative), progress);
            return read is null || read.Diagnostics.IsEmpty ? read : throw new DataFileException(read.Diagnostics);
        });
        if (series is null) return null;
        stopwatch?.Lap("read and grouped");

        int count = series.Students.Length;
        var results = new double[count];
        var shortfalls = new Shortfall[count];
        ProficiencyBatch.ScoreParallel(options.Method, series.Scores, series.Starts, results, shortfalls, options.Rounding);
        progress?.Report(-1);
        stopwatch?.Lap("scored");
        var starts = series.Starts.Span;
        var used = new int[count];
        for (int i = 0; i < count; i++) used[i] = starts[i + 1] - starts[i];

        string method = options.ReportedName;
        return Rows();

        IEnumerable<ProficiencyRow> Rows()
        {
            for (int i = 0; i < count; i++)
            {
                bool scored = used[i] >= policy.MinimumEvidence && shortfalls[i] == Shortfall.None;
                yield return new ProficiencyRow(series.Students[i].Value, series.Targets[i].Value, method, scored ? results[i] : null,
                    scored ? options.Scale.LevelOf(Math.Clamp(results[i], options.Scale.Minimum, options.Scale.Maximum), options.LevelRule).Label : null,
                    ProficiencyTable.StatusText(scored ? ProficiencyStatus.Scored : ProficiencyStatus.InsufficientEvidence), used[i], series.Excluded[i]);
            }
            stopwatch?.Lap("written");
        }
    }

    /// <summary>
    /// With <c>MATHPLC_STOPWATCH=1</c> in the environment, the time of each step on standard error: the breakdown
    /// benchmarks/README.md reports. Silent otherwise.
    /// </summary>
    private sealed class Stopwatch(TextWriter stderr)
    {
        private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();

        public static Stopwatch? On(TextWriter stderr) =>
            Environment.GetEnvironmentVariable("MATHPLC_STOPWATCH") == "1" ? new Stopwatch(stderr) : null;

        public void Lap(string step)
        {
            using var process = System.Diagnostics.Process.GetCurrentProcess();
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"mathplc proficiency: {step} at {_clock.Elapsed.TotalMilliseconds:F0} ms, {(DateTime.Now - process.StartTime).TotalMilliseconds:F0} ms since the process started, {process.TotalProcessorTime.TotalMilliseconds:F0} ms of processor time"));
        }
    }

    /// <summary>Rows read, on standard error, only when it is the console and a terminal (docs/cli.md: long work shows progress).</summary>
    private sealed class Progress(TextWriter stderr) : IProgress<long>
    {
        public static Progress? On(TextWriter stderr) =>
            ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected ? new Progress(stderr) : null;

        public void Report(long value) =>
            stderr.Write(value < 0 ? "\rmathplc proficiency: scored; writing…        \n"
                : string.Create(CultureInfo.InvariantCulture, $"\rmathplc proficiency: {value:N0} rows read…"));
    }
}
