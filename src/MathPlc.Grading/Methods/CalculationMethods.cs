using System.Diagnostics.CodeAnalysis;

namespace MathPlc.Grading;

/// <summary>
/// The table of calculation methods (<see cref="All"/>) and the methods by name, as the command line and JSON write them
/// (<c>--method decaying-average</c>). The command line's names, help and option checks and the JSON contract's names and
/// defaults are derived from this one table (decision 0092).
/// </summary>
/// <remarks>Source: docs/cli.md, <c>mathplc proficiency</c>; reference/grading.md §2.</remarks>
public static class CalculationMethods
{
    /// <summary>
    /// Every method, in the order the command line lists them: name, one-line summary, parameters (JSON and
    /// <see cref="MethodSettings"/> name, option, default, range, meaning) and factory. Each default is read from a
    /// default-constructed method, so the method type is the one place it is written.
    /// </summary>
    public static ImmutableArray<CalculationMethodDefinition> All { get; } = Table();

    /// <summary>Every method name <see cref="Create"/> knows, in the order the command line lists them (the names of <see cref="All"/>).</summary>
    public static ImmutableArray<string> Names { get; } = [.. All.Select(m => m.Name)];

    /// <summary>The row of <see cref="All"/> for the method called <paramref name="name"/> (case ignored).</summary>
    /// <param name="name">A method name from <see cref="Names"/>.</param>
    /// <returns>The method's row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a method name (the message lists the names).</exception>
    public static CalculationMethodDefinition Find(string name) => TryFind(name, out var definition)
        ? definition
        : throw new ArgumentException($"\"{name}\" is not a calculation method; the methods are {string.Join(", ", Names)}.", nameof(name));

