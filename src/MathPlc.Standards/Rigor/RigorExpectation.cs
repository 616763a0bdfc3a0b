namespace MathPlc.Standards;

/// <summary>
/// What a team expects of the rigor of a set of tasks (a unit's common assessment, a week of lessons): a least share of
/// higher-level cognitive demand and, optionally, all three aspects of rigor.
/// </summary>
/// <remarks>
/// Kanold's mathematics-in-a-PLC handbooks ask teams to balance lower- and higher-level cognitive-demand tasks
/// (high-leverage team action 2; the lesson-design element "lower/higher cognitive-demand task balance"); they fix no
/// number, so the share is the team's own. The default 30 % is the example the issue gives, not a published figure.
/// The Common Core shifts ask for the three aspects of rigor with equal intensity (achievethecore.org).
/// </remarks>
public sealed record RigorExpectation
{
    /// <summary>Creates an expectation.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumHigherLevelShare"/> is not in [0, 1].</exception>
    public RigorExpectation(double minimumHigherLevelShare = 0.30, bool requireAllAspects = true)
    {
        Guard.Against.OutsideRange(minimumHigherLevelShare, 0, 1, nameof(minimumHigherLevelShare));
        (MinimumHigherLevelShare, RequireAllAspects) = (minimumHigherLevelShare, requireAllAspects);
    }

    /// <summary>The least share (0–1) of tagged tasks at a higher level of cognitive demand. Default 0.30.</summary>
    public double MinimumHigherLevelShare { get; }

    /// <summary>Whether every aspect of rigor must be served by at least one task. Default true.</summary>
    public bool RequireAllAspects { get; }
}
