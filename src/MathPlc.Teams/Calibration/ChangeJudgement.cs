namespace MathPlc.Teams;

/// <summary>Whether a change between two occasions is larger than the raters' own disagreement.</summary>
public enum ChangeJudgement
{
    /// <summary>The change is larger than rater noise allows: a real change.</summary>
    RealChange,

    /// <summary>The change is within what the raters' disagreement alone would produce.</summary>
    WithinRaterNoise,

    /// <summary>The raters' disagreement cannot be estimated (too few subjects or raters), so the change cannot be judged.</summary>
    InsufficientData,
}

/// <summary>A subject's change on one criterion between two occasions, judged against rater noise.</summary>
/// <param name="Criterion">The criterion.</param>
/// <param name="Subject">The subject.</param>
/// <param name="Before">The mean rating on the earlier occasion.</param>
/// <param name="After">The mean rating on the later occasion.</param>
/// <param name="Judgement">Real change, within noise, or not enough data.</param>
/// <param name="NoiseLimit">The smallest change that counts as real, or null when it cannot be estimated.</param>
/// <param name="Why">The reason, with the numbers.</param>
public sealed record RatedChange(string Criterion, string Subject, double Before, double After, ChangeJudgement Judgement, double? NoiseLimit, Reason Why)
{
    /// <summary>After − before.</summary>
    public double Change => After - Before;
}
