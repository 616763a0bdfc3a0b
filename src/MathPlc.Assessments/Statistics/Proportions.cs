namespace MathPlc.Assessments;

/// <summary>
/// Confidence intervals for a proficiency rate and for the difference of two rates, suitable for the small groups
/// a teacher team reads (a section of 25, a student group of 12).
/// </summary>
/// <remarks>
/// Wilson's score interval (Wilson 1927) stays inside 0–1 and behaves well for small n and rates near 0 or 1; the
/// difference uses Newcombe's hybrid score interval built from the two Wilson intervals (Newcombe 1998, method 10).
/// Sources: Newcombe (1998a), Statistics in Medicine 17, 857–872; Newcombe (1998b), Statistics in Medicine 17, 873–890.
/// </remarks>
public static class Proportions
{
    /// <summary>Wilson's score interval for <paramref name="successes"/> out of <paramref name="n"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is not positive, <paramref name="successes"/> is outside 0..n, or the confidence is not in (0, 1).</exception>
    public static (double Lower, double Upper) Wilson(int successes, int n, double confidence = 0.95)
    {
        Guard.Against.AtOrBelow(n, 0);
        Guard.Against.Below(successes, 0);
        Guard.Against.Above(successes, n);
        double z = Z(confidence), p = (double)successes / n, z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z / (1 + z2 / n) * Math.Sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    /// <summary>Newcombe's hybrid score interval for p₁ − p₂.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is out of range, or the confidence is not in (0, 1).</exception>
    public static (double Lower, double Upper) NewcombeDifference(int successes1, int n1, int successes2, int n2, double confidence = 0.95)
    {
        var (l1, u1) = Wilson(successes1, n1, confidence);
        var (l2, u2) = Wilson(successes2, n2, confidence);
        double p1 = (double)successes1 / n1, p2 = (double)successes2 / n2, d = p1 - p2;
        double lower = d - Math.Sqrt((p1 - l1) * (p1 - l1) + (u2 - p2) * (u2 - p2));
        double upper = d + Math.Sqrt((u1 - p1) * (u1 - p1) + (p2 - l2) * (p2 - l2));
        return (Math.Max(-1, lower), Math.Min(1, upper));
    }

    /// <summary>The two-sided normal critical value for a confidence level.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is not in (0, 1).</exception>
    public static double Z(double confidence)
    {
        Guard.Against.NotFinite(confidence, nameof(confidence));
        if (confidence <= 0 || confidence >= 1)
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, $"confidence must be between 0 and 1 (exclusive), not {InvariantNumber.Format(confidence)}.");
        return NormalQuantile.Of(1 - (1 - confidence) / 2);
    }
}
