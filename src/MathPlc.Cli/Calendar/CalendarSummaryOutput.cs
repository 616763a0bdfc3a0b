using MathPlc.Cli.Text;

namespace MathPlc.Cli.Calendar;

/// <summary>The JSON of <c>mathplc calendar</c> (docs/cli.md): the range, its counts, its weeks and its non-instructional dates.</summary>
/// <param name="From">The first date reported on, yyyy-MM-dd.</param>
/// <param name="To">The last date reported on.</param>
/// <param name="InstructionalDays">Instructional days in the range.</param>
/// <param name="InstructionalWeekCount">Calendar weeks with at least one instructional day.</param>
/// <param name="Weeks">Those weeks, each with its count.</param>
/// <param name="NonInstructionalDates">Closed instructional weekdays, with their names.</param>
internal sealed record CalendarSummaryOutput(string From, string To, int InstructionalDays, int InstructionalWeekCount,
    IReadOnlyList<InstructionalWeekOutput> Weeks, IReadOnlyList<NonInstructionalDateOutput> NonInstructionalDates)
{
    /// <summary>The output of <paramref name="summary"/>.</summary>
    public static CalendarSummaryOutput Of(CalendarSummary summary) => new(
        IsoDate.Format(summary.Range.From), IsoDate.Format(summary.Range.To), summary.InstructionalDays, summary.Weeks.Length,
        [.. summary.Weeks.Select(week => new InstructionalWeekOutput(IsoDate.Format(week.Monday), week.InstructionalDays))],
        [.. summary.NonInstructionalDates.Select(day => new NonInstructionalDateOutput(IsoDate.Format(day.Date), day.Name))]);
}

/// <summary>A week with instruction.</summary>
/// <param name="Monday">The week's Monday, yyyy-MM-dd.</param>
/// <param name="InstructionalDays">Its instructional days in the range.</param>
internal sealed record InstructionalWeekOutput(string Monday, int InstructionalDays);

/// <summary>A closed instructional weekday.</summary>
/// <param name="Date">The date, yyyy-MM-dd.</param>
/// <param name="Name">The holiday's or break's name.</param>
internal sealed record NonInstructionalDateOutput(string Date, string Name);

/// <summary>The JSON of <c>mathplc calendar --nth N</c>: <c>{"n": N, "date": "yyyy-MM-dd"}</c>.</summary>
/// <param name="N">Which instructional day.</param>
/// <param name="Date">Its date, yyyy-MM-dd.</param>
internal sealed record NthInstructionalDayOutput(int N, string Date);
