namespace MathPlc.Assessments;

/// <summary>
/// The one definition of "the same rating" (and "within t points") every agreement statistic uses: two ratings are the
/// same when their values are equal — exactly the test that makes them one category in Cohen's, Fleiss' and weighted
/// kappa and one value in Krippendorff's alpha.
/// </summary>
/// <remarks>
/// Percent agreement once allowed an absolute slack of 1e-9, so 1e-320 and 2e-320 "agreed" while kappa counted them as
/// two categories, and the statistics of one table disagreed about the same data (issue 14). Ratings are read from text,
/// so two ratings written alike are equal doubles; no slack is needed for sameness. Within a tolerance t &gt; 0 (adjacent
/// agreement), the difference may exceed t by a relative 1e-12 so that 3.1 and 2.1 are one point apart although their
/// difference in binary is 1.0000000000000004.
/// </remarks>
internal static class SameRating
{
    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> differ by at most <paramref name="tolerance"/> (0: are equal).</summary>
    public static bool Within(double a, double b, double tolerance) =>
        a == b || (tolerance > 0 && Math.Abs(a - b) <= tolerance * (1 + 1e-12));
}
