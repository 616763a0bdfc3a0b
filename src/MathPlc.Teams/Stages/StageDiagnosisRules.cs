namespace MathPlc.Teams;

/// <summary>When members' self-ratings are flagged as seeing the team differently.</summary>
/// <remarks>
/// Defaults: members disagree when their ratings span <see cref="DisagreementSpread"/> = 2 stages or more (for example
/// one member at stage 2 and another at stage 4), and the team's self-view differs from the evidence when the median
/// self-rating is <see cref="SelfViewGap"/> = 2 stages or more from the stage the evidence shows. These are local policy,
/// not published cut-offs (decision record 0045).
/// </remarks>
public sealed record StageDiagnosisRules
{
    /// <summary>Creates the rules.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is below 1 or above 6.</exception>
    public StageDiagnosisRules(int disagreementSpread = 2, int selfViewGap = 2)
    {
        Guard.Against.Below(disagreementSpread, 1);
        Guard.Against.Above(disagreementSpread, 6);
        Guard.Against.Below(selfViewGap, 1);
        Guard.Against.Above(selfViewGap, 6);
        DisagreementSpread = disagreementSpread;
        SelfViewGap = selfViewGap;
    }

    /// <summary>The default rules.</summary>
    public static StageDiagnosisRules Default { get; } = new();

    /// <summary>The spread between the highest and lowest self-rating (in stages) that flags disagreement.</summary>
    public int DisagreementSpread { get; }

    /// <summary>The gap between the median self-rating and the evidence (in stages) that flags a different self-view.</summary>
    public int SelfViewGap { get; }
}
