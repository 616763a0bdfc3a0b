using MathPlc.Core;

namespace MathPlc.Assessments;

/// <summary>
/// The value of one agreement or reliability statistic, or why there is none — never NaN or infinity — with the
/// number of subjects used and dropped under the missing-data rule the statistic states.
/// </summary>
/// <remarks>
/// Reference packages return NaN (irr, statsmodels, scikit-learn), 1.0 (irr's <c>kripp.alpha</c> with one value)
/// or floating noise (psych's <c>ICC</c>) when a statistic is 0/0; here that case is <see cref="StatisticStatus.Undefined"/>
/// with a reason. See <c>reference/statistics.md</c> §10.
/// </remarks>
public sealed record StatisticValue
{
    private StatisticValue(double? value, StatisticStatus status, ImmutableArray<Reason> reasons, int used, int dropped)
    {
        Value = value;
        Status = status;
        Reasons = reasons;
        SubjectsUsed = used;
        SubjectsDropped = dropped;
    }

    /// <summary>The value; <see langword="null"/> exactly when <see cref="Status"/> is not <see cref="StatisticStatus.Defined"/>.</summary>
    public double? Value { get; }

    /// <summary>Whether the statistic has a value.</summary>
    public StatisticStatus Status { get; }

    /// <summary>Why the statistic has no value, or notes on how it was computed.</summary>
    public ValueArray<Reason> Reasons { get; }

    /// <summary>The number of subjects that entered the statistic.</summary>
    public int SubjectsUsed { get; }

    /// <summary>The number of subjects left out (missing ratings under the statistic's rule).</summary>
    public int SubjectsDropped { get; }

    /// <summary>Whether the statistic has a value.</summary>
    public bool IsDefined => Status == StatisticStatus.Defined;

    /// <summary>A defined value.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite, or a count is negative.</exception>
    public static StatisticValue Defined(double value, int subjectsUsed, int subjectsDropped, params ImmutableArray<Reason> notes)
    {
        Guard.Against.NotFinite(value, nameof(value));
        Guard.Against.Below(subjectsUsed, 0);
        Guard.Against.Below(subjectsDropped, 0);
        return new(value, StatisticStatus.Defined, notes.IsDefault ? [] : notes, subjectsUsed, subjectsDropped);
    }

    /// <summary>No value because the statistic is 0/0 for these data.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="why"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static StatisticValue Undefined(Reason why, int subjectsUsed, int subjectsDropped)
    {
        Guard.Against.Null(why);
        Guard.Against.Below(subjectsUsed, 0);
        Guard.Against.Below(subjectsDropped, 0);
        return new(null, StatisticStatus.Undefined, [why], subjectsUsed, subjectsDropped);
    }

    /// <summary>No value because the statistic does not apply to this design.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="why"/> is null.</exception>
    public static StatisticValue NotApplicable(Reason why)
    {
        Guard.Against.Null(why);
        return new(null, StatisticStatus.NotApplicable, [why], 0, 0);
    }

    /// <summary>
    /// The value when the ratio <paramref name="numerator"/> / <paramref name="denominator"/> is defined, otherwise
    /// <see cref="Undefined"/> with <paramref name="whyZero"/>. A denominator within 1e-12 of zero (relative to the
    /// numerator's scale) counts as zero, so rounding noise never becomes a huge or spurious value.
    /// </summary>
    internal static StatisticValue Ratio(double numerator, double denominator, Reason whyZero, int used, int dropped, double scale = 1.0)
    {
        if (!(Math.Abs(denominator) > 1e-12 * Math.Max(1.0, Math.Abs(scale))) || !double.IsFinite(numerator / denominator))
            return Undefined(whyZero, used, dropped);
        return Defined(numerator / denominator, used, dropped);
    }

    /// <inheritdoc/>
    public override string ToString() => Status == StatisticStatus.Defined
        ? InvariantNumber.Format(Value!.Value)
        : $"{Status}: {string.Join("; ", Reasons)}";
}
