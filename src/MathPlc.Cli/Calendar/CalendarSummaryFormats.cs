using MathPlc.Cli.Shell;
using MathPlc.Cli.Text;
using MathPlc.Interop.Csv;

namespace MathPlc.Cli.Calendar;

/// <summary>
/// A <see cref="CalendarSummary"/> written as <c>md</c> (a short report with tables), <c>json</c> (camelCase:
/// <c>from, to, instructionalDays, instructionalWeekCount, weeks[monday, instructionalDays],
/// nonInstructionalDates[date, name]</c>) or <c>csv</c> (one row per date in the range:
/// <c>date, weekday, instructional, name</c>, written by Interop's <see cref="CsvTable"/>: RFC 4180, CRLF line ends).
/// </summary>
internal static class CalendarSummaryFormats
{
    /// <summary>The summary in <paramref name="format"/>.</summary>
    public static string Write(CalendarSummary summary, OutputFormat format) => format switch
    {
        OutputFormat.Md => Markdown(summary),
        OutputFormat.Json => Json(summary),
        OutputFormat.Csv => Csv(summary),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "The calendar command writes md, json or csv."),
    };

    private static string Markdown(CalendarSummary summary)
    {
        var report = new MarkdownText()
            .Heading(1, $"School calendar, {IsoDate.Format(summary.Range.From)} to {IsoDate.Format(summary.Range.To)}")
            .Line($"- Instructional days: {MarkdownText.Number(summary.InstructionalDays)}")
            .Line($"- Instructional weeks: {MarkdownText.Number(summary.Weeks.Length)}")
            .Line($"- Non-instructional dates: {MarkdownText.Number(summary.NonInstructionalDates.Length)}")
            .BlankLine()
            .Heading(2, $"Instructional weeks");
        if (summary.Weeks.IsEmpty) report.Line($"None.");
        else report.Table(["Week of (Monday)", "Instructional days"], [false, true],
            summary.Weeks.Select(week => (IReadOnlyList<string>)[IsoDate.Format(week.Monday), MarkdownText.Number(week.InstructionalDays)]));

        report.BlankLine().Heading(2, $"Non-instructional dates");
        if (summary.NonInstructionalDates.IsEmpty) report.Line($"None.");
        else report.Table(["Date", "Weekday", "Name"], [false, false, false],
            summary.NonInstructionalDates.Select(day => (IReadOnlyList<string>)[IsoDate.Format(day.Date), day.Date.DayOfWeek.ToString(), day.Name]));
        return report.ToString();
    }

    private static string Json(CalendarSummary summary) => CliJson.Text(CalendarSummaryOutput.Of(summary), json => json.CalendarSummaryOutput);

    private static string Csv(CalendarSummary summary)
    {
        var names = summary.NonInstructionalDates.ToDictionary(day => day.Date, day => day.Name);
        return CsvText.Of(["date", "weekday", "instructional", "name"],
            summary.Range.Dates().Select(date => (IReadOnlyList<string?>)
            [
                IsoDate.Format(date),
                date.DayOfWeek.ToString(),
                summary.Calendar.IsInstructionalDay(date) ? "true" : "false",
                names.GetValueOrDefault(date),
            ]));
    }
}
