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
}
