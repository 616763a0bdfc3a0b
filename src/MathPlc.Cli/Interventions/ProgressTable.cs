using System.Globalization;
using MathPlc.Cli.Shell;
using MathPlc.Cli.Text;
using MathPlc.Core;
using MathPlc.Interop.Csv;
using MathPlc.Interventions;
using NodaTime.Text;

namespace MathPlc.Cli.Interventions;

/// <summary>Progress reports as <c>mathplc progress</c> writes them (docs/cli.md).</summary>
internal static class ProgressTable
{
    /// <summary>The CSV columns, fixed by the command-line contract.</summary>
    public static IReadOnlyList<string> Header { get; } =
        ["student_id", "points", "ols_slope_per_week", "tukey_slope_per_week", "goal_slope_per_week", "roi_per_week", "gap_ratio", "decision", "reasons"];

    /// <summary>The reports in <paramref name="format"/>.</summary>
    public static string Write(ImmutableArray<(StudentId StudentId, ProgressReport Report)> reports, OutputFormat format) => format switch
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
        ])),
        _ => JsonText.Write(json =>
        {
            json.WriteStartArray();
            foreach (var (student, r) in reports)
            {
                json.WriteStartObject();
                json.WriteString("studentId", student.Value);
                json.WriteNumber("points", r.Points);
                Optional(json, "baseline", r.Baseline);
                if (r.BaselineDate is { } date) json.WriteString("baselineDate", LocalDatePattern.Iso.Format(date));
                Optional(json, "olsSlopePerWeek", r.OlsSlopePerWeek);
                Optional(json, "tukeySlopePerWeek", r.TukeySlopePerWeek);
                Optional(json, "goalSlopePerWeek", r.GoalSlopePerWeek);
                Optional(json, "roiPerWeek", r.RoiPerWeek);
                Optional(json, "gapRatio", r.GapRatio);
                json.WriteString("decision", ProgressMonitoring.Text(r.Decision));
                if (r.DecidedBy is { } rule) json.WriteString("decidedBy", ProgressMonitoring.Name(rule));
                ReasonText.Json(json, r.Reasons);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }),
    };

    private static string? Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    private static void Optional(System.Text.Json.Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v) json.WriteNumber(name, v);
        else json.WriteNull(name);
    }
}
