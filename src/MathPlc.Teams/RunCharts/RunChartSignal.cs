namespace MathPlc.Teams;

/// <summary>A non-random pattern a run chart can show (a signal of "special cause" variation).</summary>
public enum RunChartSignal
{
    /// <summary>A run of points on one side of the median longer than chance allows.</summary>
    Shift,

    /// <summary>Points rising (or falling) one after another longer than chance allows (IHI rules only).</summary>
    Trend,

    /// <summary>Fewer runs than the runs table expects for the number of useful observations (IHI rules).</summary>
    TooFewRuns,

    /// <summary>More runs than the runs table expects: the values alternate too regularly (IHI rules).</summary>
    TooManyRuns,

    /// <summary>Fewer crossings of the median than the Anhøj limit (Anhøj rules).</summary>
    TooFewCrossings,

    /// <summary>
    /// A point obviously different from the rest (IHI's fourth rule), judged by <see cref="AstronomicalPointRule"/>: further
    /// from the median than its stated multiple of the chart's own spread.
    /// </summary>
    AstronomicalPoint,
}
