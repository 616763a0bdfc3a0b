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

    /// <summary>Every preset, by name.</summary>
    public static ImmutableArray<GradingPreset> All { get; } =
    [
        new("canvas-decaying-average", DecayingAverage.FromPercent(65), ScoreRounding.Canvas,
            $"{CanvasRollup} (standard_decaying_average; calculation_int default 65, valid 50–99); app/models/outcome_calculation_method.rb.",
            "Canvas's \"Decaying Average\": each newer score counts 65 %, everything before it 35 %, rounded to two decimals as Canvas does."),
        new("canvas-weighted-average", WeightedLatest.FromPercent(65), ScoreRounding.Canvas,
            $"{CanvasRollup} (decaying_average / weighted_average; calculation_int default 65, valid 1–99).",
            "Canvas's \"Weighted Average\" (its older \"Decaying Average\"): the most recent score counts 65 %, the mean of all earlier scores 35 %, rounded to two decimals as Canvas does."),
        new("canvas-n-mastery", new NMastery(5, 3), ScoreRounding.Canvas,
            $"{CanvasRollup} (n_mastery; calculation_int default 5); mastery points 3 from Canvas's default mastery scale, app/models/outcome_proficiency.rb.",
            "Canvas's \"n Number of Times\": no score until 5 scores are at or above 3; then the mean of every score at or above 3, rounded to two decimals as Canvas does."),
        new("canvas-highest", new Highest(), ScoreRounding.Canvas,
            $"{CanvasRollup} (highest; also Canvas's method when an outcome has none).",
            "Canvas's \"Highest Score\", rounded to two decimals as Canvas does."),
        new("canvas-latest", new Latest(), ScoreRounding.Canvas,
            $"{CanvasRollup} (latest; ordered by submitted or assessed time).",
            "Canvas's \"Most Recent Score\", rounded to two decimals as Canvas does."),
        new("canvas-average", new Mean(), ScoreRounding.Canvas,
            $"{CanvasRollup} (average).",
            "Canvas's \"Average\": the mean of all scores, rounded to two decimals as Canvas does."),
        new("schoology-decaying-average", new DecayingAverage(0.75), null,
            "Schoology mastery settings: Decaying Average, 75 %, the default since 1 July 2018 (formula assumed recursive like PowerSchool Learning; rounding not documented); reference/grading.md §7.",
            "Schoology's \"Decaying Average\": each newer score counts 75 %, everything before it 25 %; unrounded, as Schoology's rounding is not documented."),
        new("powerschool-learning-decaying-average", new DecayingAverage(0.65), null,
            "PowerSchool Learning (Haiku) help: Decaying Average 65 %, the default with standards-based grading on; worked example 2, 3 → 2.65 (rounding not documented); reference/grading.md §2 and §7.",
            "PowerSchool Learning's \"Decaying Average\": each newer score counts 65 %, everything before it 35 %; unrounded, as its rounding is not documented."),
        new("masteryconnect-decaying-average", new DecayingAverage(0.65), null,
            "MasteryConnect (Instructure) help: Decaying Average, default 65 %, \"must be between 50% and 100%\", recursive as Canvas's (rounding not documented); reference/grading.md §7.",
            "MasteryConnect's \"Decaying Average\": each newer score counts 65 %, everything before it 35 %; unrounded, as its rounding is not documented."),
        new("masteryconnect-mode", new Mode(ModeTieRule.Highest), null,
            "MasteryConnect (Instructure) help: Mode, ties to the higher mastery level; reference/grading.md §6 and §7.",
            "MasteryConnect's \"Mode\": the most frequent score, a tie going to the higher score; a mode is one of the scores, so it needs no rounding."),
        new("jumprope-power-law", new PowerLaw(), new ScoreRounding(2),
            "JumpRope, \"The power of the Power Law\" (support.jumpro.pe, quick-reference table: 1, 3, 2, 4 → 3.66; 4, 3, 2, 1 → 1.28), after R. J. Marzano, Transforming Classroom Grading (ASCD 2000); read at the latest assessment, reference/grading.md §4.1. Zero handling and clamping are not documented by JumpRope: MathPlc's default zero policy (a zero counts as 0.5) and no clamp.",
            "JumpRope's (Marzano's) \"Power Law\": a learning curve fitted to the scores in order and read at the latest one, shown to two decimals as JumpRope's table shows it; the estimate may go above the highest score for a student who keeps improving."),
    ];

    /// <summary>The preset called <paramref name="name"/> (case ignored).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">No preset has that name; the message lists the names.</exception>
    public static GradingPreset Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
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
