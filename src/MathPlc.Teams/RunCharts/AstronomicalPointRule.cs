using System.Globalization;

namespace MathPlc.Teams;

/// <summary>
/// IHI's fourth run-chart rule made explicit: an astronomical point is a point further from the median than
/// <see cref="Multiple"/> times the chart's own robust spread, σ̂ = 1.4826 × MAD, where MAD is the median of the points'
/// absolute deviations from the median (the Hampel identifier).
/// </summary>
/// <remarks>
/// <para>
/// Perla, Provost &amp; Murray (2011, <i>BMJ Qual Saf</i> 20:46–51) define the astronomical point by judgement: a point
/// that is obviously, blatantly different from the rest, which everyone studying the chart would agree is unusual. A
/// program cannot agree with a team, so MathPlc states a distance, measured around the run chart's own centre line (the
/// median) in the chart's own spread. The median absolute deviation is that spread because, like the median, one
/// unusual point cannot stretch it: a band from the standard deviation (or from moving ranges) widens with the very
/// point it should catch, and a band from moving ranges narrows around a sustained shift so that every point of the
/// shift would look astronomical, although a shift is a different signal. 1.4826 makes MAD estimate σ for normal data;
/// the multiple 3 is the "very conservative" choice of Leys, Ley, Klein, Bernard &amp; Licata (2013), "Detecting
/// outliers: do not use standard deviation around the mean, use absolute deviation around the median", <i>J. Exp. Soc.
/// Psychol.</i> 49:764–766 (2.5 moderately, 2 poorly conservative), after Hampel (1974). It keeps the rule for the
/// obvious; a team that wants the point it can see flagged lowers the multiple.
/// </para>
/// <para>
/// When more than half the points equal the median, MAD is 0 and there is no spread to measure in: no point is judged
/// astronomical and the analysis says why. The spread is taken from the same points as the median (the baseline when
/// the centre line is frozen). Decision 0048.
/// </para>
/// </remarks>
public sealed record AstronomicalPointRule
{
    /// <summary>1/Φ⁻¹(3/4): the factor that makes the median absolute deviation estimate σ for normal data.</summary>
    public const double NormalConsistency = 1.4826;

    /// <summary>Creates the rule.</summary>
    /// <param name="multiple">How many σ̂ (1.4826 × MAD) from the median a point must lie to be astronomical (default 3).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="multiple"/> is not positive and finite.</exception>
    public AstronomicalPointRule(double multiple = 3)
    {
        Guard.Against.NotPositive(multiple, nameof(multiple));
        Multiple = multiple;
    }

    /// <summary>The default rule: 3σ̂ from the median (Leys et al. 2013, "very conservative").</summary>
    public static AstronomicalPointRule Default { get; } = new();

    /// <summary>How many σ̂ from the median a point must lie to be astronomical.</summary>
    public double Multiple { get; }

    /// <summary>
    /// The band (median ± multiple × 1.4826 × MAD) outside which a point is astronomical, from <paramref name="values"/>;
    /// null when there are no values or MAD is 0 (more than half of them on the median: no spread to measure in).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    public (double Low, double High)? Band(IReadOnlyList<double> values, double median)
    {
        Guard.Against.Null(values);
        if (values.Count == 0) return null;
        var deviations = values.Select(v => Math.Abs(v - median)).Order().ToArray();
        int mid = deviations.Length / 2;
        double mad = deviations.Length % 2 == 1 ? deviations[mid] : deviations[mid - 1] / 2 + deviations[mid] / 2;
        if (!(mad > 0) || !double.IsFinite(mad)) return null;
        double half = Multiple * NormalConsistency * mad;
        return (median - half, median + half);
    }

    /// <summary>The rule in words, for reasons.</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"more than {Multiple:R}σ̂ from the median, σ̂ = 1.4826 × the median absolute deviation from the median");
}
