using System.Globalization;
using MathPlc.Cli.Shell;
using MathPlc.Cli.Text;
using MathPlc.Core;
using MathPlc.Interop.Csv;
using MathPlc.Interventions;
using NodaTime.Text;

namespace MathPlc.Cli.Interventions;

/// <summary>
/// Progress reports as <c>mathplc progress</c> writes them (docs/cli.md). Since issue 16 the CSV adds, after
/// <c>reasons</c>, <c>level</c> (median of the last three points), <c>projected_at_goal_date</c> (the least-squares line
/// at the goal date), <c>needed_roi_per_week</c> (gap analysis: growth per week needed from the level to the goal),
/// <c>misses_goal</c> (<c>yes</c> when the projection falls short of the goal by more than the trend tolerance × the change asked) and <c>dual_discrepancy</c> (<c>yes</c>,
/// <c>no</c>, or empty when no cuts were asked for or the student has no level or slope).
/// </summary>
internal static class ProgressTable
{
    /// <summary>The CSV columns, fixed by the command-line contract.</summary>
    public static IReadOnlyList<string> Header { get; } =
        ["student_id", "points", "ols_slope_per_week", "tukey_slope_per_week", "goal_slope_per_week", "roi_per_week", "gap_ratio", "decision", "reasons",
         "level", "projected_at_goal_date", "needed_roi_per_week", "misses_goal", "dual_discrepancy"];

    /// <summary>The reports in <paramref name="format"/>.</summary>
    public static string Write(ImmutableArray<ProgressRow> reports, OutputFormat format) => format switch
    {
        OutputFormat.Csv => CsvText.Of(Header, reports.Select(x => (IReadOnlyList<string?>)
        [
            x.StudentId.Value,
            x.Report.Points.ToString(CultureInfo.InvariantCulture),
            Number(x.Report.OlsSlopePerWeek),
            Number(x.Report.TukeySlopePerWeek),
            Number(x.Report.GoalSlopePerWeek),
            Number(x.Report.RoiPerWeek),
            Number(x.Report.GapRatio),
            ProgressMonitoring.Text(x.Report.Decision),
            ReasonText.Csv(x.Report.Reasons),
            Number(x.Report.Level),
            Number(x.Report.ProjectedAtGoalDate),
            Number(x.Report.NeededRoiPerWeek),
            x.MissesGoal is { } misses ? (misses ? "yes" : "no") : null,
            x.DualDiscrepancy is { } dual ? (dual ? "yes" : "no") : null,
        ])),
        _ => CliJson.Text(ProgressOutput.Of(reports), json => json.IReadOnlyListProgressOutput),
    };

    /// <summary>
    /// Writes the reports as CSV straight to <paramref name="output"/>: the same bytes as <see cref="Write"/> gives for
    /// <see cref="OutputFormat.Csv"/> (tested), each reason shared between students encoded once (issue 18; decision 0121).
    /// </summary>
    public static void WriteCsv(Stream output, ImmutableArray<ProgressRow> reports, CsvFormulas formulas) =>
        WriteCsv(output, formulas, reports.Length, i => (reports[i].StudentId, reports[i].Report, reports[i].MissesGoal, reports[i].DualDiscrepancy),
            (pieces, csv, i) => pieces.Write(csv, reports[i].Report.Reasons));

    /// <summary>
    /// Writes the decisions of <see cref="ProgressMonitoring.DecideAll"/> as CSV: the same bytes as the reports'
    /// (<see cref="ProgressDecisions.Report"/>) give (tested), the reasons that state a student's own numbers composed
    /// straight into the cell (issue 18; decision 0155). <paramref name="students"/> and <paramref name="dual"/> go with the decisions, student by student.
    /// </summary>
    public static void WriteCsv(Stream output, IReadOnlyList<StudentId> students, ProgressDecisions decisions, IReadOnlyList<bool?> dual, CsvFormulas formulas) =>
        WriteCsv(output, formulas, decisions.Count, i => (students[i], decisions.WithoutReasons(i), decisions.WithoutReasons(i).MissesGoal, dual[i]),
            (pieces, csv, i) => pieces.Write(csv, decisions, i));

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)] // issue 18: called once per run over every student; straight to optimised code, no tiering
    private static void WriteCsv(Stream output, CsvFormulas formulas, int count, Func<int, (StudentId Student, ProgressReport Report, bool? MissesGoal, bool? Dual)> row,
        Action<ReasonPieces, CsvRowWriter, int> writeReasons)
    {
        using var csv = new CsvRowWriter(output, formulas);
        foreach (var name in Header) csv.WriteText(name);
        csv.EndRow();
        var pieces = new ReasonPieces();
        for (int i = 0; i < count; i++)
        {
            var (student, r, missesGoal, dualDiscrepancy) = row(i);
            csv.WriteText(student.Value);
            csv.WriteNumber(r.Points);
            Number(csv, r.OlsSlopePerWeek);
            Number(csv, r.TukeySlopePerWeek);
            Number(csv, r.GoalSlopePerWeek);
            Number(csv, r.RoiPerWeek);
            Number(csv, r.GapRatio);
            csv.WriteText(ProgressMonitoring.Text(r.Decision));
            writeReasons(pieces, csv, i);
            Number(csv, r.Level);
            Number(csv, r.ProjectedAtGoalDate);
            Number(csv, r.NeededRoiPerWeek);
            csv.WriteText(missesGoal is { } misses ? (misses ? "yes" : "no") : null);
            csv.WriteText(dualDiscrepancy is { } dual ? (dual ? "yes" : "no") : null);
            csv.EndRow();
        }
    }

    private static void Number(CsvRowWriter csv, double? value)
    {
        if (value is { } v) csv.WriteNumber(v);
        else csv.WriteEmpty();
    }

    /// <summary>One student's row: the report, whether the trend misses the goal, and the dual-discrepancy verdict with its reasons.</summary>
    public sealed record ProgressRow(StudentId StudentId, ProgressReport Report, bool? MissesGoal, bool? DualDiscrepancy, ImmutableArray<Reason> DualReasons);

    private static string? Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);
}
