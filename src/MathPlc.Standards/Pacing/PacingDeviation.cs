using MathPlc.Core;
using NodaTime;

namespace MathPlc.Standards;

/// <summary>
/// How far a section is from the common pacing guide on one unit, in instructional days: positive when the section
/// started (or finished) later than the guide, negative when earlier.
/// </summary>
/// <param name="Section">The section.</param>
/// <param name="Unit">The unit.</param>
/// <param name="StartDeviation">Instructional days between the guide's start and the section's start.</param>
/// <param name="EndDeviation">Instructional days between the guide's end and the section's end; null when the section has not finished.</param>
/// <param name="Reasons">The deviation in words.</param>
public sealed record PacingDeviation(SectionId Section, string Unit, int StartDeviation, int? EndDeviation, ValueArray<Reason> Reasons)
{
    /// <summary>
    /// The deviation of <paramref name="section"/> on <paramref name="unit"/>: it started on <paramref name="startedOn"/>
    /// and, when given, finished on <paramref name="finishedOn"/>; counted on the guide's calendar.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="guide"/> is null.</exception>
    /// <exception cref="ArgumentException">The guide has no unit named <paramref name="unit"/>, or the section is the default identifier.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="finishedOn"/> is before <paramref name="startedOn"/>.</exception>
    public static PacingDeviation Of(PacingGuide guide, SectionId section, string unit, LocalDate startedOn, LocalDate? finishedOn = null)
    {
        Guard.Against.Null(guide);
        Guard.Against.Unmet(section.Value is not null, nameof(section), "A deviation needs its section.");
        var planned = guide.Unit(unit);
        if (finishedOn is { } f && f < startedOn) throw new ArgumentOutOfRangeException(nameof(finishedOn), f, $"The section cannot finish ({f:yyyy-MM-dd}) before it starts ({startedOn:yyyy-MM-dd}).");
        int start = SignedDays(guide.Calendar, planned.StartsOn, startedOn);
        int? end = finishedOn is { } finish ? SignedDays(guide.Calendar, planned.EndsOn, finish) : null;
        var reasons = ImmutableArray.CreateBuilder<Reason>();
        reasons.Add(Describe("start", start, planned.Unit.Name));
        if (end is { } e) reasons.Add(Describe("end", e, planned.Unit.Name));
        return new PacingDeviation(section, planned.Unit.Name, start, end, reasons.ToImmutable());
    }

    /// <summary>Instructional days from <paramref name="planned"/> to <paramref name="actual"/>: positive when actual is later.</summary>
    internal static int SignedDays(SchoolCalendar calendar, LocalDate planned, LocalDate actual) =>
        actual > planned ? calendar.InstructionalDaysBetween(planned.PlusDays(1), actual)
        : actual < planned ? -calendar.InstructionalDaysBetween(actual.PlusDays(1), planned) : 0;

    private static Reason Describe(string which, int days, string unit) => days switch
    {
        0 => new Reason($"on-pace-{which}", $"The {which} of {unit} is on the common pacing guide."),
        > 0 => new Reason($"behind-{which}", $"The {which} of {unit} is {days} instructional day(s) behind the common pacing guide.").With("days", days),
        _ => new Reason($"ahead-{which}", $"The {which} of {unit} is {-days} instructional day(s) ahead of the common pacing guide.").With("days", days),
    };
}