    /// <summary>Looks up the row of <see cref="All"/> for the method called <paramref name="name"/> (case ignored).</summary>
    /// <param name="name">A method name.</param>
    /// <param name="definition">The method's row, or null when there is none.</param>
    /// <returns>Whether a method has that name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static bool TryFind(string name, [NotNullWhen(true)] out CalculationMethodDefinition? definition)
    {
        Guard.Against.Null(name);
        definition = All.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));
        return definition is not null;
    }

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
        return Find(name).Create(settings);
    }

    private static ImmutableArray<CalculationMethodDefinition> Table()
    {
        var decaying = new DecayingAverage();
        var weighted = new WeightedLatest();
        var mastery = new NMastery();
        var top = new TopMean();
        var mode = new Mode();
        var power = new PowerLaw();
        var fit = new BestFit();
        const string AtLeastOne = "a whole number, 1 or more";
        var modeTies = new MethodParameter("modeTies", "--mode-ties", mode.TieRule, string.Join(", ", Enum.GetNames<ModeTieRule>()), "which value wins a tie");
        var clamp = new MethodParameter("clamp", "--clamp", new MethodSettings().Clamp, "true or false (--no-clamp)",
            "whether the estimate is held to the scale (scaleMinimum to scaleMaximum)");
        MethodParameter ZeroPolicy(PowerLawZeroPolicy fallback) => new("zeroPolicy", "--zero-policy", fallback,
            string.Join(", ", Enum.GetNames<PowerLawZeroPolicy>()), "what a score of 0 does to the power law");
        MethodParameter Weight(double fallback, string whose) => new("decay", "--decay", fallback, "more than 0 and at most 1", $"the weight w of {whose}");
        CalculationMethodDefinition Plain(string name, string summary, Func<CalculationMethod> create) =>
            new(name, summary, [], _ => create(), _ => new MethodSettings());

        return
        [
            Plain("mean", "the mean of all scores; with a weight column the weighted mean Σ weight × score / Σ weight", () => new Mean()),
            Plain("median", "the middle score (the mean of the two middle scores for an even count)", () => new Median()),
            new("mode", "the most frequent score; ties by --mode-ties", [modeTies],
                s => new Mode(s.ModeTies), m => new MethodSettings { ModeTies = ((Mode)m).TieRule }),
            Plain("highest", "the highest score", () => new Highest()),
            Plain("latest", "the most recent score", () => new Latest()),
            new("decaying-average", "recursive: each newer score weighs --decay W, the running average the rest (Canvas \"Decaying Average\")",
                [Weight(decaying.NewerWeight, "each newer score")],
                s => new DecayingAverage(s.Decay ?? decaying.NewerWeight), m => new MethodSettings { Decay = ((DecayingAverage)m).NewerWeight }),
            new("weighted-latest", "W × latest + (1 − W) × mean of the earlier scores (Canvas \"Weighted Average\")",
                [Weight(weighted.LatestWeight, "the latest score")],
                s => new WeightedLatest(s.Decay ?? weighted.LatestWeight), m => new MethodSettings { Decay = ((WeightedLatest)m).LatestWeight }),
            new("n-mastery", "Canvas \"n Number of Times\": no score until --n scores reach --mastery-points; then their mean",
                [
                    new("count", "--n", mastery.Count, AtLeastOne, "how many scores must reach mastery"),
                    new("masteryPoints", "--mastery-points", mastery.MasteryPoints, "a finite score", "the score that counts as mastery"),
                ],
                s => new NMastery(s.Count ?? mastery.Count, s.MasteryPoints ?? mastery.MasteryPoints),
                m => new MethodSettings { Count = ((NMastery)m).Count, MasteryPoints = ((NMastery)m).MasteryPoints }),
            new("power-law", "Marzano's power law, fitted to ln(i), ln(score) and read at the last assessment",
                [ZeroPolicy(power.ZeroPolicy), clamp],
                s => new PowerLaw(s.ZeroPolicy ?? power.ZeroPolicy, ClampMinimum(s), ClampMaximum(s)),
                m => Clamped(((PowerLaw)m).ClampMinimum, ((PowerLaw)m).ClampMaximum) with { ZeroPolicy = ((PowerLaw)m).ZeroPolicy }),
            new("linear-trend", "least-squares line through the scores, read at the last assessment", [clamp],
                s => new LinearTrend(ClampMinimum(s), ClampMaximum(s)),
                m => Clamped(((LinearTrend)m).ClampMinimum, ((LinearTrend)m).ClampMaximum)),
            new("recent-mean", "the mean of the --recent N latest scores; with a weight column their weighted mean",
                [new("count", "--recent", null, AtLeastOne + "; required", "the number of latest scores to use")],
                s => new RecentMean(RequiredCount("recent-mean", s)), m => new MethodSettings { Count = ((RecentMean)m).Count }),
            new("recent-median", "the median of the --recent N latest scores",
                [new("count", "--recent", null, AtLeastOne + "; required", "the number of latest scores to use")],
                s => new RecentMedian(RequiredCount("recent-median", s)), m => new MethodSettings { Count = ((RecentMedian)m).Count }),
            new("top-mean", "the mean of the --top K highest scores",
                [new("count", "--top", top.Count, AtLeastOne, "how many of the highest scores to average")],
                s => new TopMean(s.Count ?? top.Count), m => new MethodSettings { Count = ((TopMean)m).Count }),
            new("best-fit", "whichever of power law, linear trend and mean fits the scores best (--fit-error)",
                [
                    new("errorMeasure", "--fit-error", fit.Measure, string.Join(", ", Enum.GetNames<FitErrorMeasure>()), "how the fit of each candidate is measured"),
                    ZeroPolicy(fit.ZeroPolicy),
                    clamp,
                ],
                s => new BestFit(s.ErrorMeasure ?? fit.Measure, s.ZeroPolicy ?? fit.ZeroPolicy, ClampMinimum(s), ClampMaximum(s)),
                m => Clamped(((BestFit)m).ClampMinimum, ((BestFit)m).ClampMaximum) with { ErrorMeasure = ((BestFit)m).Measure, ZeroPolicy = ((BestFit)m).ZeroPolicy }),
        ];
    }

    private static double? ClampMinimum(MethodSettings settings) => settings.Clamp ? settings.ScaleMinimum : null;

    private static double? ClampMaximum(MethodSettings settings) => settings.Clamp ? settings.ScaleMaximum : null;

    private static MethodSettings Clamped(double? minimum, double? maximum) => new() { ScaleMinimum = minimum, ScaleMaximum = maximum };

    private static int RequiredCount(string name, MethodSettings settings) => settings.Count
        ?? throw new ArgumentException($"The {name} method needs a count: how many of the most recent scores count (settings.Count, --recent N).", nameof(settings));
}
