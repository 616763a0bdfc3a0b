using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using MathPlc.Cli.Shell;
using MathPlc.Core;
using MathPlc.Grading;
using MathPlc.Interop;
using MathPlc.Interop.Csv;

namespace MathPlc.Cli.Grading;

/// <summary>
/// The fast path of <c>mathplc proficiency</c> for district- and state-size files (issue 18; decisions 0100, 0101): the
/// evidence read into rows on every core (<see cref="ColumnarEvidenceCsv"/>; a Parquet file's typed columns straight
/// into the same rows, decision 0166), grouped a partition of students at a
/// time, scored by the batch form (<see cref="ProficiencyBatch"/>), and written as the same CSV, byte for byte, as the
/// object path writes, in bounded memory: rows beyond <c>--memory-limit</c> are spilled to temporary files by student,
/// and each partition's results are kept in a temporary file until all are merged in student order. Taken only for
/// the settings on its whitelist (<see cref="Supports"/>); everything else goes the object path, which explains each result.
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
    /// Reads, groups and scores the evidence file at <paramref name="path"/> (CSV, or Parquet by its extension), or
    /// returns null when the file has columns the fast path does not carry. Nothing is written yet: the caller writes
    /// the results (<see cref="Scored.Write"/>) once all the work that can fail on the data is done.
    /// </summary>
    /// <param name="path">The evidence file.</param>
    /// <param name="options">The scoring settings (on the whitelist).</param>
    /// <param name="memoryLimit">About how many bytes the rows may take (see <see cref="ColumnarEvidenceCsv.Read"/>).</param>
    /// <param name="stderr">Standard error, for the progress line and the stopwatch.</param>
    /// <exception cref="DataFileException">The file is missing or has bad data; the diagnostics are the object path's.</exception>
    /// <exception cref="IOException">The temporary files could not be written (a full disk).</exception>
    public static Scored? TryRun(string path, ProficiencyOptions options, long memoryLimit, TextWriter stderr) =>
        TryRun(path, options, stderr, rows => SpillPlan.For(memoryLimit, rows),
            (stream, file, counts, progress) => ColumnarEvidenceCsv.Read(stream, file, options.Scale, counts, memoryLimit, progress));

    /// <summary>As <see cref="TryRun(string, ProficiencyOptions, long, TextWriter)"/>, with an explicit spill plan (tests force spilling with it).</summary>
    internal static Scored? TryRun(string path, ProficiencyOptions options, SpillPlan plan, TextWriter stderr) =>
        TryRun(path, options, stderr, _ => plan, (stream, file, counts, progress) => ColumnarEvidenceCsv.ReadPlanned(stream, file, options.Scale, counts, plan, progress));

    /// <summary>The fast path's CSV for the file (formula cells neutralised), or null when it has columns the fast path does not carry; with a plan when given.</summary>
    /// <exception cref="DataFileException">The file is missing or has bad data.</exception>
    internal static string? CsvOf(string path, ProficiencyOptions options, SpillPlan? plan = null)
    {
        using var scored = plan is { } forced ? TryRun(path, options, forced, TextWriter.Null) : TryRun(path, options, ColumnarEvidenceCsv.DefaultMemoryLimit, TextWriter.Null);
        return scored is null ? null : Text.Utf8Text.Of(stream => scored.Write(stream, CsvFormulas.Neutralise));
    }

    // planFor: the spill plan for a file of that many rows (a Parquet file says how many it has).
    private static Scored? TryRun(string path, ProficiencyOptions options, TextWriter stderr, Func<long, SpillPlan> planFor,
        Func<Stream, string, Predicate<EvidenceKind>, IProgress<long>?, EvidenceRows?> read)
    {
        var policy = options.EffectivePolicy;
        var progress = TerminalProgress.For(stderr, "mathplc proficiency");
        var stopwatch = StepStopwatch.On(stderr, "proficiency");
        progress?.Phase("reading");
        Predicate<EvidenceKind> counts = kind => kind == EvidenceKind.Summative || (kind == EvidenceKind.Formative && policy.IncludeFormative);
        var rows = EvidenceFile.OpenColumnar(path,
            (names, count, fill) => ColumnarEvidenceCsv.ReadRows(names, options.Scale, counts, planFor(count), progress, fill),
            (stream, file) =>
            {
                var read1 = read(stream, file, counts, progress);
                if (read1 is null || read1.Diagnostics.IsEmpty) return read1;
                read1.Dispose();
                throw new DataFileException(read1.Diagnostics);
            });
        if (rows is null)
        {
            progress?.Dispose();
            return null;
        }
        stopwatch?.Lap(string.Create(CultureInfo.InvariantCulture, $"read {rows.Count:N0} rows with {rows.ReaderCount} reader(s) into {rows.Partitions} partition(s)"));
        var scored = new Scored(rows, options, progress, stopwatch);
        try
        {
            scored.ScoreAll();
            return scored;
        }
        catch
        {
            scored.Dispose();
            throw;
        }
    }

    /// <summary>One series' result, as kept between scoring and writing (in a temporary file when the rows were spilled).</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Result
    {
        public int Student;
        public int Target;
        public double Score;   // NaN when not scored
        public int Used;
        public int Excluded;
    }

    /// <summary>
    /// The scored series of a file, ready to write in the object path's order (student, then target, ordinal). Dispose it
    /// to delete its temporary files.
    /// </summary>
    internal sealed class Scored(EvidenceRows rows, ProficiencyOptions options, TerminalProgress? progress, StepStopwatch? stopwatch) : IDisposable
    {
        private const int Block = 1 << 14;
        private Result[]? _inMemory;
        private FileStream[] _files = [];

        /// <summary>How many partitions the rows were grouped in (1: all in memory).</summary>
        public int Partitions => rows.Partitions;

        internal void ScoreAll()
        {
            if (rows.Partitions > 1) _files = new FileStream[rows.Partitions];
            for (int p = 0; p < rows.Partitions; p++)
            {
                progress?.Phase(rows.Partitions == 1 ? "grouping and scoring" : $"grouping and scoring part {p + 1} of {rows.Partitions}");
                var results = Score(rows.Series(p));
                if (rows.Partitions == 1)
                {
                    _inMemory = results;
                    MemoryLimit.Settle();   // the grouping's copies are garbage now: give them back before writing needs memory (decision 0195)
                    break;
                }
                _files[p] = SpillFile.Create();
                SpillFile.Write(_files[p], MemoryMarshal.AsBytes(results.AsSpan()));
                MemoryLimit.Settle();   // this partition's arrays are garbage now: give them back before the next partition's come
            }
            stopwatch?.Lap("grouped and scored");
        }

        private Result[] Score(EvidenceSeries series)
        {
            int minimum = options.EffectivePolicy.MinimumEvidence;
            int count = series.Count;
            var scores = new double[count];
            var shortfalls = new Shortfall[count];
            ProficiencyBatch.ScoreParallel(options.Method, series.Scores, series.Starts, scores, shortfalls, options.Rounding);
            var results = new Result[count];
            var starts = series.Starts.Span;
            var students = series.Students.Span;
            var targets = series.Targets.Span;
            var excluded = series.Excluded.Span;
            for (int i = 0; i < count; i++)
            {
                int used = starts[i + 1] - starts[i];
                results[i] = new Result
                {
                    Student = students[i], Target = targets[i], Used = used, Excluded = excluded[i],
                    Score = used >= minimum && shortfalls[i] == Shortfall.None ? scores[i] : double.NaN,
                };
            }
            return results;
        }

        /// <summary>Every series' result in the object path's order: one partition as it is, or the partitions merged by student.</summary>
        private IEnumerable<Result> Results()
        {
            if (_inMemory is { } all)
            {
                foreach (var result in all) yield return result;
                yield break;
            }
            var readers = _files.Select(file => new Reader(file)).ToArray();
            foreach (int student in rows.StudentsInOrder)
            {
                var reader = readers[rows.PartitionOf(student)];
                while (reader.Next is { } next && next.Student == student)
                {
                    yield return next;
                    reader.Advance();
                }
            }
        }

        /// <summary>Writes the CSV, the object path's bytes.</summary>
        /// <param name="output">Where to write; left open.</param>
        /// <param name="formulas">Whether formula cells are neutralised.</param>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        public void Write(Stream output, CsvFormulas formulas)
        {
            progress?.Phase("writing");
            using (var csv = new CsvRowWriter(output, formulas))
            {
                foreach (var name in ProficiencyTable.Header) csv.WriteEncoded(CsvRowWriter.Encode(name, formulas));
                csv.EndRow();
                byte[] method = CsvRowWriter.Encode(options.ReportedName, formulas);
                byte[][] levels = [.. options.Scale.Levels.Select(level => CsvRowWriter.Encode(level.Label, formulas))];
                byte[] scored = CsvRowWriter.Encode(ProficiencyTable.StatusText(ProficiencyStatus.Scored), formulas);
                byte[] insufficient = CsvRowWriter.Encode(ProficiencyTable.StatusText(ProficiencyStatus.InsufficientEvidence), formulas);
                long written = 0;
                foreach (var result in Results())
                {
                    csv.WriteText(rows.Student(result.Student));
                    csv.WriteText(rows.Target(result.Target));
                    csv.WriteEncoded(method);
                    if (double.IsNaN(result.Score))
                    {
                        csv.WriteEmpty();
                        csv.WriteEmpty();
                        csv.WriteEncoded(insufficient);
                    }
                    else
                    {
                        csv.WriteNumber(result.Score);
                        csv.WriteEncoded(levels[LevelOf(result.Score)]);
                        csv.WriteEncoded(scored);
                    }
                    csv.WriteNumber(result.Used);
                    csv.WriteNumber(result.Excluded);
                    csv.EndRow();
                    if (++written % (1 << 20) == 0) progress?.Report(written);
                }
            }
            progress?.Dispose();
            stopwatch?.Lap("written");
        }

        /// <summary>
        /// The rows as the Parquet writer takes them. A student's rows come together, so each student's id is made into a
        /// string once, and each target's once in all (decision 0195), not twice a row.
        /// </summary>
        public IEnumerable<ProficiencyRow> Rows()
        {
            string method = options.ReportedName;
            var targets = new Dictionary<int, string>();
            int lastStudent = -1;
            string student = "";
            foreach (var result in Results())
            {
                bool scored = !double.IsNaN(result.Score);
                if (result.Student != lastStudent) (lastStudent, student) = (result.Student, Encoding.UTF8.GetString(rows.Student(result.Student)));
                if (!targets.TryGetValue(result.Target, out var target)) targets[result.Target] = target = Encoding.UTF8.GetString(rows.Target(result.Target));
                yield return new ProficiencyRow(student, target, method,
                    scored ? result.Score : null, scored ? options.Scale.Levels[LevelOf(result.Score)].Label : null,
                    ProficiencyTable.StatusText(scored ? ProficiencyStatus.Scored : ProficiencyStatus.InsufficientEvidence), result.Used, result.Excluded);
            }
        }

        private int LevelOf(double score) => options.Scale.LevelIndexOf(Math.Clamp(score, options.Scale.Minimum, options.Scale.Maximum), options.LevelRule);

        /// <summary>Deletes the temporary files.</summary>
        public void Dispose()
        {
            foreach (var file in _files) file?.Dispose();
            rows.Dispose();
            progress?.Dispose();
        }

        /// <summary>Reads one partition's results back, a block at a time.</summary>
        private sealed class Reader
        {
            private readonly FileStream _file;
            private readonly Result[] _block = new Result[Block];
            private int _at, _length;

            public Reader(FileStream file)
            {
                _file = file;
                _file.Position = 0;
                Fill();
            }

            public Result? Next => _at < _length ? _block[_at] : null;

            public void Advance()
            {
                if (++_at == _length) Fill();
            }

            private void Fill()
            {
                var bytes = MemoryMarshal.AsBytes(_block.AsSpan());
                int read = _file.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
                _length = read / Marshal.SizeOf<Result>();
                _at = 0;
            }
        }
    }
}
