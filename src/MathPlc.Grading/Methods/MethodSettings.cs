namespace MathPlc.Grading;

/// <summary>
/// The parameters a calculation method may take, by the names the command line uses, for
/// <see cref="CalculationMethods.Create"/>. Each method reads only the settings it has; a setting left null takes the
/// method's documented default. The method's constructor checks the values. Which method takes which setting, by which
/// option, with which default, is listed once in <see cref="CalculationMethods.All"/>.
/// </summary>
public sealed record MethodSettings
{
    /// <summary>
    /// The recency weight w, more than 0 and at most 1 (<c>--decay</c>): the newer score's weight for
    /// <c>decaying-average</c>, the latest score's for <c>weighted-latest</c>. Null means 0.65.
    /// </summary>
    public double? Decay { get; init; }

    /// <summary>
    /// A count, at least 1: n for <c>n-mastery</c> (<c>--n</c>, default 5), N for <c>recent-mean</c> and
    /// <c>recent-median</c> (<c>--recent</c>, required), K for <c>top-mean</c> (<c>--top</c>, default 3).
    /// </summary>
    public int? Count { get; init; }

    /// <summary>The score that counts as mastery for <c>n-mastery</c> (<c>--mastery-points</c>); null means 3.</summary>
    public double? MasteryPoints { get; init; }

    /// <summary>What a tie gives for <c>mode</c> (<c>--mode-ties</c>); <see cref="ModeTieRule.Highest"/> by default.</summary>
    public ModeTieRule ModeTies { get; init; } = ModeTieRule.Highest;

    /// <summary>
    /// What a score of zero does to the power law in <c>power-law</c> and <c>best-fit</c> (<c>--zero-policy</c>); null means
    /// <see cref="PowerLawZeroPolicy.FloorAt"/> (see there for why).
    /// </summary>
    public PowerLawZeroPolicy? ZeroPolicy { get; init; }

    /// <summary>How <c>best-fit</c> totals the difference between fitted and observed scores; null means <see cref="FitErrorMeasure.SumOfAbsoluteErrors"/>.</summary>
    public FitErrorMeasure? ErrorMeasure { get; init; }

    /// <summary>
    /// Whether <c>power-law</c>, <c>linear-trend</c> and <c>best-fit</c> hold their estimate to [<see cref="ScaleMinimum"/>,
    /// <see cref="ScaleMaximum"/>] (<c>--clamp</c> / <c>--no-clamp</c>); true by default. An absent end does not clamp.
    /// </summary>
    public bool Clamp { get; init; } = true;

    /// <summary>The bottom of the scale the regression methods clamp to (<c>--scale-min</c>); null means no lower clamp.</summary>
    public double? ScaleMinimum { get; init; }

    /// <summary>The top of the scale the regression methods clamp to (<c>--scale-max</c>); null means no upper clamp.</summary>
    public double? ScaleMaximum { get; init; }
}
