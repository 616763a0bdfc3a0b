using MathPlc.Core;

namespace MathPlc.Teams;

/// <summary>
/// A team's SMART goal, complete or in draft: "By [deadline], [target group] will [statement], as measured by
/// [indicator]", from [baseline] on [baseline date] to [target] (O'Neill 2000; Conzemius &amp; O'Neill 2006).
/// </summary>
/// <remarks>
/// Any part may be missing in a draft; <see cref="SmartGoals.Check(SmartGoal, SmartRules)"/> says what is missing or unrealistic. The target may
/// lie above the baseline (raise a passing rate) or below it (cut a failure rate). A goal may name its
/// <see cref="Horizon"/> (unit, quarter, semester, year) with the historical change over one such span, and the range of
/// its measure (e.g. 0–100 for a percentage), which bounds every projection. Equality compares by content.
/// </remarks>
public sealed record SmartGoal
{
    /// <summary>Creates a goal or a draft.</summary>
    /// <param name="statement">What will change, in the team's words.</param>
    /// <param name="targetGroup">Which students (or adults, for a process goal).</param>
    /// <param name="type">Results or process.</param>
    /// <param name="indicator">The measure, e.g. "percent proficient on the unit 3 common assessment".</param>
    /// <param name="baseline">The current value of the indicator.</param>
    /// <param name="baselineDate">When the baseline was measured.</param>
    /// <param name="target">The value to reach.</param>
    /// <param name="deadline">The date by which to reach it.</param>
    /// <param name="historicalChangePerYear">How much the indicator has changed per year in the past (signed), to judge attainability.</param>
    /// <param name="actionSteps">Strategies and action steps.</param>
    /// <param name="horizon">The span the goal is written for, or null (judged per year, as before issue 16).</param>
    /// <param name="historicalChangePerHorizon">How much the indicator has changed (signed) over one past span of the same horizon, e.g. from the start to the end of last year's unit.</param>
    /// <param name="measureRange">The lowest and highest values the measure can take (e.g. 0 and 100 for a percentage); projections stay inside it.</param>
    /// <exception cref="ArgumentException">The deadline is not after the baseline date, a step is null, the range is empty, or the baseline or target lies outside the range.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is NaN or infinite, or the type or horizon is undefined.</exception>
    public SmartGoal(string? statement, string? targetGroup, GoalType type, string? indicator, double? baseline, LocalDate? baselineDate,
        double? target, LocalDate? deadline, double? historicalChangePerYear = null, IEnumerable<ActionStep>? actionSteps = null,
        GoalHorizon? horizon = null, double? historicalChangePerHorizon = null, (double Minimum, double Maximum)? measureRange = null)
    {
        if (horizon is { } hz && !Enum.IsDefined(hz)) throw new ArgumentOutOfRangeException(nameof(horizon), hz, "Not a goal horizon.");
        if (historicalChangePerHorizon is { } hh) Guard.Against.NotFinite(hh, nameof(historicalChangePerHorizon));
        if (measureRange is { } range)
        {
            Guard.Against.NotFinite(range.Minimum, nameof(measureRange));
            Guard.Against.NotFinite(range.Maximum, nameof(measureRange));
            Guard.Against.Unmet(range.Maximum > range.Minimum, nameof(measureRange), $"The measure's range {range.Minimum}–{range.Maximum} is empty.");
            if (baseline is { } b0) Guard.Against.Unmet(b0 >= range.Minimum && b0 <= range.Maximum, nameof(baseline), $"The baseline {b0} lies outside the measure's range {range.Minimum}–{range.Maximum}.");
            if (target is { } t0) Guard.Against.Unmet(t0 >= range.Minimum && t0 <= range.Maximum, nameof(target), $"The target {t0} lies outside the measure's range {range.Minimum}–{range.Maximum}.");
        }
        if (!Enum.IsDefined(type)) throw new ArgumentOutOfRangeException(nameof(type), type, "Not a goal type.");
        if (baseline is { } b) Guard.Against.NotFinite(b, nameof(baseline));
        if (target is { } t) Guard.Against.NotFinite(t, nameof(target));
        if (historicalChangePerYear is { } h) Guard.Against.NotFinite(h, nameof(historicalChangePerYear));
        if (baselineDate is { } bd) Guard.Against.NotIsoCalendar(bd, nameof(baselineDate));
        if (deadline is { } dl) Guard.Against.NotIsoCalendar(dl, nameof(deadline));
        if (baselineDate is { } from && deadline is { } to)
            Guard.Against.Unmet(to > from, nameof(deadline), $"The deadline {to:uuuu-MM-dd} must come after the baseline date {from:uuuu-MM-dd}.");
        Statement = Blank(statement);
        TargetGroup = Blank(targetGroup);
        Type = type;
        Indicator = Blank(indicator);
        Baseline = baseline;
        BaselineDate = baselineDate;
        Target = target;
        Deadline = deadline;
        HistoricalChangePerYear = historicalChangePerYear;
        ActionSteps = actionSteps is null ? [] : Guard.Against.NullOrNullElements(actionSteps ?? [], nameof(actionSteps));
        Horizon = horizon;
        HistoricalChangePerHorizon = historicalChangePerHorizon;
        MeasureRange = measureRange;
    }

    /// <summary>The span the goal is written for, or null.</summary>
    public GoalHorizon? Horizon { get; }

    /// <summary>The historical change over one span of <see cref="Horizon"/> (signed), or null.</summary>
    public double? HistoricalChangePerHorizon { get; }

    /// <summary>The measure's lowest and highest values, or null when unbounded.</summary>
    public (double Minimum, double Maximum)? MeasureRange { get; }

    /// <summary>What will change, or null in a draft that lacks it.</summary>
    public string? Statement { get; }

    /// <summary>Which students, or null.</summary>
    public string? TargetGroup { get; }

    /// <summary>Results or process.</summary>
    public GoalType Type { get; }

    /// <summary>The measure, or null.</summary>
    public string? Indicator { get; }

    /// <summary>The current value, or null.</summary>
    public double? Baseline { get; }

    /// <summary>When the baseline was measured, or null.</summary>
    public LocalDate? BaselineDate { get; }

    /// <summary>The value to reach, or null.</summary>
    public double? Target { get; }

    /// <summary>The date to reach it by, or null.</summary>
    public LocalDate? Deadline { get; }

    /// <summary>The historical change per year (signed), or null when unknown.</summary>
    public double? HistoricalChangePerYear { get; }

    /// <summary>Strategies and action steps.</summary>
    public ValueArray<ActionStep> ActionSteps { get; }

    /// <summary>Whether the goal has what attainment needs: baseline, baseline date, target and deadline, with target ≠ baseline.</summary>
    public bool IsMeasurable => Baseline is { } b && Target is { } t && b != t && BaselineDate is not null && Deadline is not null;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
