namespace MathPlc.Interventions;

/// <summary>
/// Tier decisions (critical questions 3 and 4): from proficiency scores on the essential targets, universal
/// screening and Tier 2 non-response, each student's tier, unmet targets, extension flag and reasons, by
/// <see cref="TierRules"/>.
/// </summary>
/// <remarks>
/// Sources: the PLC practice of responding by student, by target (DuFour et al., <i>Learning by Doing</i>;
/// Buffum, Mattos &amp; Malone, <i>Taking Action</i>); screening bands after Renaissance Star Math's default
/// categories; Tier 3 on screening and progress-monitoring evidence (NCII; reference/interventions.md §1, §11).
/// Precedence is in <see cref="TierRules"/>' remarks. Every student in the scores or the screening gets exactly one
/// decision; results are ordered by student id (ordinal).
/// </remarks>
public static class Tiering
{
    /// <summary>Decides every student's tier.</summary>
    /// <param name="scores">Proficiency per student and target; at most one per pair. Targets that are not essential are ignored.</param>
    /// <param name="rules">The team's rules.</param>
    /// <param name="order">The progression order of targets (prerequisites first); by id when null.</param>
    /// <param name="screening">Universal-screening percentiles, at most one per student; none when null.</param>
    /// <param name="tier2NonResponders">Students who completed a Tier 2 cycle without responding (e.g. a <c>change-instruction</c> decision at its review).</param>
    /// <exception cref="ArgumentNullException"><paramref name="scores"/> or <paramref name="rules"/> is null.</exception>
    /// <exception cref="ArgumentException">A student has two scores on a target or two screening results, a score is not finite, or the rules name a target not in the scores (an unknown target).</exception>
    public static ImmutableArray<TierDecision> Decide(
        IEnumerable<TargetScore> scores,
        TierRules rules,
        TargetOrder? order = null,
        IEnumerable<ScreeningScore>? screening = null,
        IEnumerable<StudentId>? tier2NonResponders = null)
    {
        Guard.Against.Null(scores);
        Guard.Against.Null(rules);
        order ??= TargetOrder.ById;
        var byStudent = new Dictionary<StudentId, Dictionary<TargetId, double?>>();
        var seenTargets = new HashSet<TargetId>();
        foreach (var score in scores)
        {
            Guard.Against.Unmet(score.StudentId.Value is not null && score.TargetId.Value is not null, nameof(scores), "A score has an empty student or target.");
            if (score.Score is { } s) Guard.Against.NotFinite(s, nameof(scores));
            if (!byStudent.TryGetValue(score.StudentId, out var targets)) byStudent[score.StudentId] = targets = [];
            Guard.Against.Unmet(targets.TryAdd(score.TargetId, score.Score), nameof(scores),
                $"The student {score.StudentId} has two scores on {score.TargetId}.");
            seenTargets.Add(score.TargetId);
        }
        var unknown = rules.UnknownTargets(seenTargets);
        Guard.Against.Unmet(unknown.IsEmpty, nameof(rules), $"The rules name targets that no score is on: {string.Join(", ", unknown)}.");
        var essential = order.Sort(rules.EssentialTargets.IsEmpty ? seenTargets : rules.EssentialTargets);

        var percentiles = new Dictionary<StudentId, double>();
        foreach (var result in screening ?? [])
        {
            Guard.Against.Null(result, nameof(screening));
            Guard.Against.Unmet(percentiles.TryAdd(result.StudentId, result.Percentile), nameof(screening),
                $"The student {result.StudentId} has two screening results.");
            byStudent.TryAdd(result.StudentId, []);
        }
        var nonResponders = (tier2NonResponders ?? []).ToHashSet();
        foreach (var student in nonResponders) byStudent.TryAdd(student, []);

        var students = byStudent.Keys.ToArray();
        Array.Sort(students, (a, b) => string.CompareOrdinal(a.Value, b.Value));
        var decisions = ImmutableArray.CreateBuilder<TierDecision>(students.Length);
        var why = new ReasonCache();
        foreach (var student in students)
        {
            double? percentile = percentiles.TryGetValue(student, out double p) ? p : null;
            decisions.Add(DecideOne(student, byStudent[student], essential, rules, percentile, nonResponders.Contains(student), why));
        }
        return decisions.MoveToImmutable();
    }

