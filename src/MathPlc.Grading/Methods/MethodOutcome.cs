namespace MathPlc.Grading;

/// <summary>
/// What a method's arithmetic produced for one series: a score, or why there is none. A small value so the
/// batch form allocates nothing per series.
/// </summary>
/// <param name="Score">The unrounded score; meaningful only when <paramref name="Shortfall"/> is <see cref="Shortfall.None"/>.</param>
/// <param name="Shortfall">Why there is no score, or <see cref="Shortfall.None"/>.</param>
internal readonly record struct MethodOutcome(double Score, Shortfall Shortfall)
{
    public bool IsScored => Shortfall == Shortfall.None;

    public static MethodOutcome Scored(double score) => new(score, Shortfall.None);

    public static MethodOutcome Insufficient(Shortfall why) => new(double.NaN, why);
}
