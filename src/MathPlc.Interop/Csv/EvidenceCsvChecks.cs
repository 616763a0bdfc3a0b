using MathPlc.Core;

namespace MathPlc.Interop.Csv;

/// <summary>What an evidence file must satisfy beyond its own columns, for the scoring it is read for.</summary>
/// <param name="Scale">The scale every score must lie on (<c>off-scale</c> otherwise).</param>
/// <param name="OnStep">Whether every score must also lie on the scale's step (<c>off-step</c> otherwise): true when the user declared the step.</param>
/// <param name="MethodThatCannotWeigh">The name of the calculation method the evidence is read for when it cannot weigh evidence, so that a weight is refused (<c>weight-not-used</c>) rather than ignored; null when weights are used.</param>
public sealed record EvidenceCsvChecks(ProficiencyScale Scale, bool OnStep = false, string? MethodThatCannotWeigh = null)
{
    /// <summary>The scale.</summary>
    public ProficiencyScale Scale { get; } = Guard.Against.Null(Scale);
}
