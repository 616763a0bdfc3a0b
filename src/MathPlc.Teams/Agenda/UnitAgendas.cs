using System.Globalization;

namespace MathPlc.Teams;

/// <summary>
/// The before / during / after-unit high-leverage team actions laid out as a dated agenda on the school calendar, on the
/// days the team meets: where the scheduling model (when the team has time) and the team actions (what the time is for)
/// meet.
/// </summary>
/// <remarks>
/// <para>
/// Kanold and colleagues (<i>Beyond the Common Core: A Handbook for Mathematics in a PLC at Work</i>, Solution Tree
/// 2012–2013; <i>Mathematics Assessment and Intervention in a PLC at Work</i>, 2018) frame a mathematics team's work as
/// high-leverage team actions before, during and after each unit. The actions are data
/// (<c>docs/templates/team-actions.json</c>, in MathPlc's words).
/// </para>
/// <para>
/// Meetings are the instructional days (<see cref="SchoolCalendar.IsInstructionalDay"/>) on the team's meeting weekdays.
/// Before-unit actions go to the <c>meetingsBefore</c> meetings just before the unit's first day; during-unit actions to
/// every meeting from the first day to the last (the unit's standing agenda); after-unit actions to the
/// <c>meetingsAfter</c> meetings after the last day. A phase's actions are split in order over its meetings, earlier
/// meetings taking the extra one. A phase with actions but no meeting inside the calendar is named in the reasons
/// (<c>no-meeting-before</c>, <c>no-meeting-during</c>, <c>no-meeting-after</c>) so the team can add one; nothing is dropped
/// silently. Decision 0049.
/// </para>
/// </remarks>
public static class UnitAgendas
{
    /// <summary>
    /// The unit's first and last day from its plan, as the cycle's unit file gives it: the last day is the common assessment,
    /// and the unit's <paramref name="teachingDays"/> are the instructional days just before it (the pacing guide's order:
    /// teaching days, then the assessment, then flex days). Null when the school year has fewer instructional days before
    /// the assessment.
    /// </summary>
    /// <param name="calendar">The school calendar.</param>
    /// <param name="assessedOn">The date of the common assessment, inside the school year.</param>
    /// <param name="teachingDays">The unit's teaching days, 1 or more.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="assessedOn"/> lies outside the school year.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="teachingDays"/> is below 1.</exception>
    public static (LocalDate Start, LocalDate End)? UnitDays(SchoolCalendar calendar, LocalDate assessedOn, int teachingDays)
    {
        Guard.Against.Null(calendar);
        Guard.Against.Unmet(assessedOn >= calendar.FirstDay && assessedOn <= calendar.LastDay, nameof(assessedOn),
            $"The assessment on {Iso(assessedOn)} lies outside the school year ({Iso(calendar.FirstDay)} to {Iso(calendar.LastDay)}).");
        Guard.Against.Below(teachingDays, 1);
        return calendar.TryPlusInstructionalDays(assessedOn, -teachingDays, out var start) ? (start, assessedOn) : null;
    }

