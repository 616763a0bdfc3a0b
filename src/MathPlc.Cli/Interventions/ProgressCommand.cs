using System.CommandLine;
using MathPlc.Cli.Shell;
using MathPlc.Cli.Text;
using MathPlc.Core;
using MathPlc.Interop;
using MathPlc.Interop.Csv;
using MathPlc.Interventions;

namespace MathPlc.Cli.Interventions;

/// <summary>
/// <c>mathplc progress --in probes.csv --goals goals.csv [--rule four-point|trend|median-of-three|all] [--points K]
/// [--min-points N] [--min-weeks W] [--format csv|json] [--out FILE]</c>: one progress-monitoring decision per student
/// with a goal. Reads through Interop, decides with <see cref="ProgressMonitoring"/>, writes with <see cref="ProgressTable"/>.
/// </summary>
internal static class ProgressCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var defaults = ProgressRules.Default;
        var input = CommonOptions.InputFile("--in", "-i", "Probes (CSV): student_id, measured_on (yyyy-MM-dd), score. Any order; two probes of a student on one date are bad data.", "probes.csv");
        var goals = CommonOptions.InputFile("--goals", "-g",
            "Goals (CSV): student_id, goal, goal_date; optional baseline, baseline_date (default: the median of the first three probes, dated at the third).", "goals.csv");
        var rule = CommonOptions.Choice("--rule",
            "The decision rule: four-point (the last K points all above or all below the goal line), trend (least-squares slope against the goal slope, within 5 %, from 8 points), " +
            "median-of-three (the median of the last three points against the goal line), all (the default: trend once it has 8 points, else four-point, else median-of-three; every rule's verdict is in the reasons).",
            [("four-point", ProgressRule.FourPoint), ("trend", ProgressRule.Trend), ("median-of-three", ProgressRule.MedianOfThree), ("all", ProgressRule.All)]);
        var points = CommonOptions.PositiveWholeNumber("--points", $"K of the four-point rule. Default {defaults.Points}.", "K");
        var minPoints = CommonOptions.PositiveWholeNumber("--min-points", $"The fewest points after the baseline before any decision. Default {defaults.MinPoints}.");
        var minWeeks = CommonOptions.Number("--min-weeks", $"The fewest weeks from the baseline to the last point before any decision. Default {defaults.MinWeeks.ToString(System.Globalization.CultureInfo.InvariantCulture)} (the four-point rule's published minimum of 6 weeks and 6 points).", "W");
        var calendarFile = new Option<string?>("--calendar")
        {
            Description = "A school calendar (JSON, as mathplc calendar reads): weeks become instructional weeks (school days after the baseline ÷ the school's teaching days per week), so breaks do not count. Without it, weeks are calendar days ÷ 7.",
            HelpName = "calendar.json",
        };
        var ddPercentile = CommonOptions.Number("--dd-percentile",
            "Dual discrepancy against peers: a student is flagged when both the level (median of the last three points) and the least-squares slope are below this percentile (0–100) of the students in the file. 25 and 33 are common choices.", "P");
        var ddLevelCut = CommonOptions.Number("--dd-level-cut", "Dual discrepancy with a fixed level cut (e.g. the benchmark); needs --dd-slope-cut. Overrides --dd-percentile.", "X");
        var ddSlopeCut = CommonOptions.Number("--dd-slope-cut", "Dual discrepancy with a fixed growth cut per week (e.g. typical growth); needs --dd-level-cut.", "Y");
        var format = new FormatOption(OutputFormat.Csv, OutputFormat.Json);
        format.Description += " csv: student_id, points, ols_slope_per_week, tukey_slope_per_week, goal_slope_per_week, roi_per_week, gap_ratio, decision (raise-goal, change-instruction, continue, insufficient-data), reasons, level, projected_at_goal_date, needed_roi_per_week, misses_goal (yes/no), dual_discrepancy (yes/no, empty without cuts); json: the same with the baseline and reasons as objects.";
        var output = CommonOptions.Out();
        var command = new ExampleCommand("progress",
            "Progress-monitoring decisions against each student's goal line: raise the goal, change the intervention, continue, or not enough data yet, with the slopes and the reasons. " +
            "The trend is read with the level: a trend line that misses the goal at the goal date is change-instruction whatever its slope. " +
            "Weeks are calendar days ÷ 7, or instructional weeks with --calendar. roi_per_week is (median of the last three points − baseline) ÷ weeks; gap_ratio is the goal line's value at the last point ÷ that median.",
            "mathplc progress --in probes.csv --goals goals.csv",
            "mathplc progress --in probes.csv --goals goals.csv --rule four-point --points 3 --min-points 6 --min-weeks 3",
            "mathplc progress --in probes.csv --goals goals.csv --format json --out progress.json",
            "mathplc progress --in probes.csv --goals goals.csv --calendar calendar.json --dd-percentile 25")
        {
            input, goals, rule, points, minPoints, minWeeks, calendarFile, ddPercentile, ddLevelCut, ddSlopeCut, format, output,
        };
        command.SetAction(parseResult => CommandRunner.Guarded(parseResult, () =>
        {
            var stopwatch = StepStopwatch.On(parseResult.InvocationConfiguration.Error, "progress");
            double weeks = parseResult.GetValue(minWeeks) ?? defaults.MinWeeks;
            if (weeks < 0) throw new UsageException($"--min-weeks {weeks.ToString(System.Globalization.CultureInfo.InvariantCulture)} must be 0 or more.");
            var rules = new ProgressRules(parseResult.GetValue(rule) ?? ProgressRule.All, parseResult.GetValue(points) ?? defaults.Points,
                parseResult.GetValue(minPoints) ?? defaults.MinPoints, weeks);
            double? percentile = parseResult.GetValue(ddPercentile), levelCut = parseResult.GetValue(ddLevelCut), slopeCut = parseResult.GetValue(ddSlopeCut);
            if (percentile is < 0 or > 100) throw new UsageException($"--dd-percentile {percentile.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} must be from 0 to 100.");
            if (levelCut.HasValue != slopeCut.HasValue) throw new UsageException("--dd-level-cut and --dd-slope-cut go together; give both, or use --dd-percentile.");
            var calendar = parseResult.GetValue(calendarFile) is { } calendarPath ? Calendar.CalendarFile.Read(calendarPath) : null;
            string probesPath = parseResult.GetRequiredValue(input), goalsPath = parseResult.GetRequiredValue(goals);
            // Issue 18: a plain file is read into columns; any other, or one a check below fails on, by the row reader, whose diagnostics name the line.
            bool columnar = false;
            var (goalRows, probesOf) = InputFile.Read(probesPath, (stream, file) =>
            {
                if (stream.CanSeek && ColumnarProbeCsv.TryRead(stream) is { } columns)
                {
                    var goalsRead = ReadGoals(goalsPath);
                    if (ProbesOf(columns, goalsRead) is { } ofColumns)
                    {
                        columnar = true;
                        return (goalsRead, ofColumns);
                    }
                }
                return ReadByRows(InputFile.Rewound(stream, s => ProbeCsv.Read(s, file)), file, goalsPath);   // diagnostics name the probes as the reader does (<stdin> for -)
            });
            stopwatch?.Lap(columnar ? "read into columns, checked and grouped by student" : "read by rows, checked and grouped by student");
            var (students, decided) = Decide(goalRows, probesOf, rules, calendar, goalsPath);
            stopwatch?.Lap("decided");
            var levels = new List<double>();
            var slopes = new List<double>();
            for (int i = 0; i < decided.Count; i++)
                if (decided.WithoutReasons(i) is { Level: { } level, OlsSlopePerWeek: { } ols })
                {
                    levels.Add(level);
                    slopes.Add(ols);
                }
            (double Level, double Slope)? cuts = levelCut is { } lc && slopeCut is { } sc ? (lc, sc)
                : percentile is { } p && levels.Count > 0 ? (DualDiscrepancy.PeerCut(levels, p), DualDiscrepancy.PeerCut(slopes, p))
                : null;
            var dual = new bool?[decided.Count];
            var dualReasons = new ImmutableArray<Reason>[decided.Count];
            for (int i = 0; i < decided.Count; i++)
            {
                dualReasons[i] = [];
                if (cuts is { } c && decided.WithoutReasons(i) is { Level: { } level, OlsSlopePerWeek: { } ols })
                    (dual[i], dualReasons[i]) = DualDiscrepancy.Evaluate(level, ols, c.Level, c.Slope);
            }
            var chosen = format.Chosen(parseResult);
            if (chosen == OutputFormat.Csv)
                AtomicOutput.Write(stream => ProgressTable.WriteCsv(stream, students, decided, dual, CsvText.Formulas), parseResult.GetValue(output), parseResult.InvocationConfiguration.Output);
            else
            {
                var rows = Enumerable.Range(0, decided.Count).Select(i =>
                {
                    var report = decided.Report(i);
                    return new ProgressTable.ProgressRow(students[i], report, report.MissesGoal, dual[i], dualReasons[i]);
                }).ToImmutableArray();
                AtomicOutput.Write(ProgressTable.Write(rows, chosen), parseResult.GetValue(output), parseResult.InvocationConfiguration.Output);
            }
            stopwatch?.Lap("written");
        }));
        return command;
    }

    private static ImmutableArray<StudentGoal> ReadGoals(string goalsPath) =>
        InputFile.Read(goalsPath, (stream, file) => GoalCsv.Read(stream, file).GetValueOrThrow());

    /// <summary>
    /// Each goal's probes from the columns, or null when a probe has no goal or is dated before its goal's baseline:
    /// then the file is read again by rows, so that those diagnostics name their lines (<see cref="ReadByRows"/>).
    /// </summary>
    private static Func<StudentId, IEnumerable<Probe>>? ProbesOf(ProbesByStudent columns, ImmutableArray<StudentGoal> goalRows)
    {
        var byStudent = goalRows.ToDictionary(g => g.StudentId);
        var number = new Dictionary<StudentId, int>(columns.Students.Length);
        var students = columns.Students.Span;
        for (int s = 0; s < students.Length; s++)
        {
            if (!byStudent.TryGetValue(students[s], out var goalRow)) return null;
            if (goalRow.Goal.BaselineDate is { } from)
                foreach (var probe in columns.Of(s))
                    if (probe.MeasuredOn < from) return null;
            number.Add(students[s], s);
        }
        return student => number.TryGetValue(student, out int s) ? columns.Of(s) : [];
    }

    /// <summary>The object path: the probes by rows, checked against the goals with each bad row's line, gathered by student in one pass.</summary>
    private static (ImmutableArray<StudentGoal> Goals, Func<StudentId, IEnumerable<Probe>> ProbesOf) ReadByRows(CsvReadResult<StudentProbe> probes, string probesPath, string goalsPath)
    {
        probes.GetValueOrThrow();
        var goalRows = ReadGoals(goalsPath);
        var byStudent = goalRows.ToDictionary(g => g.StudentId);
        // One pass over the probes (issue 18): each student's probes gathered, and the two kinds of bad rows with their lines.
        var probesOf = new Dictionary<StudentId, List<Probe>>(byStudent.Count);
        var withoutGoal = new Dictionary<StudentId, int>(); // the first line of each student without a goal, in the file's order
        var beforeBaseline = new List<DataDiagnostic>();
        foreach (var row in probes.Rows)
        {
            var (student, probe) = row.Value!;
            if (!byStudent.TryGetValue(student, out var goalRow))
            {
                withoutGoal.TryAdd(student, row.Line);
                continue;
            }
            // Issue 14: a probe dated before the goal's baseline was dropped without a word; it is bad data with its place.
            if (goalRow.Goal.BaselineDate is { } from && probe.MeasuredOn < from)
            {
                beforeBaseline.Add(new DataDiagnostic("before-baseline",
                    $"This probe is dated before the student's baseline ({from:yyyy-MM-dd} in {goalsPath}), so it cannot count toward progress; remove it or move the baseline.",
                    probesPath, row.Line, Field: "measured_on", Value: probe.MeasuredOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
                continue;
            }
            ref var list = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(probesOf, student, out _);
            (list ??= []).Add(probe);
        }
        if (withoutGoal.Count > 0)
            throw new DataFileException([.. withoutGoal.Select(g => new DataDiagnostic("no-goal", $"The student {g.Key} has probes but no row in {goalsPath}; add a goal or remove the probes.",
                probesPath, g.Value, Field: "student_id", Value: g.Key.Value))]);
        if (beforeBaseline.Count > 0) throw new DataFileException([.. beforeBaseline]);
        return (goalRows, student => probesOf.TryGetValue(student, out var own) ? own : []);
    }

    /// <summary>
    /// Each goal's report, in ordinal order of the student ids, decided in one pass by the batch form (issue 18; decision
    /// 0155). When a student's data is bad the object form goes through the students in the same order to find the first
    /// and name its line: a goal date not after the baseline is bad data naming the goal's line.
    /// </summary>
    private static (StudentId[] Students, ProgressDecisions Decided) Decide(ImmutableArray<StudentGoal> goalRows,
        Func<StudentId, IEnumerable<Probe>> probesOf, ProgressRules rules, SchoolCalendar? calendar, string goalsPath)
    {
        var ordered = goalRows.OrderBy(g => g.StudentId.Value, StringComparer.Ordinal).ToArray();
        var probes = new List<Probe>();
        var starts = new int[ordered.Length + 1];
        for (int i = 0; i < ordered.Length; i++)
        {
            probes.AddRange(probesOf(ordered[i].StudentId));
            starts[i + 1] = probes.Count;
        }
        try
        {
            return (Array.ConvertAll(ordered, g => g.StudentId),
                ProgressMonitoring.DecideAll(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(probes), starts, Array.ConvertAll(ordered, g => g.Goal), rules, calendar));
        }
        catch (ArgumentException)
        {
            foreach (var goal in ordered)
            {
                try
                {
                    ProgressMonitoring.Decide(probesOf(goal.StudentId), goal.Goal, rules, calendar);
                }
                catch (ArgumentException e) when (e.ParamName == "goal")
                {
                    throw new DataFileException([new DataDiagnostic("goal-before-baseline",
                        $"The goal date is not after the baseline taken from the probes: {e.Message.Split(" (Parameter")[0]}", goalsPath, goal.Line, Field: "goal_date")]);
                }
            }
            throw;
        }
    }
}
