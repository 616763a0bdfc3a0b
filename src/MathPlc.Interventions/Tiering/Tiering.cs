using System.Runtime.CompilerServices;

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
        var essential = Essential(rules, order, seenTargets);
        var cuts = essential.Select(rules.CutFor).ToArray();

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
        var why = new Scratch();
        var row = new double[essential.Length];
        foreach (var student in students)
        {
            var own = byStudent[student];
            for (int j = 0; j < essential.Length; j++) row[j] = own.TryGetValue(essential[j], out double? score) && score is { } s ? s : double.NaN;
            double? percentile = percentiles.TryGetValue(student, out double p) ? p : null;
            decisions.Add(DecideOne(student, row, essential, cuts, rules, percentile, nonResponders.Contains(student), why));
        }
        return decisions.MoveToImmutable();
    }

    /// <summary>
    /// Decides every student's tier from scores in columns (district files, issue 18): the same decisions, reasons
    /// and order as <see cref="Decide(IEnumerable{TargetScore}, TierRules, TargetOrder?, IEnumerable{ScreeningScore}?, IEnumerable{StudentId}?)"/>
    /// gives for the same rows (tested), without an object or a dictionary per row.
    /// </summary>
    /// <param name="scores">Proficiency per student and target in columns; at most one row per pair. Targets that are not essential are ignored.</param>
    /// <param name="rules">The team's rules.</param>
    /// <param name="order">The progression order of targets (prerequisites first); by id when null.</param>
    /// <param name="screening">Universal-screening percentiles, at most one per student; none when null.</param>
    /// <param name="tier2NonResponders">Students who completed a Tier 2 cycle without responding.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scores"/> or <paramref name="rules"/> is null.</exception>
    /// <exception cref="ArgumentException">A student has two rows on a target or two screening results, or the rules name a target not in the scores (an unknown target).</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // issue 18: called once per run over every student; straight to optimised code, no tiering
    public static ImmutableArray<TierDecision> Decide(
        TierScoreTable scores,
        TierRules rules,
        TargetOrder? order = null,
        IEnumerable<ScreeningScore>? screening = null,
        IEnumerable<StudentId>? tier2NonResponders = null)
    {
        Guard.Against.Null(scores);
        Guard.Against.Null(rules);
        order ??= TargetOrder.ById;
        int duplicate = scores.FirstDuplicate();
        Guard.Against.Unmet(duplicate < 0, nameof(scores), duplicate < 0 ? "" :
            $"The student {scores.Students.Span[scores.StudentOf.Span[duplicate]]} has two scores on {scores.Targets.Span[scores.TargetOf.Span[duplicate]]}.");
        var targets = scores.Targets.Span;
        var seenTargets = new HashSet<TargetId>(scores.Targets.Length);
        foreach (int target in scores.TargetOf.Span)
            if (seenTargets.Count < targets.Length) seenTargets.Add(targets[target]);
            else break;
        var essential = Essential(rules, order, seenTargets);
        var cuts = essential.Select(rules.CutFor).ToArray();
        var column = new int[targets.Length];   // each target's place among the essential ones, or -1
        for (int t = 0; t < targets.Length; t++) column[t] = essential.IndexOf(targets[t]);

        // Every student of the scores, then those only screened or only non-responders, numbered once.
        var students = new List<StudentId>(scores.Students.Length);
        var number = new Dictionary<StudentId, int>(scores.Students.Length);
        foreach (var student in scores.Students.Span)
        {
            number.Add(student, students.Count);
            students.Add(student);
        }
        int NumberOf(StudentId student)
        {
            ref int at = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(number, student, out bool known);
            if (!known)
            {
                at = students.Count;
                students.Add(student);
            }
            return at;
        }
        var percentileOf = new Dictionary<int, double>();
        foreach (var result in screening ?? [])
        {
            Guard.Against.Null(result, nameof(screening));
            Guard.Against.Unmet(percentileOf.TryAdd(NumberOf(result.StudentId), result.Percentile), nameof(screening),
                $"The student {result.StudentId} has two screening results.");
        }
        var nonResponders = new HashSet<int>();
        foreach (var student in tier2NonResponders ?? []) nonResponders.Add(NumberOf(student));

        int width = essential.Length;
        var matrix = new double[(long)students.Count * width];
        Array.Fill(matrix, double.NaN);
        var studentOf = scores.StudentOf.Span;
        var targetOf = scores.TargetOf.Span;
        var values = scores.Scores.Span;
        for (int i = 0; i < values.Length; i++)
            if (column[targetOf[i]] is int j and >= 0) matrix[(long)studentOf[i] * width + j] = values[i];

        var ordered = new int[students.Count];
        for (int i = 0; i < ordered.Length; i++) ordered[i] = i;
        var texts = students.ConvertAll(s => s.Value);
        Array.Sort(ordered, (a, b) => string.CompareOrdinal(texts[a], texts[b]));
        var decisions = ImmutableArray.CreateBuilder<TierDecision>(ordered.Length);
        var why = new Scratch();
        foreach (int s in ordered)
        {
            double? percentile = percentileOf.TryGetValue(s, out double p) ? p : null;
            decisions.Add(DecideOne(students[s], matrix.AsSpan((int)((long)s * width), width), essential, cuts, rules, percentile, nonResponders.Contains(s), why));
        }
        return decisions.MoveToImmutable();
    }

    /// <summary>The essential targets in progression order: the rules', or every target scored; the rules may name no other.</summary>
    private static ImmutableArray<TargetId> Essential(TierRules rules, TargetOrder order, HashSet<TargetId> seenTargets)
    {
        var unknown = rules.UnknownTargets(seenTargets);
        Guard.Against.Unmet(unknown.IsEmpty, nameof(rules), $"The rules name targets that no score is on: {string.Join(", ", unknown)}.");
        return order.Sort(rules.EssentialTargets.IsEmpty ? seenTargets : rules.EssentialTargets);
    }

    /// <summary>
    /// What one batch of decisions reuses from student to student (issue 18): the shared reasons, and the lists a decision
    /// is gathered in (a <see cref="TierDecision"/> copies them).
    /// </summary>
    private sealed class Scratch : ReasonCache
    {
        public List<Reason> Reasons { get; } = [];
        public List<TargetId> Unmet { get; } = [];
    }

    /// <summary>The Tier 3 rules that apply, in the order the reasons give them: <c>far-below-cut</c> once per target far below, then the others.</summary>
    [Flags]
    private enum Tier3Rules
    {
        None = 0,
        UnmetTargets = 1,
        ScreeningIntensive = 2,
        Tier2NonResponse = 4,
    }

    /// <summary>The <c>rules</c> fact of the <c>tier-3</c> reason: the rules joined by commas, in the order they applied.</summary>
    private static string Tier3RulesText(int farBelow, Tier3Rules others) =>
        string.Join(",", Enumerable.Repeat("far-below-cut", farBelow)
            .Concat(others.HasFlag(Tier3Rules.UnmetTargets) ? ["unmet-targets"] : [])
            .Concat(others.HasFlag(Tier3Rules.ScreeningIntensive) ? ["screening-intensive"] : [])
            .Concat(others.HasFlag(Tier3Rules.Tier2NonResponse) ? ["tier2-non-response"] : []));

    /// <summary>One student's decision; <paramref name="scores"/> holds their score on each essential target, in <paramref name="essential"/>'s order, NaN for none, and <paramref name="cuts"/> each target's cut.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static TierDecision DecideOne(StudentId student, ReadOnlySpan<double> scores, ImmutableArray<TargetId> essential, ReadOnlySpan<double> cuts,
        TierRules rules, double? percentile, bool nonResponder, Scratch why)
    {
        var reasons = why.Reasons;
        var unmet = why.Unmet;
        reasons.Clear();
        unmet.Clear();
        int farBelow = 0;
        var tier3Rules = Tier3Rules.None;
        int met = 0;
        for (int j = 0; j < essential.Length; j++)
        {
            var target = essential[j];
            double cut = cuts[j];
            double value = scores[j];
            if (double.IsNaN(value))
            {
                reasons.Add(why.Get(new("no-score", target.Value), static k => Why.Of("no-score", $"No score on {k.Text} yet (insufficient evidence), so it is neither met nor unmet.", ("target", k.Text!))));
                continue;
            }
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
                farBelow++;
                reasons.Add(why.Get(new("far-below-cut", target.Value, value, far),
                    static k => Why.Of("far-below-cut", $"{k.Text}: {Why.N(k.X)} is below the lower cut {Why.N(k.Y)}, which calls for Tier 3.",
                        ("cut", Why.N(k.Y)), ("rule", "far-below-cut"), ("score", Why.N(k.X)), ("target", k.Text!))));
            }
        }
        if (rules.Tier3WhenUnmetAtLeast is { } many && unmet.Count >= many)
        {
            tier3Rules |= Tier3Rules.UnmetTargets;
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
            if (band == ScreeningBand.Intensive && rules.Tier3FromIntensiveScreening) tier3Rules |= Tier3Rules.ScreeningIntensive;
            tier2FromScreening = band == ScreeningBand.Targeted && rules.Tier2FromTargetedScreening
                                 || band == ScreeningBand.Intensive && !rules.Tier3FromIntensiveScreening && rules.Tier2FromTargetedScreening;
        }
        if (nonResponder)
        {
            tier3Rules |= Tier3Rules.Tier2NonResponse;
            reasons.Add(why.Get(new("tier2-non-response"), static _ => Why.Of("tier2-non-response", "Completed a Tier 2 cycle without responding; this calls for Tier 3.", ("rule", "tier2-non-response"))));
        }

        Tier tier;
        bool extension = false;
        if (farBelow > 0 || tier3Rules != Tier3Rules.None)
        {
            tier = Tier.Tier3;
            reasons.Add(why.Get(new("tier-3", null, farBelow, (int)tier3Rules), static k =>
                Why.Of("tier-3", "Tier 3: a Tier 3 rule applies (Tier 3 rules come first).", ("rules", Tier3RulesText((int)k.X, (Tier3Rules)(int)k.Y)))));
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