    /// <summary>Lays out the agenda.</summary>
    /// <param name="calendar">The school calendar.</param>
    /// <param name="unitStart">The unit's first day.</param>
    /// <param name="unitEnd">The unit's last day (the common assessment), on or after <paramref name="unitStart"/>.</param>
    /// <param name="meetingDays">The weekdays the team meets (its collaboration schedule).</param>
    /// <param name="actions">The team actions, in order.</param>
    /// <param name="meetingsBefore">How many meetings before the unit carry the before-unit actions (default 2).</param>
    /// <param name="meetingsAfter">How many meetings after the unit carry the after-unit actions (default 2).</param>
    /// <exception cref="ArgumentNullException">An argument is null or holds null.</exception>
    /// <exception cref="ArgumentException">There are no meeting days or actions, an action id repeats, or the unit ends before it starts or lies outside the calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A meeting count is below 1.</exception>
    public static UnitAgenda Plan(SchoolCalendar calendar, LocalDate unitStart, LocalDate unitEnd, IEnumerable<IsoDayOfWeek> meetingDays,
        IEnumerable<TeamAction> actions, int meetingsBefore = 2, int meetingsAfter = 2)
    {
        Guard.Against.Null(calendar);
        Guard.Against.Null(meetingDays);
        var days = meetingDays.ToHashSet();
        Guard.Against.Unmet(days.Count > 0 && days.All(d => d != IsoDayOfWeek.None && Enum.IsDefined(d)), nameof(meetingDays), "The team needs at least one meeting weekday.");
        var all = Guard.Against.NullOrNullElements(actions, nameof(actions));
        Guard.Against.Unmet(!all.IsEmpty, nameof(actions), "The agenda needs at least one team action.");
        var twice = all.GroupBy(a => a.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        Guard.Against.Unmet(twice is null, nameof(actions), $"The action id \"{twice?.Key}\" is used twice.");
        Guard.Against.Unmet(unitEnd >= unitStart, nameof(unitEnd), $"The unit ends on {Iso(unitEnd)}, before it starts on {Iso(unitStart)}.");
        Guard.Against.Unmet(unitStart >= calendar.FirstDay && unitEnd <= calendar.LastDay, nameof(unitStart),
            $"The unit ({Iso(unitStart)} to {Iso(unitEnd)}) must lie within the school year ({Iso(calendar.FirstDay)} to {Iso(calendar.LastDay)}).");
        Guard.Against.Below(meetingsBefore, 1);
        Guard.Against.Below(meetingsAfter, 1);

        var meetingDates = new List<LocalDate>();
        for (var d = calendar.FirstDay; d <= calendar.LastDay; d = d.PlusDays(1))
            if (days.Contains(d.DayOfWeek) && calendar.IsInstructionalDay(d)) meetingDates.Add(d);

        var phases = new (UnitPhase Phase, List<LocalDate> Dates)[]
        {
            (UnitPhase.Before, meetingDates.Where(d => d < unitStart).TakeLast(meetingsBefore).ToList()),
            (UnitPhase.During, meetingDates.Where(d => d >= unitStart && d <= unitEnd).ToList()),
            (UnitPhase.After, meetingDates.Where(d => d > unitEnd).Take(meetingsAfter).ToList()),
        };
        var meetings = new List<TeamMeeting>();
        var reasons = new List<Reason>();
        foreach (var (phase, dates) in phases)
        {
            var mine = all.Where(a => a.Phase == phase).ToImmutableArray();
            string word = phase.ToString().ToLowerInvariant();
            if (mine.IsEmpty) continue;
            if (dates.Count == 0)
            {
                reasons.Add(new Reason($"no-meeting-{word}", $"No team meeting falls {Where(phase, unitStart, unitEnd)} on the calendar, so the {word}-unit actions ({string.Join(", ", mine.Select(a => a.Id))}) have no date; add a meeting.")
                    .With("phase", word).With("actions", mine.Length));
                continue;
            }
            if (phase == UnitPhase.During)
                meetings.AddRange(dates.Select(d => new TeamMeeting(d, phase, mine)));
            else
                for (int i = 0, next = 0; i < dates.Count; i++)
                {
                    int take = mine.Length / dates.Count + (i < mine.Length % dates.Count ? 1 : 0);
                    if (take > 0) meetings.Add(new TeamMeeting(dates[i], phase, mine.Slice(next, take)));
                    next += take;
                }
            reasons.Add(new Reason($"{word}-meetings", string.Create(CultureInfo.InvariantCulture,
                    $"{dates.Count} meeting(s) {Where(phase, unitStart, unitEnd)} ({string.Join(", ", dates.Select(Iso))}) carry the {mine.Length} {word}-unit action(s)."))
                .With("phase", word).With("meetings", dates.Count).With("actions", mine.Length));
        }
        return new UnitAgenda(unitStart, unitEnd, [.. meetings.OrderBy(m => m.Date)], [.. reasons]);
    }

    private static string Where(UnitPhase phase, LocalDate start, LocalDate end) => phase switch
    {
        UnitPhase.Before => $"before the unit starts on {Iso(start)}",
        UnitPhase.During => $"from {Iso(start)} to {Iso(end)}",
        _ => $"after the unit ends on {Iso(end)}",
    };

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
