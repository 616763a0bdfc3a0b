namespace MathPlc.Interventions;

/// <summary>
/// A team's rules for responding after a common assessment, as data: when a target is retaught to the whole class,
/// when the short Tier 2 cycle is reassessed, when a student is referred to the intervention team, and the group sizes.
/// </summary>
/// <remarks>
/// <para>Defaults and where they come from (decision 0075):</para>
/// <list type="bullet">
/// <item><see cref="WholeClassAtLeast"/> 0.25: MTSS's 80 % criterion — core instruction is expected to bring about
/// 80 % of students to the grade-level expectation (projectmds.org, "Tier 1 core instruction", 2023; Brown,
/// FastBridge, 2016; RTI Action Network), so when far more than 20 % have not learned a target the first response is
/// to re-engage the whole class (reference/interventions.md §13; SkillGrouper's "Tier 1 universal reteaching"). The
/// default sits at the upper end of the 20–25 % that criterion implies, because one common assessment in a class of
/// about 25 moves the share by 4 points per student.</item>
/// <item><see cref="ReassessAfterDays"/> 10 instructional days (two school weeks): Kanold's Tier 2 after a unit
/// assessment is targeted, timely and fluid — reteach one essential target, reassess within days to about two weeks,
/// regroup (<i>Mathematics Assessment and Intervention in a PLC at Work</i>; reference/interventions.md §13).</item>
/// <item><see cref="ReferralShare"/> 1 (every target) with <see cref="ReferralMinimumTargets"/> 3: a student not yet
/// proficient on every essential target of a unit of three or more targets is referred — the intervention team looks
/// at screening and diagnostic data (RTI at Work: Tier 3 is decided on that evidence, never on one common assessment).
/// On the sample team this refers about 2 % of students, inside the 1–5 % generic Tier 3 share
/// (reference/plc-frameworks.md §10); MathPlc's earlier rule, three of five targets, flagged 21 %.</item>
/// <item>Tier 2 groups of at most 5 (Hawaii DOE MTSS: one adult to five students at most), Tier 3 of at most 3 (ckburns;
/// HMH RTI reference); reference/interventions.md §10. A target needed by fewer students than the minimum still gets
/// its small group: a minimum never leaves a student without a response.</item>
/// <item><see cref="Tier3ReviewAfterDays"/> 30 instructional days (six weeks): Tier 3 runs 6–8 weeks, then the
/// intervention team reviews (ckburns RTI site).</item>
/// </list>
/// </remarks>
public sealed record ResponseRules
{
    /// <summary>Creates rules.</summary>
    /// <param name="wholeClassAtLeast">The share of a class's scored students not yet proficient on a target at or above which the class is retaught it (0 &lt; share ≤ 1).</param>
    /// <param name="reassessAfterDays">Instructional days from the cycle's start to the reassessment (1–60).</param>
    /// <param name="referralShare">Refer a student not yet proficient on at least this share of the unit's targets (0 &lt; share ≤ 1); null for never.</param>
    /// <param name="referralMinimumTargets">…and on at least this many targets (so a short unit refers no one on one or two targets missed).</param>
    /// <param name="tier2">Tier 2 group sizes (default 3–5); groups are split at the maximum.</param>
    /// <param name="tier3">Tier 3 group sizes (default 1–3).</param>
    /// <param name="tier3ReviewAfterDays">Instructional days from the cycle's start to the intervention team's review of a Tier 3 group (5–120).</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside its range.</exception>
    public ResponseRules(double wholeClassAtLeast = 0.25, int reassessAfterDays = 10, double? referralShare = 1.0, int referralMinimumTargets = 3,
        GroupSize? tier2 = null, GroupSize? tier3 = null, int tier3ReviewAfterDays = 30)
    {
        Guard.Against.OutsideRange(wholeClassAtLeast, 0, 1, nameof(wholeClassAtLeast));
        if (wholeClassAtLeast <= 0) throw new ArgumentOutOfRangeException(nameof(wholeClassAtLeast), wholeClassAtLeast, "The whole-class share must be above 0.");
        Guard.Against.Below(reassessAfterDays, 1);
        Guard.Against.Above(reassessAfterDays, 60);
        if (referralShare is { } r)
        {
            Guard.Against.OutsideRange(r, 0, 1, nameof(referralShare));
            if (r <= 0) throw new ArgumentOutOfRangeException(nameof(referralShare), r, "The referral share must be above 0.");
        }
        Guard.Against.Below(referralMinimumTargets, 1);
        Guard.Against.Below(tier3ReviewAfterDays, 5);
        Guard.Against.Above(tier3ReviewAfterDays, 120);
        WholeClassAtLeast = wholeClassAtLeast;
        ReassessAfterDays = reassessAfterDays;
        ReferralShare = referralShare;
        ReferralMinimumTargets = referralMinimumTargets;
        Tier2 = tier2 ?? GroupSize.Tier2Default;
        Tier3 = tier3 ?? GroupSize.Tier3Default;
        Tier3ReviewAfterDays = tier3ReviewAfterDays;
    }

    /// <summary>The defaults (see remarks).</summary>
    public static ResponseRules Default { get; } = new();

    /// <summary>The whole-class share (default 0.25).</summary>
    public double WholeClassAtLeast { get; }

    /// <summary>Instructional days to the reassessment (default 10).</summary>
    public int ReassessAfterDays { get; }

    /// <summary>The share of the unit's targets not yet met that calls for a referral (default 1, every target), or null for no referrals.</summary>
    public double? ReferralShare { get; }

    /// <summary>The fewest targets not yet met that call for a referral (default 3).</summary>
    public int ReferralMinimumTargets { get; }

    /// <summary>How many of <paramref name="targets"/> targets a student must not yet have met to be referred, or null when no one is referred.</summary>
    public int? ReferralCount(int targets)
    {
        if (ReferralShare is not { } share) return null;
        int count = Math.Max(ReferralMinimumTargets, (int)Math.Ceiling(share * targets - 1e-9));
        return count <= targets ? count : null;
    }

    /// <summary>Tier 2 group sizes.</summary>
    public GroupSize Tier2 { get; }

    /// <summary>Tier 3 group sizes.</summary>
    public GroupSize Tier3 { get; }

    /// <summary>Instructional days to the Tier 3 review (default 30).</summary>
    public int Tier3ReviewAfterDays { get; }
}
