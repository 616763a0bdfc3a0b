namespace MathPlc.Interventions;

/// <summary>The gap-analysis guidelines: when a gap is significant and what growth is reasonable.</summary>
/// <remarks>
/// Defaults from the Gap Analysis Worksheet (L. Potter, School District 11, Colorado, 2008): a gap above 2.0 is
/// significant (elementary guideline); a needed rate of improvement of no more than twice the typical rate is
/// reasonable. Comparisons use <see cref="Threshold"/>, so exactly 2.0 and exactly twice typical are decided the same
/// way everywhere: a gap of exactly 2.0 is not significant, a needed rate of exactly twice typical is reasonable.
/// </remarks>
public sealed record GapAnalysisRules
{
    /// <summary>Creates the guidelines.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is not positive and finite.</exception>
    public GapAnalysisRules(double significantGap = 2.0, double reasonableMultiple = 2.0)
    {
        Guard.Against.NotPositive(significantGap, nameof(significantGap));
        Guard.Against.NotPositive(reasonableMultiple, nameof(reasonableMultiple));
        SignificantGap = significantGap;
        ReasonableMultiple = reasonableMultiple;
    }

    /// <summary>The defaults (2.0 and 2×).</summary>
    public static GapAnalysisRules Default { get; } = new();

    /// <summary>A gap ratio above this is significant (default 2.0).</summary>
    public double SignificantGap { get; }

    /// <summary>A needed rate at most this many times the typical rate is reasonable (default 2).</summary>
    public double ReasonableMultiple { get; }
}
