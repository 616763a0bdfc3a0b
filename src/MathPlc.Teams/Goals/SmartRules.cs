namespace MathPlc.Teams;

/// <summary>How strictly a SMART check judges attainability and attainment.</summary>
/// <remarks>
/// Defaults (local policy, decision record 0042): a goal is unrealistic when it asks for more than
/// <see cref="StretchFactor"/> = 2 times the historical change per year; attainment is at risk when the projection at the
/// deadline falls short of the target. <see cref="MinimumMeasurements"/> = 3 measurements after the baseline are needed to
/// project (issue 16: one measurement projected 114 % and "on track"; a line through the baseline and three
/// measurements is the least a team should extrapolate from; local policy).
/// </remarks>
public sealed record SmartRules
{
    /// <summary>Creates rules.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stretchFactor"/> is not above 1 or not finite, or <paramref name="minimumMeasurements"/> is below 1.</exception>
    public SmartRules(double stretchFactor = 2.0, int minimumMeasurements = 3)
    {
        Guard.Against.NotFinite(stretchFactor, nameof(stretchFactor));
        Guard.Against.AtOrBelow(stretchFactor, 1.0);
        Guard.Against.Below(minimumMeasurements, 1);
        StretchFactor = stretchFactor;
        MinimumMeasurements = minimumMeasurements;
    }

    /// <summary>The default rules.</summary>
    public static SmartRules Default { get; } = new();

    /// <summary>How many times the historical yearly change a goal may ask for before it is called unrealistic.</summary>
    public double StretchFactor { get; }

    /// <summary>How many measurements after the baseline attainment needs before it projects.</summary>
    public int MinimumMeasurements { get; }
}
