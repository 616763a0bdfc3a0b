using System.Globalization;
using MathPlc.Cli.Shell;
using MathPlc.Cli.Text;
using MathPlc.Core;
using NodaTime;

namespace MathPlc.Cli.Calendar;

/// <summary>
/// The answer to <c>mathplc calendar --nth N</c>: the date of the Nth instructional day counted from the start
/// of the range (the first instructional day on or after <c>--from</c> is day 1).
/// </summary>
/// <param name="N">Which instructional day, 1 or more.</param>
/// <param name="Date">Its date.</param>
internal sealed record NthInstructionalDay(int N, LocalDate Date)
{
    /// <summary>Finds the <paramref name="n"/>th instructional day of <paramref name="range"/>.</summary>
    /// <exception cref="UsageException">The range has fewer than <paramref name="n"/> instructional days; the message says how many it has.</exception>
    public static NthInstructionalDay Find(SchoolCalendar calendar, DateRange range, int n)
    {
        Guard.Against.Below(n, 1);
        int available = calendar.InstructionalDaysBetween(range.From, range.To);
        if (n > available)
            throw new UsageException(string.Create(CultureInfo.InvariantCulture,
                $"--nth {n}: there are only {available} instructional days from {IsoDate.Format(range.From)} to {IsoDate.Format(range.To)}."));
        return new NthInstructionalDay(n, calendar.PlusInstructionalDays(range.From.PlusDays(-1), n));
    }

    /// <summary>Just the date (<c>md</c>, <c>csv</c>) or <c>{"n": N, "date": "yyyy-MM-dd"}</c> (<c>json</c>).</summary>
    public string Write(OutputFormat format) => format switch
    {
        OutputFormat.Json => CliJson.Text(new NthInstructionalDayOutput(N, IsoDate.Format(Date)), json => json.NthInstructionalDayOutput),
        _ => IsoDate.Format(Date) + "\n",
    };
}
