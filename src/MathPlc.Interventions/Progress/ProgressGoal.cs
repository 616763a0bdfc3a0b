using NodaTime;

namespace MathPlc.Interventions;

/// <summary>
/// A student's progress-monitoring goal: the score to reach by a date, and optionally the baseline the goal
/// (aim) line starts from. Without a baseline, <see cref="ProgressMonitoring"/> takes the median of the first
/// probes, dated at the last of them (IRIS Center, progress-monitoring module, "median of three").
/// </summary>
public sealed record ProgressGoal
{
    /// <summary>Creates a goal.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A number is not finite.</exception>
    /// <exception cref="ArgumentException">Only one of the baseline and its date is given, or the goal date is not after the baseline date.</exception>
    public ProgressGoal(double goal, LocalDate goalDate, double? baseline = null, LocalDate? baselineDate = null)
    {
        Guard.Against.NotFinite(goal, nameof(goal));
        Guard.Against.NotIsoCalendar(goalDate, nameof(goalDate));
        Guard.Against.Unmet(baseline.HasValue == baselineDate.HasValue, nameof(baseline), "Give both a baseline and its date, or neither.");
        if (baseline is { } b) Guard.Against.NotFinite(b, nameof(baseline));
        if (baselineDate is { } d)
            Guard.Against.Unmet(goalDate > d, nameof(goalDate), $"The goal date {goalDate:uuuu-MM-dd} must be after the baseline date {d:uuuu-MM-dd}.");
        Goal = goal;
        GoalDate = goalDate;
        Baseline = baseline;
        BaselineDate = baselineDate;
    }

    /// <summary>The score to reach.</summary>
    public double Goal { get; }

    /// <summary>The date to reach it by.</summary>
    public LocalDate GoalDate { get; }

    /// <summary>The baseline score, or null to take it from the first probes.</summary>
    public double? Baseline { get; }

    /// <summary>The baseline's date, present exactly when <see cref="Baseline"/> is.</summary>
    public LocalDate? BaselineDate { get; }
}
