namespace MathPlc.Assessments;

/// <summary>How a team reads its data: the smallest group whose rate is shown, and the confidence level of intervals.</summary>
/// <remarks>
/// A minimum group size protects students' privacy and keeps teams from reading noise: US states set their
/// reporting "n-size" mostly between 10 and 30 (US Department of Education, ESSA state plans; NCES 2011-603,
/// "Statistical Methods for Protecting Personally Identifiable Information in Aggregate Reporting"). 10 by default.
/// </remarks>
public sealed record TeamDataOptions
{
    /// <summary>Creates the options.</summary>
    /// <param name="minimumGroupSize">The fewest students a shown rate may rest on (default 10).</param>
    /// <param name="confidenceLevel">Confidence level of the intervals (default 0.95).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumGroupSize"/> is less than 1, or the level is not in (0, 1).</exception>
    public TeamDataOptions(int minimumGroupSize = 10, double confidenceLevel = 0.95)
    {
        Guard.Against.Below(minimumGroupSize, 1);
        Guard.Against.NotFinite(confidenceLevel, nameof(confidenceLevel));
        if (confidenceLevel <= 0 || confidenceLevel >= 1)
            throw new ArgumentOutOfRangeException(nameof(confidenceLevel), confidenceLevel, $"confidenceLevel must be between 0 and 1 (exclusive), not {InvariantNumber.Format(confidenceLevel)}.");
        MinimumGroupSize = minimumGroupSize;
        ConfidenceLevel = confidenceLevel;
    }

    /// <summary>The fewest students a shown rate may rest on.</summary>
    public int MinimumGroupSize { get; }

    /// <summary>Confidence level of the intervals.</summary>
    public double ConfidenceLevel { get; }
}
