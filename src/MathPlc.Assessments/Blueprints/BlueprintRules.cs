namespace MathPlc.Assessments;

/// <summary>
/// What a team counts as a well-built common assessment: the thresholds of its assessment evaluation, as data.
/// </summary>
/// <remarks>
/// The criteria follow the team assessment-instrument evaluation in Kanold et al., <i>Mathematics Assessment and
/// Intervention in a PLC at Work</i> (2nd ed., Figure 2.1): targets identified and emphasised, balance of higher-
/// and lower-level demand, variety of formats, time allotment, scoring rubrics. That tool gives no numbers; the
/// defaults here are MathPlc's starting points for a team to change, not published cut-offs.
/// </remarks>
public sealed record BlueprintRules
{
    /// <summary>Creates the rules.</summary>
    /// <param name="minimumItemsPerTarget">Items each essential target needs (default 2).</param>
    /// <param name="minimumPointsPerTarget">Points each essential target needs (default 3).</param>
    /// <param name="minimumHigherLevelShare">Least share of points at a higher level of cognitive demand (default 0.25).</param>
    /// <param name="maximumHigherLevelShare">Greatest share of points at a higher level (default 0.75).</param>
    /// <param name="minimumFormats">Distinct item formats wanted (default 2).</param>
    /// <param name="classPeriodMinutes">Length of the class period (default 50).</param>
    /// <param name="maximumShareOfPeriod">Share of the period the expected time may fill (default 0.9, leaving time for directions).</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is less than 1, a share is outside [0, 1] or the shares are crossed, or the period is not positive.</exception>
    public BlueprintRules(int minimumItemsPerTarget = 2, double minimumPointsPerTarget = 3, double minimumHigherLevelShare = 0.25,
        double maximumHigherLevelShare = 0.75, int minimumFormats = 2, double classPeriodMinutes = 50, double maximumShareOfPeriod = 0.9)
    {
        Guard.Against.Below(minimumItemsPerTarget, 1);
        Guard.Against.NegativeOrNotFinite(minimumPointsPerTarget, nameof(minimumPointsPerTarget));
        Guard.Against.OutsideRange(minimumHigherLevelShare, 0, 1, nameof(minimumHigherLevelShare));
        Guard.Against.OutsideRange(maximumHigherLevelShare, minimumHigherLevelShare, 1, nameof(maximumHigherLevelShare));
        Guard.Against.Below(minimumFormats, 1);
        Guard.Against.Above(minimumFormats, 3);
        Guard.Against.NotPositive(classPeriodMinutes, nameof(classPeriodMinutes));
        Guard.Against.OutsideRange(maximumShareOfPeriod, 0, 1, nameof(maximumShareOfPeriod));
        MinimumItemsPerTarget = minimumItemsPerTarget;
        MinimumPointsPerTarget = minimumPointsPerTarget;
        MinimumHigherLevelShare = minimumHigherLevelShare;
        MaximumHigherLevelShare = maximumHigherLevelShare;
        MinimumFormats = minimumFormats;
        ClassPeriodMinutes = classPeriodMinutes;
        MaximumShareOfPeriod = maximumShareOfPeriod;
    }

    /// <summary>Items each essential target needs.</summary>
    public int MinimumItemsPerTarget { get; }

    /// <summary>Points each essential target needs.</summary>
    public double MinimumPointsPerTarget { get; }

    /// <summary>Least share of points at a higher level of cognitive demand.</summary>
    public double MinimumHigherLevelShare { get; }

    /// <summary>Greatest share of points at a higher level of cognitive demand.</summary>
    public double MaximumHigherLevelShare { get; }

    /// <summary>Distinct item formats wanted.</summary>
    public int MinimumFormats { get; }

    /// <summary>Length of the class period in minutes.</summary>
    public double ClassPeriodMinutes { get; }

    /// <summary>Share of the period the expected time may fill.</summary>
    public double MaximumShareOfPeriod { get; }
}
