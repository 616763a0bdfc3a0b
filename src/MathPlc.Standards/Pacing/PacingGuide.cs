using MathPlc.Core;
using NodaTime;

namespace MathPlc.Standards;

/// <summary>
/// A common pacing guide: a team's units scheduled in order onto the school calendar, each with its dates, its
/// common-assessment dates and warnings; re-paced from a date when days are lost.
/// </summary>
/// <remarks>
/// Common pacing and a common assessment schedule are team commitments in the PLC process (DuFour et al.,
/// <i>Learning by Doing</i>; Kanold, <i>Beyond the Common Core</i>, high-leverage team action 1). Units follow each
/// other with no gap: each takes exactly its plan's <see cref="UnitPlan.TotalDays"/> instructional days (teaching,
/// then assessment, then flex), and never a non-instructional day.
/// </remarks>
public sealed class PacingGuide : IEquatable<PacingGuide>
{
    private PacingGuide(SchoolCalendar calendar, ImmutableArray<ScheduledUnit> units) => (Calendar, Units) = (calendar, units);

    /// <summary>The calendar the guide is on.</summary>
    public SchoolCalendar Calendar { get; }

    /// <summary>The scheduled units, in order.</summary>
    public ImmutableArray<ScheduledUnit> Units { get; }

    /// <summary>
    /// Schedules <paramref name="units"/> in order from <paramref name="startOn"/> (default: the first day of the
    /// year; a non-instructional date means the next instructional day).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument or a unit is null.</exception>
    /// <exception cref="ArgumentException">The calendar has no instructional days, two units share a name, or the units need more
    /// instructional days than remain in the year (the message names the first unit that does not fit).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="startOn"/> is outside the school year.</exception>
    public static PacingGuide Schedule(SchoolCalendar calendar, IEnumerable<UnitPlan> units, LocalDate? startOn = null)
    {
        Guard.Against.Null(calendar);
        var plans = Guard.Against.NullOrNullElements(units);
        Guard.Against.Unmet(calendar.InstructionalDays > 0, nameof(calendar),
            $"The calendar ({calendar.FirstDay:yyyy-MM-dd} to {calendar.LastDay:yyyy-MM-dd}) has no instructional days to schedule units on.");
        var start = startOn ?? calendar.FirstDay;
        if (start < calendar.FirstDay || start > calendar.LastDay)
            throw new ArgumentOutOfRangeException(nameof(startOn), start, $"The guide must start within the school year ({calendar.FirstDay:yyyy-MM-dd} to {calendar.LastDay:yyyy-MM-dd}).");
        CheckNames(plans);
        return new PacingGuide(calendar, Place(calendar, plans, DaysFrom(calendar, start), start));
    }

    /// <summary>The scheduled unit named <paramref name="name"/> (ignoring case).</summary>
    /// <exception cref="ArgumentException">No unit has that name.</exception>
    public ScheduledUnit Unit(string name)
    {
        Guard.Against.Null(name);
        foreach (var unit in Units)
            if (string.Equals(unit.Unit.Name, name.Trim(), StringComparison.OrdinalIgnoreCase)) return unit;
        throw new ArgumentException($"The pacing guide has no unit \"{name}\" (units: {string.Join(", ", Units.Select(u => u.Unit.Name))}).", nameof(name));
    }

