using System.CommandLine;
using System.Globalization;
using MathPlc.Teams.Json;
using MathPlc.Cli.Calendar;
using MathPlc.Cli.Shell;
using MathPlc.Cli.Text;
using MathPlc.Core;
using MathPlc.Interop;
using MathPlc.Interop.Json;
using MathPlc.Interop.UnitCycle;
using MathPlc.Reports;
using MathPlc.Teams;
using NodaTime;

namespace MathPlc.Cli.Agenda;

/// <summary>
/// <c>mathplc agenda (--unit unit.json | --calendar calendar.json --starts DATE --ends DATE) --actions team-actions.json
/// --meets DAYS [--before N] [--after N] [--format md|json|csv] [--out FILE]</c>: the before / during / after-unit
/// high-leverage team actions as a dated agenda for the team's collaboration time on the school calendar (decision 0049).
/// With <c>--unit</c>, the cycle's unit file gives the calendar and the unit's days: it ends on the common assessment and
/// starts its teaching days before it (<see cref="UnitAgendas.UnitDays"/>).
/// </summary>
internal static class AgendaCommand
{
    /// <summary>The CSV columns: one row per action on a meeting's agenda.</summary>
    public static IReadOnlyList<string> Header { get; } = ["date", "weekday", "phase", "action_id", "action"];

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var unit = new Option<string?>("--unit", "-u")
        {
            Description = "The team's unit file (JSON, as mathplc cycle --unit reads it, e.g. docs/examples/unit.json): its calendar is the calendar, the unit ends on " +
                          "assessment.assessedOn (the common assessment) and starts unit.teachingDays instructional days before it. Instead of --calendar, --starts and --ends.",
            HelpName = "unit.json",
        };
        var calendar = new Option<string?>("--calendar", "-c") { Description = "The school calendar (JSON, the mathplc calendar format). Required without --unit.", HelpName = "calendar.json" };
        var actions = CommonOptions.InputFile("--actions", "-a",
            "The team actions (JSON, as docs/templates/team-actions.json): actions[{id, phase (before, during, after), action}].", "team-actions.json");
        var starts = CommonOptions.Date("--starts", "The unit's first day. Required without --unit.");
        var ends = CommonOptions.Date("--ends", "The unit's last day, the common end-of-unit assessment; on or after --starts. Required without --unit.");
        var meets = new Option<string?>("--meets")
        {
            Description = "The weekdays the team meets, comma-separated (monday … sunday, or mon … sun), e.g. tuesday,thursday. Required. " +
                          "A meeting is an instructional day of the calendar on one of these weekdays.",
            HelpName = "DAYS",
        };
        var before = CommonOptions.PositiveWholeNumber("--before", "How many meetings just before the unit carry the before-unit actions. Default: 2.");
        var after = CommonOptions.PositiveWholeNumber("--after", "How many meetings just after the unit carry the after-unit actions. Default: 2.");
        var format = new FormatOption(OutputFormat.Md, OutputFormat.Json, OutputFormat.Csv);
        format.Description += " md: one section per meeting with its actions, then why; json: {unitStart, unitEnd, meetings[{date, weekday, phase, actions[{id, action}]}], " +
                              "reasons[{code, message}]}; csv: " + string.Join(", ", Header) + " (one row per action on a meeting's agenda; phase before, during or after).";
        var output = CommonOptions.Out();
        var command = new ExampleCommand("agenda",
            "The before / during / after-unit team actions as a dated agenda on the school calendar for the team's collaboration meetings.",
            "mathplc agenda --calendar calendar.json --actions docs/templates/team-actions.json --starts 2026-10-05 --ends 2026-10-23 --meets tuesday,thursday",
            "mathplc agenda -c calendar.json -a team-actions.json --starts 2026-10-05 --ends 2026-10-23 --meets wed --before 1 --format csv --out agenda.csv",
            "mathplc agenda --unit docs/examples/unit.json --actions docs/templates/team-actions.json --meets tuesday,thursday")
        {
            unit, calendar, actions, starts, ends, meets, before, after, format, output,
        };
        command.SetAction(parseResult => CommandRunner.Run(parseResult, output, () =>
        {
            var days = Weekdays(parseResult.GetValue(meets));
            var (schoolYear, start, end) = parseResult.GetValue(unit) is { } unitPath
                ? FromUnitFile(unitPath, parseResult.GetValue(calendar), parseResult.GetValue(starts), parseResult.GetValue(ends))
                : FromDates(parseResult.GetValue(calendar), parseResult.GetValue(starts), parseResult.GetValue(ends));
            var teamActions = InputFile.Read(parseResult.GetRequiredValue(actions), TeamActionsJson.Read);
            var agenda = UnitAgendas.Plan(schoolYear, start, end, days, teamActions, parseResult.GetValue(before) ?? 2, parseResult.GetValue(after) ?? 2);
            return format.Chosen(parseResult) switch
            {
                OutputFormat.Csv => CsvText.Of(Header, agenda.Meetings.SelectMany(m => m.Actions.Select(a => (IReadOnlyList<string?>)
                    [IsoDate.Format(m.Date), Weekday(m.Date), Phase(m.Phase), a.Id, a.Action]))),
                OutputFormat.Json => Json(agenda),
                _ => MarkdownReport.Render(Document(agenda)),
            };
        }));
        return command;
    }

    /// <summary>The calendar and the unit's days from <c>--calendar</c>, <c>--starts</c> and <c>--ends</c>; each is required, the unit inside the year.</summary>
    private static (SchoolCalendar Calendar, LocalDate Start, LocalDate End) FromDates(string? calendarPath, LocalDate? starts, LocalDate? ends)
    {
        if (string.IsNullOrWhiteSpace(calendarPath)) throw new UsageException("--calendar is required (or --unit): the school calendar.");
        var start = starts ?? throw new UsageException("--starts is required (or --unit): the unit's first day, yyyy-MM-dd.");
        var end = ends ?? throw new UsageException("--ends is required (or --unit): the unit's last day, yyyy-MM-dd.");
        if (end < start) throw new UsageException($"--ends {IsoDate.Format(end)} is before --starts {IsoDate.Format(start)}.");
        var schoolYear = CalendarFile.Read(calendarPath);
        if (start < schoolYear.FirstDay || end > schoolYear.LastDay)
            throw new UsageException($"The unit ({IsoDate.Format(start)} to {IsoDate.Format(end)}) must lie within the calendar's year ({IsoDate.Format(schoolYear.FirstDay)} to {IsoDate.Format(schoolYear.LastDay)}).");
        return (schoolYear, start, end);
    }

    /// <summary>
    /// The calendar and the unit's days from the cycle's unit file. <c>--calendar</c>, <c>--starts</c> or <c>--ends</c> beside it
    /// would contradict it (usage error); an assessment outside the file's calendar, or too few instructional days before it
    /// for the unit's teaching days, is bad data in the unit file.
    /// </summary>
    private static (SchoolCalendar Calendar, LocalDate Start, LocalDate End) FromUnitFile(string path, string? calendarPath, LocalDate? starts, LocalDate? ends)
    {
        if (calendarPath is not null || starts is not null || ends is not null)
            throw new UsageException("--unit gives the calendar and the unit's days; leave out --calendar, --starts and --ends, or leave out --unit.");
        if (string.IsNullOrWhiteSpace(path)) throw new UsageException("--unit needs a file name.");
        var file = InputFile.Read(path, CycleUnitJson.Read);
        var calendar = file.Calendar;
        if (file.AssessedOn < calendar.FirstDay || file.AssessedOn > calendar.LastDay)
            throw new DataFileException([new DataDiagnostic("assessment-outside-calendar",
                $"The common assessment on {IsoDate.Format(file.AssessedOn)} lies outside the unit file's calendar ({IsoDate.Format(calendar.FirstDay)} to {IsoDate.Format(calendar.LastDay)}).",
                path, Field: "assessment.assessedOn", Value: IsoDate.Format(file.AssessedOn))]);
        if (UnitAgendas.UnitDays(calendar, file.AssessedOn, file.Unit.TeachingDays) is not { } unitDays)
            throw new DataFileException([new DataDiagnostic("unit-before-calendar",
                string.Create(CultureInfo.InvariantCulture, $"The unit's {file.Unit.TeachingDays} teaching days do not fit in the calendar before the common assessment on {IsoDate.Format(file.AssessedOn)}: only {(file.AssessedOn > calendar.FirstDay ? calendar.InstructionalDaysBetween(calendar.FirstDay, file.AssessedOn.PlusDays(-1)) : 0)} instructional days come before it."),
                path, Field: "unit.teachingDays", Value: file.Unit.TeachingDays.ToString(CultureInfo.InvariantCulture))]);
        return (calendar, unitDays.Start, unitDays.End);
    }

    private static readonly string[] DayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    /// <summary>The weekdays of <c>--meets</c>; a missing list, an unknown name or a day named twice is a usage error.</summary>
    private static ImmutableArray<IsoDayOfWeek> Weekdays(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new UsageException("--meets is required: the weekdays the team meets, e.g. tuesday,thursday.");
        var days = ImmutableArray.CreateBuilder<IsoDayOfWeek>();
        foreach (string part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            int index = Array.FindIndex(DayNames, d => part.Length >= 3 && d.StartsWith(part, StringComparison.OrdinalIgnoreCase));
            if (index < 0) throw new UsageException($"--meets: {DiagnosticText(part)} is not a weekday; use monday … sunday (or mon … sun), comma-separated.");
            var day = (IsoDayOfWeek)(index + 1);
            if (days.Contains(day)) throw new UsageException($"--meets names {DayNames[index]} twice.");
            days.Add(day);
        }
        return days.ToImmutable();
    }

    private static string DiagnosticText(string value) => MathPlc.Core.Diagnostics.DiagnosticText.Quote(value);

    /// <summary>The phase as the outputs spell it: before, during or after.</summary>
    public static string Phase(UnitPhase phase) => phase.ToString().ToLowerInvariant();

    /// <summary>The weekday as the outputs spell it: monday … sunday.</summary>
    public static string Weekday(LocalDate date) => DayNames[(int)date.DayOfWeek - 1];

    private static ReportDocument Document(UnitAgenda agenda)
    {
        var sections = agenda.Meetings.Select(m => new ReportSection($"{IsoDate.Format(m.Date)} ({Weekday(m.Date)}), {Phase(m.Phase)} the unit",
        [
            new ReportTable(["Action", "What the team does"], m.Actions.Select(a => (IEnumerable<string>)[a.Id, a.Action])),
        ])).ToList();
        sections.Add(new ReportSection("Why", [new ReportTable(["Code", "Reason"], agenda.Reasons.Select(r => (IEnumerable<string>)[r.Code, r.Message]))]));
        return new ReportDocument("Team agenda for the unit", sections,
            $"Unit {IsoDate.Format(agenda.UnitStart)} to {IsoDate.Format(agenda.UnitEnd)}; {agenda.Meetings.Length.ToString(CultureInfo.InvariantCulture)} meetings");
    }

    private static string Json(UnitAgenda agenda) => CliJson.Text(AgendaOutput.Of(agenda), json => json.AgendaOutput);
}
