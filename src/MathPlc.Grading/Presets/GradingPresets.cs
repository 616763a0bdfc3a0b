namespace MathPlc.Grading;

/// <summary>
/// The presets that reproduce named gradebook systems, rounding included, each citing its source
/// (reference/grading.md §3 and §7).
/// </summary>
/// <remarks>
/// Canvas presets compute with Canvas's own factors (<c>0.01 * w</c>), sums (Ruby's <c>Array#sum</c>) and rounding
/// (two decimals with Ruby's <c>Float#round</c>, <c>PRECISION = 2</c>), so they give Canvas's number to the cent.
/// Schoology, PowerSchool Learning and MasteryConnect do not document their rounding: their presets report the score
/// unrounded (round it with <see cref="ProficiencyOptions.Rounding"/> if the district knows what its system shows).
/// JumpRope's power law reports two decimals, as its published table does; its tie rule is not documented, but a
/// power-law estimate is practically never exactly half-way between two hundredths, so half away from zero serves.
/// </remarks>
public static class GradingPresets
{
    private const string CanvasRollup = "Canvas LMS (instructure/canvas-lms), app/models/rollup_score.rb";

    /// <summary>Every preset, by name, with the system's default settings.</summary>
    public static ImmutableArray<GradingPreset> All { get; } =
    [
        CanvasDecayingAverage(65),
        CanvasWeightedAverage(65),
        CanvasNMastery(5, 3),
        Canvas("canvas-highest", new Highest(), "highest; also Canvas's method when an outcome has none",
            "Canvas's \"Highest Score\", rounded to two decimals as Canvas does."),
        Canvas("canvas-latest", new Latest(), "latest; ordered by submitted or assessed time",
            "Canvas's \"Most Recent Score\", rounded to two decimals as Canvas does."),
        Canvas("canvas-average", new Mean(), "average",
            "Canvas's \"Average\": the mean of all scores, rounded to two decimals as Canvas does."),
        new("schoology-decaying-average", new DecayingAverage(0.75), null,
            "Schoology mastery settings: Decaying Average, 75 %, the default since 1 July 2018 (formula assumed recursive like PowerSchool Learning; rounding not documented); reference/grading.md §7.",
            "Schoology's \"Decaying Average\": each newer score counts 75 %, everything before it 25 %; unrounded, as Schoology's rounding is not documented."),
        new("powerschool-learning-decaying-average", new DecayingAverage(0.65), null,
            "PowerSchool Learning (Haiku) help: Decaying Average 65 %, the default with standards-based grading on; worked example 2, 3 → 2.65 (rounding not documented); reference/grading.md §2 and §7.",
            "PowerSchool Learning's \"Decaying Average\": each newer score counts 65 %, everything before it 35 %; unrounded, as its rounding is not documented."),
        new("masteryconnect-decaying-average", new DecayingAverage(0.65), null,
            "MasteryConnect (Instructure) help: Decaying Average, default 65 %, \"must be between 50% and 100%\", recursive as Canvas's (rounding not documented); reference/grading.md §7.",
            "MasteryConnect's \"Decaying Average\": each newer score counts 65 %, everything before it 35 %; unrounded, as its rounding is not documented.")
        {
            Settings = ["Decay"],
            SettingsHelp = "decay: 0.5 to 1 (MasteryConnect: \"must be between 50% and 100%\"; default 0.65)",
        },
        new("masteryconnect-mode", new Mode(ModeTieRule.Highest), null,
            "MasteryConnect (Instructure) help: Mode, ties to the higher mastery level; reference/grading.md §6 and §7.",
            "MasteryConnect's \"Mode\": the most frequent score, a tie going to the higher score; a mode is one of the scores, so it needs no rounding."),
        new("jumprope-power-law", new PowerLaw(), new ScoreRounding(2),
            "JumpRope, \"The power of the Power Law\" (support.jumpro.pe, quick-reference table: 1, 3, 2, 4 → 3.66; 4, 3, 2, 1 → 1.28), after R. J. Marzano, Transforming Classroom Grading (ASCD 2000); read at the latest assessment, reference/grading.md §4.1. Zero handling and clamping are not documented by JumpRope: MathPlc's default zero policy (a zero counts as 0.5) and no clamp.",
            "JumpRope's (Marzano's) \"Power Law\": a learning curve fitted to the scores in order and read at the latest one, shown to two decimals as JumpRope's table shows it; the estimate may go above the highest score for a student who keeps improving."),
    ];