    /// <summary>
    /// Re-paces the guide on <paramref name="newCalendar"/> (the same year with days lost, e.g. closures) from
    /// <paramref name="from"/>: units that ended before it keep their dates; the unit in progress keeps the days
    /// already taught; the rest is scheduled again. With <paramref name="useFlexDays"/>, lost days are first taken
    /// from the flex days not yet used (the unit in progress first, then the later units), so fewer units move.
    /// </summary>
    /// <remarks>Without flex days to absorb them, losing k instructional days between <paramref name="from"/> and the
    /// guide's end moves the end of the last unit by exactly k instructional days of the new calendar.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="newCalendar"/> is null.</exception>
    /// <exception cref="ArgumentException">The new calendar has no instructional days, or the remaining units no longer fit in the year.</exception>
    public Repacing Repace(SchoolCalendar newCalendar, LocalDate from, bool useFlexDays = true)
    {
        Guard.Against.Null(newCalendar);
        Guard.Against.Unmet(newCalendar.InstructionalDays > 0, nameof(newCalendar), "The new calendar has no instructional days.");
        int first = Units.IndexOf(Units.FirstOrDefault(u => u.EndsOn >= from)!);
        if (Units.IsEmpty || first < 0)
        {
            var kept = new PacingGuide(newCalendar, Units);
            return new Repacing(kept, [.. Units.Select(u => new UnitShift(u.Unit.Name, u.StartsOn, u.StartsOn, u.EndsOn, u.EndsOn, 0, 0))], 0, 0,
                [new Reason("nothing-to-repace", $"Every unit ended before {from:yyyy-MM-dd}; nothing moves.")]);
        }
        var current = Units[first];
        var lastEnd = Units[^1].EndsOn;
        var countFrom = from > current.StartsOn ? from : current.StartsOn;
        int lost = Calendar.InstructionalDaysBetween(countFrom, lastEnd) - newCalendar.InstructionalDaysBetween(countFrom, lastEnd);

        var plans = Units.Skip(first).Select(u => u.Unit).ToList();
        var used = new int[plans.Count];
        int absorbed = 0;
        if (useFlexDays && lost > 0)
            for (int i = 0; i < plans.Count && absorbed < lost; i++)
            {
                int available = i == 0 ? current.FlexOn.Count(d => d >= from) : plans[i].FlexDays;
                used[i] = Math.Min(available, lost - absorbed);
                absorbed += used[i];
                plans[i] = plans[i].WithFlexDays(plans[i].FlexDays - used[i]);
            }

        var taught = current.StartsOn < from ? DaysFrom(Calendar, current.StartsOn).TakeWhile(d => d < from) : [];
        var days = taught.Concat(DaysFrom(newCalendar, countFrom));
        var placed = Place(newCalendar, [.. plans], days, current.StartsOn);
        var units = Units.Take(first).Concat(placed).ToImmutableArray();
        var shifts = ImmutableArray.CreateBuilder<UnitShift>(Units.Length);
        for (int i = 0; i < Units.Length; i++)
        {
            var (before, after) = (Units[i], units[i]);
            int flexUsed = i >= first ? used[i - first] : 0;
            shifts.Add(new UnitShift(before.Unit.Name, before.StartsOn, after.StartsOn, before.EndsOn, after.EndsOn,
                PacingDeviation.SignedDays(newCalendar, before.EndsOn, after.EndsOn), flexUsed));
        }
        var reasons = ImmutableArray.CreateBuilder<Reason>();
        reasons.Add(new Reason("days-lost", $"{lost} instructional day(s) lost between {countFrom:yyyy-MM-dd} and {lastEnd:yyyy-MM-dd}.").With("days", lost));
        if (absorbed > 0) reasons.Add(new Reason("flex-absorbed", $"{absorbed} of them taken from flex days.").With("days", absorbed));
        foreach (var shift in shifts.Where(s => s.Moved))
            reasons.Add(new Reason("unit-moved", $"{shift.Unit} now runs {shift.NewStart:yyyy-MM-dd} to {shift.NewEnd:yyyy-MM-dd} (its end moved {shift.EndShift} instructional day(s)).")
                .With("unit", shift.Unit).With("endShift", shift.EndShift));
        return new Repacing(new PacingGuide(newCalendar, units), shifts.MoveToImmutable(), lost, absorbed, reasons.ToImmutable());
    }

    private static void CheckNames(ImmutableArray<UnitPlan> plans)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var plan in plans)
            Guard.Against.Unmet(names.Add(plan.Name), "units", $"Two units are named \"{plan.Name}\".");
    }

    private static IEnumerable<LocalDate> DaysFrom(SchoolCalendar calendar, LocalDate start)
    {
        for (var day = start; day <= calendar.LastDay; day = day.PlusDays(1))
            if (calendar.IsInstructionalDay(day)) yield return day;
    }

    private static ImmutableArray<ScheduledUnit> Place(SchoolCalendar calendar, ImmutableArray<UnitPlan> plans, IEnumerable<LocalDate> days, LocalDate start)
    {
        var result = ImmutableArray.CreateBuilder<ScheduledUnit>(plans.Length);
        using var day = days.GetEnumerator();
        var taken = new List<LocalDate>();
        int needed = plans.Sum(p => p.TotalDays);
        foreach (var plan in plans)
        {
            taken.Clear();
            while (taken.Count < plan.TotalDays && day.MoveNext()) taken.Add(day.Current);
            if (taken.Count < plan.TotalDays)
            {
                var from = taken.Count > 0 ? taken[0] : start;
                throw new ArgumentException(
                    $"Unit \"{plan.Name}\" needs {plan.TotalDays} instructional days, but only {taken.Count} remain from {from:yyyy-MM-dd} to the end of the year ({calendar.LastDay:yyyy-MM-dd}); the units need {needed} in all.",
                    "units");
            }
            var assessment = taken.Skip(plan.TeachingDays).Take(plan.AssessmentDays).ToImmutableArray();
            var flex = taken.Skip(plan.TeachingDays + plan.AssessmentDays).ToImmutableArray();
            result.Add(new ScheduledUnit(plan, taken[0], taken[^1], assessment, flex, Warnings(calendar, plan, taken[0], taken[^1])));
        }
        return result.MoveToImmutable();
    }

    private static ImmutableArray<Reason> Warnings(SchoolCalendar calendar, UnitPlan plan, LocalDate start, LocalDate end)
    {
        var warnings = ImmutableArray.CreateBuilder<Reason>();
        if (calendar.GradingPeriodOn(start) is { } period && end > period.End)
            warnings.Add(new Reason("crosses-grading-period", $"{plan.Name} runs past the end of {period.Name} ({period.End:yyyy-MM-dd}).")
                .With("period", period.Name).With("periodEnd", period.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        if (start.Year != end.Year)
            warnings.Add(new Reason("crosses-new-year", $"{plan.Name} runs across the turn of the year ({start.Year} to {end.Year}), usually across the winter break."));
        return warnings.ToImmutable();
    }

    // Hand-written equality: a class, not a record (a guide is built by scheduling, never copied with
    // with-expressions); equality is by calendar and units.

    /// <inheritdoc/>
    public bool Equals(PacingGuide? other) => other is not null && Calendar.Equals(other.Calendar) && Units.SequenceEqual(other.Units);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PacingGuide);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Calendar, Units.Length);
}
