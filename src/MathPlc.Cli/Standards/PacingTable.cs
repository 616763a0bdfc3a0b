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
        ? JsonText.Write(json =>
        {
            json.WriteStartObject();
            json.WriteObjects("units", guide.Units, (w, unit) =>
            {
                w.WriteString("unit", unit.Unit.Name);
                w.WriteString("startsOn", Iso(unit.StartsOn));
                w.WriteString("endsOn", Iso(unit.EndsOn));
                w.WriteStrings("assessmentOn", unit.AssessmentOn.Select(Iso));
                w.WriteStrings("flexOn", unit.FlexOn.Select(Iso));
                w.WriteNumber("instructionalDays", unit.InstructionalDays);
                w.WriteObjects("warnings", unit.Warnings, (x, reason) =>
                {
                    x.WriteString("code", reason.Code);
                    x.WriteString("message", reason.Message);
                });
            });
            json.WriteEndObject();
        })
        : CsvText.Of(Header, guide.Units.Select(unit => (IReadOnlyList<string?>)
        [
            unit.Unit.Name, Iso(unit.StartsOn), Iso(unit.EndsOn), string.Join(',', unit.AssessmentOn.Select(Iso)),
            unit.InstructionalDays.ToString(CultureInfo.InvariantCulture), string.Join("; ", unit.Warnings.Select(w => w.Message)),
        ]));

    private static string Iso(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
