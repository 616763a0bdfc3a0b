using System.CommandLine;
using MathPlc.Cli.Shell;
using NodaTime;

namespace MathPlc.Cli.Calendar;

/// <summary>
/// <c>mathplc calendar --calendar calendar.json [--from yyyy-MM-dd] [--to yyyy-MM-dd] [--nth N] [--format md|json|csv] [--out FILE]</c>:
/// instructional days, instructional weeks and non-instructional dates of a school calendar, or the date of
/// the Nth instructional day. Parses the line, reads the calendar through Interop, asks Core, writes.
/// </summary>
internal static class CalendarCommand
{
    /// <summary>Builds the command with its options, examples and action.</summary>
    public static Command Create()
    {
        var calendarFile = CommonOptions.InputFile("--calendar", "-c",
            "The school calendar (JSON): first and last day, instructional weekdays, holidays and breaks.", "calendar.json");
        var from = CommonOptions.Date("--from", "The first date to report on. Default: the calendar's first day.");
        var to = CommonOptions.Date("--to", "The last date to report on (included). Default: the calendar's last day.");
        var nth = CommonOptions.PositiveWholeNumber("--nth",
            "Print only the date of the Nth instructional day counted from --from (day 1 is the first instructional day on or after it).");
        var format = new FormatOption(OutputFormat.Md, OutputFormat.Json, OutputFormat.Csv);
        format.Description += " md: a short report with tables; json: counts, weeks and non-instructional dates; " +
                              "csv: one row per date (date, weekday, instructional, name).";
        var output = CommonOptions.Out();

        var command = new ExampleCommand("calendar",
            "Instructional days, instructional weeks and non-instructional dates of a school calendar, or the date of its Nth instructional day.",
            "mathplc calendar --calendar calendar.json",
            "mathplc calendar --calendar calendar.json --from 2026-09-01 --to 2026-12-18 --format json --out fall.json",
            "mathplc calendar --calendar calendar.json --format csv --out days.csv",
            "mathplc calendar --calendar calendar.json --nth 45")
        {
            calendarFile, from, to, nth, format, output,
        };

        command.SetAction(parseResult => CommandRunner.Run(parseResult, output, () =>
        {
            LocalDate? start = parseResult.GetValue(from), end = parseResult.GetValue(to);
            DateRange.RequireOrdered(start, end); // a usage error comes before any problem with the file
            var calendar = CalendarFile.Read(parseResult.GetRequiredValue(calendarFile));
            var range = DateRange.Resolve(calendar, start, end);
            var chosenFormat = format.Chosen(parseResult);
            return parseResult.GetValue(nth) is { } n
                ? NthInstructionalDay.Find(calendar, range, n).Write(chosenFormat)
                : CalendarSummaryFormats.Write(CalendarSummary.Of(calendar, range), chosenFormat);
        }));
        return command;
    }
}
