using MathPlc.Core;

namespace MathPlc.Interventions;

/// <summary>
/// A team's tiering rules as data: the essential targets, the proficiency cut (per target if needed), and when
/// a student needs Tier 3 rather than Tier 2.
/// </summary>
/// <remarks>
/// <para>The rules, and their precedence (decision 0031):</para>
/// <list type="number">
/// <item>Tier 3 when any Tier 3 rule fires: unmet on at least <see cref="Tier3WhenUnmetAtLeast"/> essential targets;
/// a score below <see cref="FarBelowCut"/> on any essential target; a screening percentile in the intensive band
/// (when <see cref="Tier3FromIntensiveScreening"/>); or no response to a completed Tier 2 cycle. Every rule that
/// fires is listed.</item>
/// <item>Otherwise Tier 2 when the student is below the cut on at least one essential target, or (when
/// <see cref="Tier2FromTargetedScreening"/>) screens in the targeted band.</item>
/// <item>Otherwise core; flagged for extension (critical question 4) when proficient on every essential target
/// (a target without a score is not proficient).</item>
/// </list>
/// <para>
/// Proficient means at or above the cut (<see cref="Threshold"/>); the PLC cut is local, typically 3 on a 4-point
/// scale (<i>Taking Action</i>; reference/interventions.md §1.2). A target with no score (insufficient evidence)
/// is neither met nor unmet: it does not make Tier 2 and it blocks extension. Defaults: cut 3 (Marzano 0–4),
/// Tier 3 from 3 unmet targets, no far-below cut, screening bands 40/25/10 with intensive → Tier 3 and targeted →
/// Tier 2.
/// </para>
/// </remarks>
public sealed record TierRules
{
    /// <summary>Creates rules.</summary>
    /// <param name="proficientCut">The score at or above which a target is met (default 3).</param>
    /// <param name="essentialTargets">The essential targets; empty (the default) means every target in the scores.</param>
    /// <param name="targetCuts">A different cut for some targets; each must be an essential target when those are listed.</param>
    /// <param name="farBelowCut">A lower cut: a score below it on any essential target means Tier 3; null for none. Must not exceed the proficient cut.</param>
    /// <param name="tier3WhenUnmetAtLeast">Tier 3 from this many unmet targets (default 3); null for never.</param>
    /// <param name="screening">The screening bands (default 40/25/10).</param>
    /// <param name="tier3FromIntensiveScreening">Whether the intensive band means Tier 3 (default true).</param>
    /// <param name="tier2FromTargetedScreening">Whether the targeted band means Tier 2 (default true).</param>
    /// <exception cref="ArgumentOutOfRangeException">A cut is not finite, or <paramref name="tier3WhenUnmetAtLeast"/> is below 1.</exception>
    /// <exception cref="ArgumentException">A target is listed twice, a target cut names a target that is not essential, or the far-below cut is above a proficient cut.</exception>
    public TierRules(
        double proficientCut = 3.0,
        IEnumerable<TargetId>? essentialTargets = null,
        IEnumerable<KeyValuePair<TargetId, double>>? targetCuts = null,
        double? farBelowCut = null,
        int? tier3WhenUnmetAtLeast = 3,
        ScreeningBands? screening = null,
        bool tier3FromIntensiveScreening = true,
        bool tier2FromTargetedScreening = true)
    {
        Guard.Against.NotFinite(proficientCut, nameof(proficientCut));
        EssentialTargets = [.. essentialTargets ?? []];
        Guard.Against.Unmet(EssentialTargets.Distinct().Count() == EssentialTargets.Length, nameof(essentialTargets), "An essential target is listed twice.");
        Guard.Against.Unmet(EssentialTargets.All(t => t.Value is not null), nameof(essentialTargets), "An essential target is empty.");
        var cuts = ImmutableSortedDictionary.CreateBuilder<TargetId, double>(Comparer<TargetId>.Create((a, b) => string.CompareOrdinal(a.Value, b.Value)));
        foreach (var (target, cut) in targetCuts ?? [])
        {
            Guard.Against.NotFinite(cut, nameof(targetCuts));
            Guard.Against.Unmet(!cuts.ContainsKey(target), nameof(targetCuts), $"The target {target} has two cuts.");
            Guard.Against.Unmet(EssentialTargets.IsEmpty || EssentialTargets.Contains(target), nameof(targetCuts),
                $"The cut for {target} names a target that is not among the essential targets.");
            cuts.Add(target, cut);
        }
        TargetCuts = cuts.ToImmutable();
        if (farBelowCut is { } far)
        {
            Guard.Against.NotFinite(far, nameof(farBelowCut));
            Guard.Against.Unmet(far <= proficientCut && TargetCuts.Values.All(c => far <= c), nameof(farBelowCut),
                $"The far-below cut {InvariantNumber.Format(far)} must not be above a proficient cut.");
        }
        if (tier3WhenUnmetAtLeast is { } n) Guard.Against.Below(n, 1, nameof(tier3WhenUnmetAtLeast));
        ProficientCut = proficientCut;
        FarBelowCut = farBelowCut;
        Tier3WhenUnmetAtLeast = tier3WhenUnmetAtLeast;
        Screening = screening ?? ScreeningBands.Default;
        Tier3FromIntensiveScreening = tier3FromIntensiveScreening;
        Tier2FromTargetedScreening = tier2FromTargetedScreening;
    }

