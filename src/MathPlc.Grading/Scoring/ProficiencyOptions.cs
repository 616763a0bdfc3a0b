using MathPlc.Core;

namespace MathPlc.Grading;

/// <summary>Everything that decides how evidence becomes a proficiency score: the method, the scale, the rounding, the policy.</summary>
/// <param name="Method">The calculation method.</param>
/// <param name="Scale">The proficiency scale scores lie on; evidence off the scale is refused.</param>
/// <param name="Rounding">How the reported score is rounded, or null for no rounding.</param>
/// <param name="Policy">Which evidence counts before the method runs; <see cref="GradingPolicy.Default"/> when null.</param>
/// <param name="LevelRule">How the reported score gets its level; floor by default.</param>
/// <param name="Name">The name results carry as their method (a preset's name); the method's name when null.</param>
public sealed record ProficiencyOptions(
    CalculationMethod Method,
    ProficiencyScale Scale,
    ScoreRounding? Rounding = null,
    GradingPolicy? Policy = null,
    LevelRule LevelRule = LevelRule.Floor,
    string? Name = null)
{
    /// <summary>The calculation method.</summary>
    public CalculationMethod Method { get; } = Guard.Against.Null(Method);

    /// <summary>The proficiency scale.</summary>
    public ProficiencyScale Scale { get; } = Guard.Against.Null(Scale);

    /// <summary>The method's name as results report it.</summary>
    public string ReportedName => Name ?? Method.Name;

    /// <summary>The policy in force.</summary>
    public GradingPolicy EffectivePolicy => Policy ?? GradingPolicy.Default;
}