    private static TierDecision DecideOne(StudentId student, Dictionary<TargetId, double?> scores, ImmutableArray<TargetId> essential,
        TierRules rules, double? percentile, bool nonResponder, ReasonCache why)
    {
        var reasons = new List<Reason>();
        var unmet = new List<TargetId>();
        var tier3Rules = new List<string>();
        int met = 0;
        foreach (var target in essential)
        {
            double cut = rules.CutFor(target);
            if (!scores.TryGetValue(target, out double? score) || score is null)
            {
                reasons.Add(why.Get(new("no-score", target.Value), static k => Why.Of("no-score", $"No score on {k.Text} yet (insufficient evidence), so it is neither met nor unmet.", ("target", k.Text!))));
                continue;
            }
            double value = score.Value;
            if (Threshold.AtOrAbove(value, cut))
            {
                met++;
                continue;
            }
            unmet.Add(target);
            reasons.Add(why.Get(new("below-cut", target.Value, value, cut),
                static k => Why.Of("below-cut", $"{k.Text}: {Why.N(k.X)} is below the cut {Why.N(k.Y)}.", ("cut", Why.N(k.Y)), ("score", Why.N(k.X)), ("target", k.Text!))));
            if (rules.FarBelowCut is { } far && Threshold.Below(value, far))
            {
                tier3Rules.Add("far-below-cut");
                reasons.Add(why.Get(new("far-below-cut", target.Value, value, far),
                    static k => Why.Of("far-below-cut", $"{k.Text}: {Why.N(k.X)} is below the lower cut {Why.N(k.Y)}, which calls for Tier 3.",
                        ("cut", Why.N(k.Y)), ("rule", "far-below-cut"), ("score", Why.N(k.X)), ("target", k.Text!))));
            }
        }
        if (rules.Tier3WhenUnmetAtLeast is { } many && unmet.Count >= many)
        {
            tier3Rules.Add("unmet-targets");
            reasons.Add(why.Get(new("unmet-targets", null, unmet.Count, many),
                static k => Why.Of("unmet-targets", $"Below the cut on {Why.N((int)k.X)} essential targets; {Why.N((int)k.Y)} or more calls for Tier 3.",
                    ("rule", "unmet-targets"), ("threshold", Why.N((int)k.Y)), ("unmet", Why.N((int)k.X)))));
        }

        ScreeningBand? band = null;
        bool tier2FromScreening = false;
        if (percentile is { } pr)
        {
            var bands = rules.Screening;
            band = bands.BandOf(pr);
            // The band follows from the percentile and the rules, which are the same for every student: the key is the percentile.
            reasons.Add(why.Get(new("screening", null, pr), k => ScreeningReason(bands, bands.BandOf(k.X), k.X)));
            if (band == ScreeningBand.Intensive && rules.Tier3FromIntensiveScreening) tier3Rules.Add("screening-intensive");
            tier2FromScreening = band == ScreeningBand.Targeted && rules.Tier2FromTargetedScreening
                                 || band == ScreeningBand.Intensive && !rules.Tier3FromIntensiveScreening && rules.Tier2FromTargetedScreening;
        }
        if (nonResponder)
        {
            tier3Rules.Add("tier2-non-response");
            reasons.Add(why.Get(new("tier2-non-response"), static _ => Why.Of("tier2-non-response", "Completed a Tier 2 cycle without responding; this calls for Tier 3.", ("rule", "tier2-non-response"))));
        }

        Tier tier;
        bool extension = false;
        if (tier3Rules.Count > 0)
        {
            tier = Tier.Tier3;
            reasons.Add(why.Get(new("tier-3", string.Join(",", tier3Rules)), static k => Why.Of("tier-3", "Tier 3: a Tier 3 rule applies (Tier 3 rules come first).", ("rules", k.Text!))));
        }
        else if (unmet.Count > 0 || tier2FromScreening)
        {
            tier = Tier.Tier2;
            reasons.Add(why.Get(new("tier-2", unmet.Count > 0 ? unmet[0].Value : null, unmet.Count), static k => Why.Of("tier-2", k.X > 0
                    ? $"Tier 2: below the cut on {Why.N((int)k.X)} essential target{(k.X == 1 ? "" : "s")}; support on {k.Text} first."
                    : "Tier 2: the screening result is in the targeted band.",
                ("rule", k.X > 0 ? "below-cut" : "screening-targeted"))));
        }
        else
        {
            tier = Tier.Core;
            extension = essential.Length > 0 && met == essential.Length;
            reasons.Add(extension
                ? why.Get(new("extension", null, essential.Length), static k => Why.Of("extension", $"Proficient on all {Why.N((int)k.X)} essential targets: core with extension.", ("targets", Why.N((int)k.X))))
                : why.Get(new("core", null, met), static k => Why.Of("core", "Core instruction: no essential target below the cut.", ("met", Why.N((int)k.X)))));
        }
        return new TierDecision(student, tier, extension, unmet, band, reasons);
    }

    private static Reason ScreeningReason(ScreeningBands bands, ScreeningBand band, double pr)
    {
        var (code, message, cut) = band switch
        {
            ScreeningBand.Intensive => ("screening-intensive", $"Screening percentile {Why.N(pr)} is below {Why.N(bands.TargetedFrom)} (intensive band).", bands.TargetedFrom),
            ScreeningBand.Targeted => ("screening-targeted", $"Screening percentile {Why.N(pr)} is from {Why.N(bands.TargetedFrom)} up to {Why.N(bands.WatchFrom)} (targeted band).", bands.WatchFrom),
            ScreeningBand.Watch => ("screening-watch", $"Screening percentile {Why.N(pr)} is from {Why.N(bands.WatchFrom)} up to {Why.N(bands.CoreFrom)} (watch band): core, watched.", bands.CoreFrom),
            _ => ("screening-core", $"Screening percentile {Why.N(pr)} is at or above {Why.N(bands.CoreFrom)} (core band).", bands.CoreFrom),
        };
        return Why.Of(code, message, ("cut", Why.N(cut)), ("percentile", Why.N(pr)));
    }
}