    /// <summary>The default rules (see remarks).</summary>
    public static TierRules Default { get; } = new();

    /// <summary>The score at or above which a target is met, unless <see cref="TargetCuts"/> says otherwise.</summary>
    public double ProficientCut { get; }

    /// <summary>The essential targets; empty means every target in the scores.</summary>
    public ValueArray<TargetId> EssentialTargets { get; }

    /// <summary>Per-target cuts that replace <see cref="ProficientCut"/>, sorted by target id.</summary>
    public ImmutableSortedDictionary<TargetId, double> TargetCuts { get; }

    /// <summary>A score below this on any essential target means Tier 3; null for no such rule.</summary>
    public double? FarBelowCut { get; }

    /// <summary>Tier 3 from this many unmet essential targets; null for never.</summary>
    public int? Tier3WhenUnmetAtLeast { get; }

    /// <summary>The universal-screening bands.</summary>
    public ScreeningBands Screening { get; }

    /// <summary>Whether a percentile in the intensive band means Tier 3.</summary>
    public bool Tier3FromIntensiveScreening { get; }

    /// <summary>Whether a percentile in the targeted band means Tier 2.</summary>
    public bool Tier2FromTargetedScreening { get; }

    /// <summary>The cut for <paramref name="target"/>.</summary>
    public double CutFor(TargetId target) => TargetCuts.TryGetValue(target, out double cut) ? cut : ProficientCut;

    /// <summary>
    /// The targets the rules name (essential targets and target cuts) that are not among <paramref name="assessed"/>:
    /// an unknown target in the rules, which <see cref="Tiering.Decide(IEnumerable{TargetScore}, TierRules, TargetOrder?, IEnumerable{ScreeningScore}?, IEnumerable{StudentId}?)"/> refuses.
    /// </summary>
    public ImmutableArray<TargetId> UnknownTargets(IEnumerable<TargetId> assessed)
    {
        Guard.Against.Null(assessed);
        var known = assessed.ToHashSet();
        return [.. EssentialTargets.Concat(TargetCuts.Keys).Distinct().Where(t => !known.Contains(t)).OrderBy(t => t.Value, StringComparer.Ordinal)];
    }

    // Hand-written equality: TargetCuts is an ImmutableSortedDictionary, which compares by reference;
    // equality is by its sorted content.

    /// <inheritdoc/>
    public bool Equals(TierRules? other) =>
        other is not null && ProficientCut.Equals(other.ProficientCut) && EssentialTargets.SequenceEqual(other.EssentialTargets)
        && TargetCuts.SequenceEqual(other.TargetCuts) && FarBelowCut.Equals(other.FarBelowCut) && Tier3WhenUnmetAtLeast == other.Tier3WhenUnmetAtLeast
        && Screening.Equals(other.Screening) && Tier3FromIntensiveScreening == other.Tier3FromIntensiveScreening
        && Tier2FromTargetedScreening == other.Tier2FromTargetedScreening;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(ProficientCut, EssentialTargets.Length, TargetCuts.Count, FarBelowCut, Tier3WhenUnmetAtLeast, Screening);
}
