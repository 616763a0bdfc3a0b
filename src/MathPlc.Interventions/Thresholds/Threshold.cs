namespace MathPlc.Interventions;

/// <summary>
/// How every rule in this package compares a number with a cut: two numbers closer than a tiny relative
/// tolerance count as equal, so a score that sits exactly on a cut is decided the same way on every machine,
/// whatever rounding happened on the way there (0.1 + 0.2 against a cut of 0.3, 2 × typical growth).
/// </summary>
/// <remarks>
/// The rule (decision 0030): <c>a</c> and <c>b</c> are <em>at</em> the threshold when
/// |a − b| ≤ <see cref="RelativeTolerance"/> × max(1, |a|, |b|); otherwise the ordinary order of doubles decides.
/// Scores and percentiles are given to a few decimals, so a difference below one part in 10⁹ is rounding, never
/// a real difference. "At or above the cut" therefore includes values a rounding error below it.
/// </remarks>
public static class Threshold
{
    /// <summary>The relative tolerance, 10⁻⁹.</summary>
    public const double RelativeTolerance = 1e-9;

    /// <summary>−1 when <paramref name="value"/> is below <paramref name="cut"/>, 0 when at it (within the tolerance), 1 when above.</summary>
    public static int Compare(double value, double cut)
    {
        double scale = Math.Max(1.0, Math.Max(Math.Abs(value), Math.Abs(cut)));
        double difference = value - cut;
        if (Math.Abs(difference) <= RelativeTolerance * scale) return 0;
        return difference < 0 ? -1 : 1;
    }

    /// <summary>Whether <paramref name="value"/> is at or above <paramref name="cut"/> (see <see cref="Compare"/>).</summary>
    public static bool AtOrAbove(double value, double cut) => Compare(value, cut) >= 0;

    /// <summary>Whether <paramref name="value"/> is below <paramref name="cut"/> by more than the tolerance.</summary>
    public static bool Below(double value, double cut) => Compare(value, cut) < 0;
}
