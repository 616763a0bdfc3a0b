namespace MathPlc.Teams;

/// <summary>
/// Evaluates scheduling models for collaborative time on a <see cref="SchoolCalendar"/> and a <see cref="BellSchedule"/>:
/// the minutes each gives per week and per year, for one model, side by side for several, or for each team.
/// </summary>
/// <remarks>Only instructional days count: a holiday, break or closure that falls on a late-start day gives no minutes.</remarks>
public static class CollaborationTime
{
    /// <summary>The minutes one model gives over the calendar's year.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A common planning period names a period the bell schedule lacks.</exception>
    public static CollaborationMinutes Evaluate(SchedulingModel model, SchoolCalendar calendar, BellSchedule bells)
    {
        Guard.Against.Null(model);
        Guard.Against.Null(calendar);
        Guard.Against.Null(bells);
        if (model is CommonPlanningPeriod common) bells.Period(common.Period); // fails early, naming the period
        var firstMonday = MondayOf(calendar.FirstDay);
        var days = ImmutableArray.CreateBuilder<(LocalDate, int)>();
        var byWeek = new Dictionary<LocalDate, int>();
        foreach (var week in calendar.InstructionalWeeks()) byWeek[week.Monday] = 0;
        for (var date = calendar.FirstDay; date <= calendar.LastDay; date = date.PlusDays(1))
        {
            if (!calendar.IsInstructionalDay(date)) continue;
            var monday = MondayOf(date);
            int weekIndex = Period.DaysBetween(firstMonday, monday) / 7;
            int minutes = model.MinutesOn(date, weekIndex, bells);
            if (minutes <= 0) continue;
            days.Add((date, minutes));
            byWeek[monday] = byWeek.GetValueOrDefault(monday) + minutes;
        }
        return new CollaborationMinutes(model, days.ToImmutable(), [.. byWeek.OrderBy(w => w.Key).Select(w => (w.Key, w.Value))]);
    }

    /// <summary>Several models side by side on the same calendar and bells, in the order given.</summary>
    /// <exception cref="ArgumentNullException">An argument is null or <paramref name="models"/> holds null.</exception>
    public static ImmutableArray<CollaborationMinutes> Compare(IEnumerable<SchedulingModel> models, SchoolCalendar calendar, BellSchedule bells) =>
        [.. Guard.Against.NullOrNullElements(models, nameof(models)).Select(m => Evaluate(m, calendar, bells))];

    /// <summary>Each team's minutes under the model it follows, by team id.</summary>
    /// <exception cref="ArgumentNullException">An argument is null or a model is null.</exception>
    public static ImmutableSortedDictionary<TeamId, CollaborationMinutes> ForTeams(IReadOnlyDictionary<TeamId, SchedulingModel> teams, SchoolCalendar calendar, BellSchedule bells)
    {
        Guard.Against.Null(teams);
        return teams.ToImmutableSortedDictionary(t => t.Key, t => Evaluate(t.Value ?? throw new ArgumentNullException(nameof(teams), $"Team {t.Key} has no model."), calendar, bells));
    }

    private static LocalDate MondayOf(LocalDate date) => date.PlusDays(-((int)date.DayOfWeek - 1));
}
