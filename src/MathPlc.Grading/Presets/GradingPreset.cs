using MathPlc.Core;

namespace MathPlc.Grading;

/// <summary>
/// A named setting that reproduces a gradebook system: its calculation method with that system's parameters and its
/// rounding, and the source it follows. "Give me what Canvas would show" is <c>GradingPresets.Find("canvas-decaying-average")</c>.
/// </summary>
/// <param name="Name">The preset's name as the command line writes it, e.g. <c>canvas-decaying-average</c>.</param>
/// <param name="Method">The calculation method with the system's parameters.</param>
/// <param name="Rounding">The system's rounding of the reported score, or null where the system's rounding is not documented (the score is then reported unrounded).</param>
/// <param name="Source">Where the behaviour is defined: system, file or page.</param>
/// <param name="Description">What the preset does, in teachers' words.</param>
public sealed record GradingPreset(string Name, CalculationMethod Method, ScoreRounding? Rounding, string Source, string Description)
{
    /// <summary>The preset's name.</summary>
    public string Name { get; } = CheckText(Name, nameof(Name));

    /// <summary>The calculation method.</summary>
    public CalculationMethod Method { get; } = Guard.Against.Null(Method);

    /// <summary>Where the behaviour is defined.</summary>
    public string Source { get; } = CheckText(Source, nameof(Source));

    /// <summary>What the preset does, in teachers' words.</summary>
    public string Description { get; } = CheckText(Description, nameof(Description));

    /// <summary>
    /// The scale the system uses when none is set up, or null where it has none (Canvas: <see cref="LinearScale.CanvasDefault"/>,
    /// 0–5 points with mastery at 3).
    /// </summary>
    public ProficiencyScale? DefaultScale { get; init; }

    /// <summary>
    /// The settings of <see cref="MethodSettings"/> the system lets its users change for this calculation, by property
    /// name (<c>Decay</c>, <c>Count</c>, <c>MasteryPoints</c>); empty when the system fixes them. See
    /// <see cref="GradingPresets.Find(string, MethodSettings)"/>.
    /// </summary>
    public ValueArray<string> Settings { get; init; } = [];

    /// <summary>The settings the system allows, in words (e.g. <c>decay: a whole percent from 50 to 99</c>), or null when it has none.</summary>
    public string? SettingsHelp { get; init; }

    /// <summary>The options that score with this preset on <paramref name="scale"/>; results carry the preset's name as their method.</summary>
    /// <param name="scale">The proficiency scale the scores lie on.</param>
    /// <param name="policy">Which evidence counts; <see cref="GradingPolicy.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scale"/> is null.</exception>
    public ProficiencyOptions ToOptions(ProficiencyScale scale, GradingPolicy? policy = null) =>
        new(Method, scale, Rounding, policy, Name: Name);

    private static string CheckText(string value, string paramName)
    {
        Guard.Against.NullOrWhiteSpace(value, paramName);
        return value;
    }
}
