using System.CommandLine;
using MathPlc.Cli.Shell;
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
        command.SetAction(parseResult => CommandRunner.Run(parseResult, output, () =>
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
            var probes = InputFile.Read(probesPath, ProbeCsv.Read);
            probes.ValuesOrThrow();
            var goalRows = InputFile.Read(goalsPath, (stream, file) => GoalCsv.Read(stream, file).ValuesOrThrow());
            var byStudent = goalRows.ToDictionary(g => g.StudentId);
            var withoutGoal = probes.Rows.Where(r => !byStudent.ContainsKey(r.Value!.StudentId)).GroupBy(r => r.Value!.StudentId)
                .Select(g => new DataDiagnostic("no-goal", $"The student {g.Key} has probes but no row in {goalsPath}; add a goal or remove the probes.",
                    probesPath, g.First().Line, Field: "student_id", Value: g.Key.Value)).ToArray();
            if (withoutGoal.Length > 0) throw new DataFileException([.. withoutGoal]);
            // Issue 14: a probe dated before the goal's baseline was dropped without a word; it is bad data with its place.
            var beforeBaseline = probes.Rows.Where(r => byStudent[r.Value!.StudentId].Goal.BaselineDate is { } from && r.Value.Probe.MeasuredOn < from)
                .Select(r => new DataDiagnostic("before-baseline",
                    $"This probe is dated before the student's baseline ({byStudent[r.Value!.StudentId].Goal.BaselineDate:yyyy-MM-dd} in {goalsPath}), so it cannot count toward progress; remove it or move the baseline.",
                    probesPath, r.Line, Field: "measured_on", Value: r.Value.Probe.MeasuredOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))).ToArray();
            if (beforeBaseline.Length > 0) throw new DataFileException([.. beforeBaseline]);
            stopwatch?.Lap("read and checked");
            var probesOf = probes.Values.GroupBy(p => p.StudentId).ToDictionary(g => g.Key, g => g.Select(p => p.Probe).ToArray());
            var reports = goalRows.OrderBy(g => g.StudentId.Value, StringComparer.Ordinal).Select(goal =>
            {
                try
                {
                    return (goal.StudentId, Report: ProgressMonitoring.Decide(probesOf.GetValueOrDefault(goal.StudentId, []), goal.Goal, rules, calendar));
                }
                catch (ArgumentException e) when (e.ParamName == "goal")
                {
                    throw new DataFileException([new DataDiagnostic("goal-before-baseline",
                        $"The goal date is not after the baseline taken from the probes: {e.Message.Split(" (Parameter")[0]}", goalsPath, goal.Line, Field: "goal_date")]);
                }
            }).ToImmutableArray();
            stopwatch?.Lap("decided");
            var withBoth = reports.Where(r => r.Report.Level is not null && r.Report.OlsSlopePerWeek is not null).ToArray();
            (double Level, double Slope)? cuts = levelCut is { } lc && slopeCut is { } sc ? (lc, sc)
                : percentile is { } p && withBoth.Length > 0 ? (DualDiscrepancy.PeerCut(withBoth.Select(r => r.Report.Level!.Value), p), DualDiscrepancy.PeerCut(withBoth.Select(r => r.Report.OlsSlopePerWeek!.Value), p))
                : null;
            var rows = reports.Select(r =>
            {
                bool? misses = r.Report.MissesGoal;
                if (cuts is not { } c || r.Report.Level is not { } level || r.Report.OlsSlopePerWeek is not { } ols)
                    return new ProgressTable.ProgressRow(r.StudentId, r.Report, misses, null, []);
                var (dual, why) = DualDiscrepancy.Evaluate(level, ols, c.Level, c.Slope);
                return new ProgressTable.ProgressRow(r.StudentId, r.Report, misses, dual, why);
            }).ToImmutableArray();
            string text = ProgressTable.Write(rows, format.Chosen(parseResult));
            stopwatch?.Lap("formatted");
            return text;
        }));
        return command;
    }
}
