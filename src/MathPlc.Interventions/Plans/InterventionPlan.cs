using MathPlc.Core;
using NodaTime;

namespace MathPlc.Interventions;

/// <summary>
/// An intervention plan, fixed before it starts: tier, targets, group, sessions per week, minutes, cycle length,
/// start date, and how often progress is monitored and the plan reviewed.
/// </summary>
/// <remarks>
/// Duration, intensity and frequency are fixed before the intervention starts (Hawaii DOE MTSS). Cycle length six
/// to twelve weeks (Dearborn 6–8; HMH 8–12; projectmds 10–12). Monitoring: Tier 2 every one to two weeks (IES math
/// RtI practice guide via the dbrtii wiki; Hawaii DOE), Tier 3 weekly; defaults 2 and 1. The plan is reviewed at
/// the end of the cycle and, when <see cref="ReviewEveryWeeks"/> is given, also every that many weeks.
/// </remarks>
public sealed record InterventionPlan
{
    /// <summary>Creates a plan.</summary>
    /// <exception cref="ArgumentException"><paramref name="tier"/> is core, or a target is listed twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Sessions per week outside 1–7, minutes below 1, a cycle outside 6–12 weeks, monitoring outside 1–2 weeks for Tier 2 or other than weekly for Tier 3, or a review interval below 1 or beyond the cycle.</exception>
    public InterventionPlan(Tier tier, IEnumerable<TargetId> targets, string? groupId, int sessionsPerWeek, int minutesPerSession, int cycleWeeks, LocalDate start,
        int? monitorEveryWeeks = null, int? reviewEveryWeeks = null)
    {
        Guard.Against.Unmet(tier is Tier.Tier2 or Tier.Tier3, nameof(tier), $"An intervention plan is for Tier 2 or Tier 3, not {tier}.");
        Guard.Against.Null(targets);
        Targets = [.. targets];
        Guard.Against.Unmet(Targets.Distinct().Count() == Targets.Length, nameof(targets), "A target is listed twice.");
        Guard.Against.Below(sessionsPerWeek, 1);
        Guard.Against.Above(sessionsPerWeek, 7);
        Guard.Against.Below(minutesPerSession, 1);
        Guard.Against.Below(cycleWeeks, 6);
        Guard.Against.Above(cycleWeeks, 12);
        Guard.Against.NotIsoCalendar(start, nameof(start));
        int monitor = monitorEveryWeeks ?? (tier == Tier.Tier3 ? 1 : 2);
        Guard.Against.Below(monitor, 1, nameof(monitorEveryWeeks));
        Guard.Against.Above(monitor, tier == Tier.Tier3 ? 1 : 2, nameof(monitorEveryWeeks));
        if (reviewEveryWeeks is { } r)
        {
            Guard.Against.Below(r, 1, nameof(reviewEveryWeeks));
            Guard.Against.Above(r, cycleWeeks, nameof(reviewEveryWeeks));
        }
        Tier = tier;
        GroupId = string.IsNullOrWhiteSpace(groupId) ? null : groupId.Trim();
        SessionsPerWeek = sessionsPerWeek;
        MinutesPerSession = minutesPerSession;
        CycleWeeks = cycleWeeks;
        Start = start;
        MonitorEveryWeeks = monitor;
        ReviewEveryWeeks = reviewEveryWeeks;
    }

    /// <summary>Tier 2 or Tier 3.</summary>
    public Tier Tier { get; }

    /// <summary>The targets the plan works on.</summary>
    public ValueArray<TargetId> Targets { get; }

    /// <summary>The group's id (see <see cref="InterventionGroup.Id"/>), or null for an individual plan.</summary>
    public string? GroupId { get; }

    /// <summary>Sessions per week, 1–7.</summary>
    public int SessionsPerWeek { get; }

    /// <summary>Minutes per session.</summary>
    public int MinutesPerSession { get; }

    /// <summary>The cycle's length in weeks, 6–12.</summary>
    public int CycleWeeks { get; }

    /// <summary>The first day of the cycle.</summary>
    public LocalDate Start { get; }

    /// <summary>Progress is monitored every this many weeks (Tier 2: 1 or 2, default 2; Tier 3: 1).</summary>
    public int MonitorEveryWeeks { get; }

    /// <summary>Interim reviews every this many weeks, or null for a review at the end of the cycle only.</summary>
    public int? ReviewEveryWeeks { get; }
}
