using NodaTime;

namespace MathPlc.Interventions;

/// <summary>Dates an intervention plan on a <see cref="SchoolCalendar"/>: sessions on instructional days only, monitoring and review dates.</summary>
/// <remarks>
/// Week w of the cycle (w = 0 … cycle − 1) is the seven days from <c>Start + 7w</c>. Its sessions are its first
/// <see cref="InterventionPlan.SessionsPerWeek"/> instructional days; a week with fewer instructional days (a
/// holiday) has fewer sessions, noted in the reasons. Monitoring falls on the last session of every
/// <see cref="InterventionPlan.MonitorEveryWeeks"/>-th week, reviews on the last session of every
/// <see cref="InterventionPlan.ReviewEveryWeeks"/>-th week and of the last week with a session. Days after the
/// calendar's last day are not scheduled (noted). Decision 0034.
/// </remarks>
public static class PlanScheduling
{
    /// <summary>Schedules the plan.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The plan starts outside the calendar.</exception>
    public static ScheduledPlan Schedule(InterventionPlan plan, SchoolCalendar calendar)
    {
        Guard.Against.Null(plan);
        Guard.Against.Null(calendar);
        Guard.Against.Unmet(plan.Start >= calendar.FirstDay && plan.Start <= calendar.LastDay, nameof(plan),
            $"The plan starts on {plan.Start:uuuu-MM-dd}, outside the calendar ({calendar.FirstDay:uuuu-MM-dd} to {calendar.LastDay:uuuu-MM-dd}).");
        var sessions = ImmutableArray.CreateBuilder<LocalDate>();
        var monitoring = ImmutableArray.CreateBuilder<LocalDate>();
        var reviews = ImmutableArray.CreateBuilder<LocalDate>();
        var reasons = ImmutableArray.CreateBuilder<Reason>();
        int lost = 0;
        bool cut = false;
        for (int week = 0; week < plan.CycleWeeks; week++)
        {
            var from = plan.Start.PlusDays(7 * week);
            int count = 0;
            for (int d = 0; d < 7 && count < plan.SessionsPerWeek; d++)
            {
                var day = from.PlusDays(d);
                if (day > calendar.LastDay)
                {
                    cut = true;
                    break;
                }
                if (!calendar.IsInstructionalDay(day)) continue;
                sessions.Add(day);
                count++;
            }
            if (count < plan.SessionsPerWeek) lost += plan.SessionsPerWeek - count;
            if (count == 0) continue;
            var last = sessions[^1];
            if ((week + 1) % plan.MonitorEveryWeeks == 0) monitoring.Add(last);
            if (plan.ReviewEveryWeeks is { } r && (week + 1) % r == 0) reviews.Add(last);
        }
        if (sessions.Count > 0 && (reviews.Count == 0 || reviews[^1] != sessions[^1])) reviews.Add(sessions[^1]);
        if (lost > 0)
            reasons.Add(new Reason("sessions-lost", $"{lost} planned session{(lost == 1 ? "" : "s")} could not be held: weeks without enough instructional days, or past the calendar.").With("lost", lost));
        if (cut)
            reasons.Add(new Reason("calendar-ends", $"The cycle runs past the calendar's last day, {calendar.LastDay:uuuu-MM-dd}; later sessions are not scheduled."));
        return new ScheduledPlan(plan, sessions.ToImmutable(), monitoring.ToImmutable(), reviews.ToImmutable(), reasons.ToImmutable());
    }
}
