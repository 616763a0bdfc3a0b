namespace MathPlc.CriticalQuestions;

/// <summary>
/// How the team runs the next intervention cycle after a unit: sessions per week, minutes per session and the
/// cycle's length, for Tier 2 and for Tier 3. The unit cycle dates every group's sessions with these on the calendar.
/// </summary>
/// <remarks>
/// Duration, intensity and frequency are fixed before an intervention starts (Hawaii DOE MTSS); cycles run six to
/// twelve weeks (reference/interventions.md). Defaults: Tier 2 three 30-minute sessions a week, Tier 3 five 30-minute
/// sessions a week, both for six weeks — MathPlc's starting point for a team to change, not published figures.
/// </remarks>
public sealed record InterventionSchedule
{
    /// <summary>Creates a schedule.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Sessions per week outside 1–7, minutes below 1, or a cycle outside 6–12 weeks.</exception>
    public InterventionSchedule(int tier2SessionsPerWeek = 3, int tier2Minutes = 30, int tier3SessionsPerWeek = 5, int tier3Minutes = 30, int cycleWeeks = 6)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(tier2SessionsPerWeek, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(tier2SessionsPerWeek, 7);
        ArgumentOutOfRangeException.ThrowIfLessThan(tier3SessionsPerWeek, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(tier3SessionsPerWeek, 7);
        ArgumentOutOfRangeException.ThrowIfLessThan(tier2Minutes, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(tier3Minutes, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(cycleWeeks, 6);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(cycleWeeks, 12);
        (Tier2SessionsPerWeek, Tier2Minutes, Tier3SessionsPerWeek, Tier3Minutes, CycleWeeks) =
            (tier2SessionsPerWeek, tier2Minutes, tier3SessionsPerWeek, tier3Minutes, cycleWeeks);
    }

    /// <summary>The defaults.</summary>
    public static InterventionSchedule Default { get; } = new();

    /// <summary>Tier 2 sessions per week (default 3).</summary>
    public int Tier2SessionsPerWeek { get; }

    /// <summary>Minutes per Tier 2 session (default 30).</summary>
    public int Tier2Minutes { get; }

    /// <summary>Tier 3 sessions per week (default 5).</summary>
    public int Tier3SessionsPerWeek { get; }

    /// <summary>Minutes per Tier 3 session (default 30).</summary>
    public int Tier3Minutes { get; }

    /// <summary>The cycle's length in weeks, 6–12 (default 6).</summary>
    public int CycleWeeks { get; }
}
