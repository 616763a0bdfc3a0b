using System.Globalization;
using MathPlc.Cli.Shell;
using MathPlc.Cli.Text;
using MathPlc.Grading;
using MathPlc.Interop.Csv;
using MathPlc.Grading.Json;

namespace MathPlc.Cli.Grading;

/// <summary>
/// Proficiency results as <c>mathplc proficiency</c> writes them: <c>csv</c>, one row per student and target with
/// the columns <c>student_id, target_id, method, score, level, status, evidence_used, evidence_excluded</c> (through
/// Interop's <see cref="CsvTable"/>), or <c>json</c>, the array of results in Grading's JSON form for
/// <see cref="ProficiencyResult"/> (with the evidence used and its weights, the evidence excluded and why).
/// </summary>
internal static class ProficiencyTable
{
    /// <summary>The CSV columns, fixed by the command-line contract.</summary>
    public static IReadOnlyList<string> Header { get; } =
        ["student_id", "target_id", "method", "score", "level", "status", "evidence_used", "evidence_excluded"];

    /// <summary>The results in <paramref name="format"/>.</summary>
    public static string Write(ImmutableArray<ProficiencyResult> results, OutputFormat format) => format switch
    {
        OutputFormat.Csv => Csv(Rows(results)),
        OutputFormat.Json => CliJson.Text(results, GradingJson.Formats),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "The proficiency command writes csv or json."),
    };

    /// <summary>The status as the CSV writes it (<see cref="ProficiencyCsv.StatusText"/>).</summary>
    public static string StatusText(ProficiencyStatus status) => ProficiencyCsv.StatusText(status);

    /// <summary>One row per result, as the CSV and Parquet outputs carry it.</summary>
    public static IEnumerable<ProficiencyRow> Rows(ImmutableArray<ProficiencyResult> results) =>
        results.Select(result => new ProficiencyRow(result.StudentId.Value, result.TargetId.Value, result.Method, result.Score, result.Level?.Label,
            StatusText(result.Status), result.Used.Length, result.Excluded.Length));

    /// <summary>The rows as CSV (through Interop's formula neutralisation).</summary>
    public static string Csv(IEnumerable<ProficiencyRow> rows) =>
        CsvText.Of(Header, rows.Select(row => (IReadOnlyList<string?>)
        [
            row.StudentId,
            row.TargetId,
            row.Method,
            row.Score?.ToString("R", CultureInfo.InvariantCulture),
            row.Level,
            row.Status,
            row.EvidenceUsed.ToString(CultureInfo.InvariantCulture),
            row.EvidenceExcluded.ToString(CultureInfo.InvariantCulture),
        ]));
}

/// <summary>One row of <c>mathplc proficiency</c>'s table output (CSV or Parquet): the columns of <see cref="ProficiencyTable.Header"/>.</summary>
/// <param name="StudentId">The student.</param>
/// <param name="TargetId">The learning target.</param>
/// <param name="Method">The method or preset name.</param>
/// <param name="Score">The score, or null when the status is not <c>scored</c>.</param>
/// <param name="Level">The label of the scale level the score falls in, or null.</param>
/// <param name="Status"><c>scored</c>, <c>insufficient_evidence</c> or <c>teacher_judgement</c>.</param>
/// <param name="EvidenceUsed">How many rows were used.</param>
/// <param name="EvidenceExcluded">How many rows were excluded.</param>
internal readonly record struct ProficiencyRow(string StudentId, string TargetId, string Method, double? Score, string? Level, string Status,
    int EvidenceUsed, int EvidenceExcluded);