    /// <summary>
    /// The preset called <paramref name="name"/> (case ignored) with the user's own settings of that calculation, as
    /// the system stores and checks them: Canvas's Decaying Average takes a whole percent from 50 to 99 and its
    /// Weighted Average one from 1 to 99 (<see cref="MethodSettings.Decay"/> as a fraction, 0.8 for 80 %), computed
    /// with Canvas's <c>0.01 * w</c> and <c>0.01 * (100 - w)</c>; its n Number of Times takes n from 1 to 10
    /// (<see cref="MethodSettings.Count"/>) and the mastery points (<see cref="MethodSettings.MasteryPoints"/>);
    /// MasteryConnect's Decaying Average a weight from 50 % to 100 %. Null settings keep the system's default.
    /// </summary>
    /// <remarks>Source: Canvas LMS <c>app/models/outcome_calculation_method.rb</c> and its spec (valid <c>calculation_int</c>: decaying 50–99, weighted 1–99, n_mastery 1–10); reference/grading.md §3.1 and §7.</remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No preset has that name, or a setting is given that the system does not let users change (the message names the preset's settings).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A setting is outside what the system allows; the message names the allowed range.</exception>
    public static GradingPreset Find(string name, MethodSettings settings)
    {
        Guard.Against.Null(settings);
        var preset = Find(name);
        (string Name, bool Given)[] given = [("Decay", settings.Decay is not null), ("Count", settings.Count is not null), ("MasteryPoints", settings.MasteryPoints is not null)];
        foreach (var (setting, isGiven) in given)
            if (isGiven && !preset.Settings.Contains(setting))
                throw new ArgumentException(preset.Settings.IsEmpty
                    ? $"{preset.Name} takes no settings: the system fixes its calculation ({preset.Description})"
                    : $"{preset.Name} does not take {setting}; it takes {preset.SettingsHelp}.", nameof(settings));
        return preset.Name switch
        {
            "canvas-decaying-average" => CanvasDecayingAverage(WholePercent(settings.Decay, 50, 99, preset) ?? 65),
            "canvas-weighted-average" => CanvasWeightedAverage(WholePercent(settings.Decay, 1, 99, preset) ?? 65),
            "canvas-n-mastery" => CanvasNMastery(CanvasCount(settings.Count) ?? 5, settings.MasteryPoints ?? 3),
            "masteryconnect-decaying-average" when settings.Decay is { } w => new GradingPreset(preset.Name,
                new DecayingAverage(InRange(w, 0.5, 1, "decay", "MasteryConnect's Decaying Average weight must be from 0.5 to 1 (50 % to 100 %)")), null, preset.Source,
                $"MasteryConnect's \"Decaying Average\": each newer score counts {SeriesMath.Percent(w)}, everything before it {SeriesMath.Percent(1 - w)}; unrounded, as its rounding is not documented.")
            {
                Settings = preset.Settings,
                SettingsHelp = preset.SettingsHelp,
            },
            _ => preset,
        };
    }

    private static GradingPreset CanvasDecayingAverage(int percent) =>
        new GradingPreset("canvas-decaying-average", DecayingAverage.FromPercent(percent), ScoreRounding.Canvas,
            $"{CanvasRollup} (standard_decaying_average; calculation_int default 65, valid 50–99); app/models/outcome_calculation_method.rb.",
            $"Canvas's \"Decaying Average\": each newer score counts {percent} %, everything before it {100 - percent} %, rounded to two decimals as Canvas does.")
        {
            DefaultScale = LinearScale.CanvasDefault,
            Settings = ["Decay"],
            SettingsHelp = "decay: a whole percent from 50 to 99, written as a fraction (0.8 for 80 %; Canvas's calculation_int; default 0.65)",
        };

