namespace MathPlc.Teams;

/// <summary>Which published set of run-chart rules to apply.</summary>
public enum RunChartMethod
{
    /// <summary>
    /// The IHI rules (Perla, Provost &amp; Murray 2011, "The run chart", <i>BMJ Qual Saf</i> 20:46–51): a shift of
    /// <see cref="RunChartRules.ShiftLength"/> or more points on one side of the median, a trend of
    /// <see cref="RunChartRules.TrendLength"/> or more points rising or falling, and too few or too many runs for the
    /// number of useful observations.
    /// </summary>
    Ihi,

    /// <summary>
    /// The Anhøj rules (Anhøj &amp; Olesen 2014, "Run charts revisited", <i>PLOS ONE</i> 9(11): e113825): a shift when
    /// the longest run is longer than round(log₂ n + 3), and too few crossings of the median when the crossings are
    /// fewer than the 5th percentile of Binomial(n − 1, ½); no trend rule, which the authors found "virtually useless".
    /// </summary>
    Anhoej,

    /// <summary>
    /// The IHI rules with the runs limits always computed exactly from the Swed–Eisenhart distribution (Swed &amp; Eisenhart
    /// 1943, "Tables for testing randomness of grouping in a sequence of alternatives", <i>Ann. Math. Statist.</i> 14(1),
    /// 66–87) with n₁ = ⌊n/2⌋, n₂ = ⌈n/2⌉ and at most 2.5 % in each tail, whatever table a team checks against. Shift,
    /// trend and the astronomical point are as in <see cref="Ihi"/> (decision 0048).
    /// </summary>
    SwedEisenhart,
}
