using System.CommandLine;
using MathPlc.Cli.Calendar;
using MathPlc.Cli.Shell;
using MathPlc.Interop;
using MathPlc.Core;
using MathPlc.Standards.Json;
using MathPlc.Standards;
using NodaTime;

namespace MathPlc.Cli.Standards;

/// <summary>
/// <c>mathplc pacing --calendar calendar.json --units units.json [--from yyyy-MM-dd] [--format csv|json] [--out FILE]</c>:
/// the team's units scheduled in order on the school calendar, as a dated common pacing guide.
/// </summary>
internal static class PacingCommand
{
    /// <summary>Builds the command with its options, examples and action.</summary>
    public static Command Create()
    {
        var calendarFile = CommonOptions.InputFile("--calendar", "-c", "The school calendar (JSON), as for mathplc calendar.", "calendar.json");
        var unitsFile = CommonOptions.InputFile("--units", "-u",
            "The unit plans (JSON): {\"units\": [{\"name\", \"teachingDays\", \"assessmentDays\" (default 1), \"flexDays\" (default 0), \"targets\"}]}, in teaching order.",
            "units.json");
        var from = CommonOptions.Date("--from", "The day the first unit starts (the next instructional day when it is not one). Default: the first day of the year.");
        var format = new FormatOption(OutputFormat.Csv, OutputFormat.Json);
        format.Description += " csv columns: unit, starts_on, ends_on, assessment_on, instructional_days, warnings.";
        var output = CommonOptions.Out();

        var command = new ExampleCommand("pacing",
            "A dated common pacing guide: each unit's first and last day and common-assessment date on the school calendar, with warnings " +
            "when a unit runs past the end of a grading period or across the new year. Teaching days come first, then the assessment, then flex days.",
            "mathplc pacing --calendar calendar.json --units units.json",
            "mathplc pacing --calendar calendar.json --units units.json --from 2026-09-08 --format json --out pacing.json")
        {
            calendarFile, unitsFile, from, format, output,
        };

        command.SetAction(parseResult => CommandRunner.Run(parseResult, output, () =>
        {
            string calendarPath = parseResult.GetRequiredValue(calendarFile), unitsPath = parseResult.GetRequiredValue(unitsFile);
            var calendar = CalendarFile.Read(calendarPath);
            var units = InputFile.Read(unitsPath, UnitPlanJson.Read);
            var guide = Schedule(calendar, units, parseResult.GetValue(from), calendarPath, unitsPath);
            return PacingTable.Write(guide, format.Chosen(parseResult));
        }));
        return command;
    }

    // The library's documented refusals become bad data (exit 3) naming the file at fault.
    private static PacingGuide Schedule(SchoolCalendar calendar, ImmutableArray<UnitPlan> units, LocalDate? from, string calendarPath, string unitsPath)
    {
        try
        {
            return PacingGuide.Schedule(calendar, units, from);
        }
        catch (ArgumentOutOfRangeException e) when (e.ParamName == "startOn")
        {
            throw new DataFileException([new DataDiagnostic("outside-year", $"--from is outside the school year of {calendarPath} ({calendar.FirstDay:yyyy-MM-dd} to {calendar.LastDay:yyyy-MM-dd}).",
                "command line", Field: "--from", Value: from?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))], e);
        }
        catch (ArgumentException e) when (e.ParamName == "calendar")
        {
            throw new DataFileException([new DataDiagnostic("no-instructional-days", "the calendar has no instructional days to schedule units on.", calendarPath)], e);
        }
        catch (ArgumentException e) when (e.ParamName == "units")
        {
            throw new DataFileException([new DataDiagnostic("units-do-not-fit", WithoutParameter(e.Message), unitsPath, Field: "$.units")], e);
        }
    }

    private static string WithoutParameter(string message)
    {
        int at = message.IndexOf(" (Parameter", StringComparison.Ordinal);
        return at > 0 ? message[..at] : message;
    }
}
