using MathPlc.Core;
using NodaTime;

namespace MathPlc.Interventions;

/// <summary>A plan dated on the school calendar: every session, monitoring and review date, all instructional days.</summary>
/// <param name="Plan">The plan.</param>
/// <param name="Sessions">The session dates, ascending.</param>
/// <param name="MonitoringDates">The progress-monitoring dates (each the last session of its week), ascending.</param>
/// <param name="ReviewDates">The review dates (each the last session of its week; the last is the cycle's end), ascending.</param>
/// <param name="Reasons">Notes: sessions lost to non-instructional days, a cycle cut short by the calendar's end.</param>
public sealed record ScheduledPlan(InterventionPlan Plan, ValueArray<LocalDate> Sessions, ValueArray<LocalDate> MonitoringDates, ValueArray<LocalDate> ReviewDates, ValueArray<Reason> Reasons)
{
    /// <summary>Total planned minutes: sessions × minutes per session.</summary>
    public int TotalMinutes => Sessions.Length * Plan.MinutesPerSession;
}