    private static GradingPreset CanvasWeightedAverage(int percent) =>
        new GradingPreset("canvas-weighted-average", WeightedLatest.FromPercent(percent), ScoreRounding.Canvas,
            $"{CanvasRollup} (decaying_average / weighted_average; calculation_int default 65, valid 1–99).",
            $"Canvas's \"Weighted Average\" (its older \"Decaying Average\"): the most recent score counts {percent} %, the mean of all earlier scores {100 - percent} %, rounded to two decimals as Canvas does.")
        {
            DefaultScale = LinearScale.CanvasDefault,
            Settings = ["Decay"],
            SettingsHelp = "decay: a whole percent from 1 to 99, written as a fraction (0.8 for 80 %; Canvas's calculation_int; default 0.65)",
        };

    private static GradingPreset CanvasNMastery(int count, double masteryPoints) =>
        new GradingPreset("canvas-n-mastery", new NMastery(count, masteryPoints), ScoreRounding.Canvas,
            $"{CanvasRollup} (n_mastery; calculation_int default 5, valid 1–10); mastery points 3 from Canvas's default outcome, app/models/outcome_proficiency.rb.",
            $"Canvas's \"n Number of Times\": no score until {count} score{(count == 1 ? " is" : "s are")} at or above {SeriesMath.Points(masteryPoints)}; then the mean of every score at or above {SeriesMath.Points(masteryPoints)}, rounded to two decimals as Canvas does.")
        {
            DefaultScale = LinearScale.CanvasDefault,
            Settings = ["Count", "MasteryPoints"],
            SettingsHelp = "n: 1 to 10 (Canvas's calculation_int; default 5) and mastery points (default: the scale's mastery, 3 on Canvas's default scale)",
        };

    private static GradingPreset Canvas(string name, CalculationMethod method, string key, string description) =>
        new(name, method, ScoreRounding.Canvas, $"{CanvasRollup} ({key}).", description) { DefaultScale = LinearScale.CanvasDefault };

    /// <summary>A weight fraction as the whole percent Canvas stores, within Canvas's range.</summary>
    private static int? WholePercent(double? fraction, int minimum, int maximum, GradingPreset preset)
    {
        if (fraction is not { } w) return null;
        double percent = w * 100;
        double whole = Math.Round(percent);
        if (!double.IsFinite(percent) || Math.Abs(percent - whole) > 1e-9 || whole < minimum || whole > maximum)
            throw new ArgumentOutOfRangeException("decay", w,
                $"{preset.Name} takes a weight from {minimum} % to {maximum} % in whole percents ({InvariantNumber.Format(minimum / 100.0)} to {InvariantNumber.Format(maximum / 100.0)}), as Canvas stores it; {InvariantNumber.Format(w)} is not one.");
        return (int)whole;
    }

    private static int? CanvasCount(int? count) => count is { } n && (n < 1 || n > 10)
        ? throw new ArgumentOutOfRangeException("n", n, $"canvas-n-mastery takes n from 1 to 10, as Canvas allows; {n} is not one.")
        : count;

    private static double InRange(double value, double minimum, double maximum, string paramName, string rule) =>
        double.IsFinite(value) && value >= minimum && value <= maximum ? value
            : throw new ArgumentOutOfRangeException(paramName, value, $"{rule}; {InvariantNumber.Format(value)} is not.");

    /// <summary>The preset called <paramref name="name"/> (case ignored).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">No preset has that name; the message lists the names.</exception>
    public static GradingPreset Find(string name)
    {
        Guard.Against.Null(name);
        return TryFind(name, out var preset) ? preset
            : throw new ArgumentException($"\"{name}\" is not a grading preset; the presets are {string.Join(", ", All.Select(p => p.Name))}.", nameof(name));
    }

    /// <summary>Looks up the preset called <paramref name="name"/> (case ignored).</summary>
    /// <returns>Whether there is one; <paramref name="preset"/> is null when not.</returns>
    public static bool TryFind(string name, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out GradingPreset preset)
    {
        preset = name is null ? null : All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
        return preset is not null;
    }
}
