using System.Globalization;
using System.Text.Json.Nodes;
using MathPlc.Cli.Shell;
using MathPlc.Cli.Text;
using MathPlc.Grading;
using MathPlc.Interop.Csv;
using MathPlc.Grading.Json;

namespace MathPlc.Cli.ReportCards;

/// <summary>
/// Report-card marks as <c>mathplc report-card</c> writes them: <c>csv</c> with the columns <c>student_id, mark, rule,
/// reasons</c> (through Interop's <see cref="CsvTable"/>), or <c>json</c>, the array of marks in Grading's JSON form for
/// <see cref="ReportCardMark"/>.
/// </summary>
internal static class ReportCardTable
{
    /// <summary>The CSV columns, fixed by the command-line contract; <c>period</c> follows them when the targets name periods.</summary>
    public static IReadOnlyList<string> Header { get; } = ["student_id", "mark", "rule", "reasons"];

    /// <summary>
    /// The marks in <paramref name="format"/>; with <paramref name="periods"/>, the CSV has a last column <c>period</c>.
    /// Without <paramref name="periodDates"/> (no calendar was given) the JSON's period has its name only.
    /// </summary>
    public static string Write(ImmutableArray<ReportCardMark> marks, OutputFormat format, bool periods = false, bool periodDates = true) => format switch
    {
        OutputFormat.Csv => CsvText.Of(periods ? [.. Header, "period"] : Header, marks.Select(mark => (IReadOnlyList<string?>)
        [
            mark.StudentId.Value,
            MarkText(mark),
            mark.Rule,
            string.Join(" | ", mark.Reasons.Select(r => r.Message)),
            .. periods ? (string?[])[mark.Period.Name] : [],
        ])),
        OutputFormat.Json => periodDates
            ? CliJson.Text(marks, GradingJson.Formats)
            : CliJson.Text(WithoutPeriodDates(JsonNode.Parse(GradingJson.Formats.Serialize(marks))!.AsArray()), json => json.JsonArray),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "The report-card command writes csv or json."),
    };

    /// <summary>The marks' JSON with each period's start and end removed: the files named the period but gave no dates.</summary>
    private static JsonArray WithoutPeriodDates(JsonArray marks)
    {
        foreach (var mark in marks)
            if (mark?["period"] is JsonObject period)
            {
                period.Remove("start");
                period.Remove("end");
            }
        return marks;
    }

    /// <summary>The mark as the CSV writes it: the letter, else the score, else <c>Incomplete</c>.</summary>
    public static string MarkText(ReportCardMark mark) =>
        mark.Status == MarkStatus.Incomplete ? "Incomplete" : mark.Letter ?? mark.Score?.ToString("R", CultureInfo.InvariantCulture) ?? "Incomplete";
}
