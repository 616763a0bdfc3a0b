namespace MathPlc.Grading;

/// <summary>Calculation methods by name, as the command line and JSON write them (<c>--method decaying-average</c>).</summary>
/// <remarks>Source: docs/cli.md, <c>mathplc proficiency</c>; reference/grading.md §2.</remarks>
public static class CalculationMethods
{
    /// <summary>Every method name <see cref="Create"/> knows, in the order the command line lists them.</summary>
    public static ImmutableArray<string> Names { get; } =
    [
        "mean", "median", "mode", "highest", "latest", "decaying-average", "weighted-latest", "n-mastery",
        "power-law", "linear-trend", "recent-mean", "recent-median", "top-mean", "best-fit",
    ];

    /// <summary>Creates the method called <paramref name="name"/> (case ignored) with the settings it takes.</summary>
    /// <param name="name">A method name from <see cref="Names"/>.</param>
    /// <param name="settings">The parameters; those the method does not take are ignored, and null ones take the method's default.</param>
    /// <returns>The method.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="settings"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="name"/> is not a method name (the message lists the names), or <c>recent-mean</c> or
    /// <c>recent-median</c> was asked for without <see cref="MethodSettings.Count"/>.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A setting is out of the method's range (named by the method's parameter, e.g. <c>newerWeight</c>; for the
    /// regression methods a scale end that is not finite is <c>clampMinimum</c> or <c>clampMaximum</c>, and a minimum
    /// above the maximum is <c>clampMaximum</c>).
    /// </exception>
    public static CalculationMethod Create(string name, MethodSettings settings)
    {
        Guard.Against.Null(name);
        Guard.Against.Null(settings);
        return name.ToLowerInvariant() switch
        {
            "mean" => new Mean(),
            "median" => new Median(),
            "mode" => new Mode(settings.ModeTies),
            "highest" => new Highest(),
            "latest" => new Latest(),
            "decaying-average" => new DecayingAverage(settings.Decay ?? 0.65),
            "weighted-latest" => new WeightedLatest(settings.Decay ?? 0.65),
            "n-mastery" => new NMastery(settings.Count ?? 5, settings.MasteryPoints ?? 3),
            "recent-mean" => new RecentMean(RequiredCount(name, settings)),
            "recent-median" => new RecentMedian(RequiredCount(name, settings)),
            "top-mean" => new TopMean(settings.Count ?? 3),
            "power-law" => new PowerLaw(settings.ZeroPolicy ?? PowerLawZeroPolicy.FloorAt, ClampMinimum(settings), ClampMaximum(settings)),
            "linear-trend" => new LinearTrend(ClampMinimum(settings), ClampMaximum(settings)),
            "best-fit" => new BestFit(settings.ErrorMeasure ?? FitErrorMeasure.SumOfAbsoluteErrors, settings.ZeroPolicy ?? PowerLawZeroPolicy.FloorAt,
                ClampMinimum(settings), ClampMaximum(settings)),
            _ => throw new ArgumentException(
                $"\"{name}\" is not a calculation method; the methods are {string.Join(", ", Names)}.", nameof(name)),
        };
    }

    private static double? ClampMinimum(MethodSettings settings) => settings.Clamp ? settings.ScaleMinimum : null;

    private static double? ClampMaximum(MethodSettings settings) => settings.Clamp ? settings.ScaleMaximum : null;

    private static int RequiredCount(string name, MethodSettings settings) => settings.Count
        ?? throw new ArgumentException($"The {name.ToLowerInvariant()} method needs a count: how many of the most recent scores count (settings.Count, --recent N).", nameof(settings));
}
