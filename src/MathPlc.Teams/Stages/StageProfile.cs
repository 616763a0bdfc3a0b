namespace MathPlc.Teams;

/// <summary>
/// How much of one stage's evidence a team shows: the stage's indicators, how many are met, how many are met in part, and
/// the attainment that follows (a partial indicator counts half).
/// </summary>
/// <param name="Stage">The stage.</param>
/// <param name="Indicators">How many indicators mark the stage (none for stage 1).</param>
/// <param name="Met">How many of them the team's work shows fully.</param>
/// <param name="Partial">How many it shows in part.</param>
public readonly record struct StageProfileEntry(TeamStage Stage, int Indicators, int Met, int Partial)
{
    /// <summary>
    /// The share of the stage's evidence in place, from 0 to 1: (met + ½ partial) ÷ indicators; 1 for stage 1, which needs
    /// no evidence.
    /// </summary>
    public double Attainment => Indicators == 0 ? 1.0 : (Met + 0.5 * Partial) / Indicators;
}

/// <summary>A gap in a team's evidence, named at the stage where it matters, with what the team can do about it.</summary>
/// <param name="Indicator">The indicator not (fully) shown.</param>
/// <param name="Stage">The stage it marks.</param>
/// <param name="Partial">Whether the work shows it in part (rather than not at all).</param>
/// <param name="Action">What the team can do to show it (Graham &amp; Ferriter's moves for that stage, paraphrased).</param>
public sealed record StageGap(StageIndicator Indicator, TeamStage Stage, bool Partial, string Action);
