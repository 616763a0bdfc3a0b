using System.Globalization;
using System.Text.Json;
using MathPlc.Cli.Shell;
using MathPlc.Cli.Text;
using MathPlc.Grading;
using MathPlc.Interop.Csv;
using MathPlc.Interop.Json;

namespace MathPlc.Cli.Grading;

/// <summary>
/// Proficiency results as <c>mathplc proficiency</c> writes them: <c>csv</c>, one row per student and target with
/// the columns <c>student_id, target_id, method, score, level, status, evidence_used, evidence_excluded</c> (through
/// Interop's <see cref="CsvTable"/>), or <c>json</c>, the array of results in Interop's contract for
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
        OutputFormat.Csv => Csv(results),
        OutputFormat.Json => JsonText.Write(json => JsonSerializer.Serialize(json, results, MathPlcJsonContext.Default.ImmutableArrayProficiencyResult)),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "The proficiency command writes csv or json."),
    };

    /// <summary>The status as the CSV writes it (<see cref="ProficiencyCsv.StatusText"/>).</summary>
    public static string StatusText(ProficiencyStatus status) => ProficiencyCsv.StatusText(status);

    private static string Csv(ImmutableArray<ProficiencyResult> results) =>
        CsvText.Of(Header, results.Select(result => (IReadOnlyList<string?>)
        [
            result.StudentId.Value,
            result.TargetId.Value,
            result.Method,
            result.Score?.ToString("R", CultureInfo.InvariantCulture),
            result.Level?.Label,
            StatusText(result.Status),
            result.Used.Length.ToString(CultureInfo.InvariantCulture),
            result.Excluded.Length.ToString(CultureInfo.InvariantCulture),
        ]));
}
