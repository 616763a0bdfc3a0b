namespace MathPlc.Grading;

/// <summary>
/// A recency weight w and the two factors a method multiplies by: w and 1 − w from a fraction, or Canvas's
/// <c>0.01 * w</c> and <c>0.01 * (100 - w)</c> from a whole percent (which are not always the same doubles).
/// </summary>
/// <param name="Weight">w as a fraction, in (0, 1].</param>
/// <param name="Percent">w as a whole percent when given so (Canvas arithmetic), otherwise null.</param>
/// <param name="Recent">The factor for the newer or latest score.</param>
/// <param name="Rest">The factor for what came before.</param>
internal readonly record struct RecencyWeight(double Weight, int? Percent, double Recent, double Rest)
{
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> is not in (0, 1], or is NaN.</exception>
    public static RecencyWeight FromFraction(double weight, string paramName) =>
        new(SeriesMath.CheckWeight(weight, paramName), null, weight, 1 - weight);

    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is not 1 to 100.</exception>
    public static RecencyWeight FromPercent(int percent, string paramName)
    {
        Guard.Against.Below(percent, 1, paramName);
        Guard.Against.Above(percent, 100, paramName);
        return new(percent / 100.0, percent, 0.01 * percent, 0.01 * (100 - percent));
    }
}
