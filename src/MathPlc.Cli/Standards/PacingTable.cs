using System.Globalization;
using MathPlc.Cli.Shell;
using MathPlc.Cli.Text;
using MathPlc.Interop.Csv;
using MathPlc.Standards;
using NodaTime;

namespace MathPlc.Cli.Standards;

/// <summary>
/// The pacing guide as <c>mathplc pacing</c> writes it: CSV columns <c>unit, starts_on, ends_on, assessment_on,
/// instructional_days, warnings</c> (several assessment dates comma-separated; warnings as their messages, separated by
/// <c>"; "</c>), or camelCase JSON with the same facts plus flex dates and warning codes.
/// </summary>
internal static class PacingTable
{
    /// <summary>The CSV columns, fixed by the issue.</summary>
    public static IReadOnlyList<string> Header { get; } = ["unit", "starts_on", "ends_on", "assessment_on", "instructional_days", "warnings"];

    /// <summary>The guide in <paramref name="format"/>.</summary>
    public static string Write(PacingGuide guide, OutputFormat format) => format == OutputFormat.Json
        ? CliJson.Text(PacingOutput.Of(guide), json => json.PacingOutput)
        : CsvText.Of(Header, guide.Units.Select(unit => (IReadOnlyList<string?>)
        [
            unit.Unit.Name, Iso(unit.StartsOn), Iso(unit.EndsOn), string.Join(',', unit.AssessmentOn.Select(Iso)),
            unit.InstructionalDays.ToString(CultureInfo.InvariantCulture), string.Join("; ", unit.Warnings.Select(w => w.Message)),
        ]));

    private static string Iso(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
