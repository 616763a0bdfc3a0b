namespace MathPlc.Teams;

/// <summary>
/// Diagnoses a team's stage among the seven stages of collaborative teams (Graham &amp; Ferriter 2008) from observable
/// evidence and members' self-ratings, reading the stages as the developmental continuum the authors describe rather than
/// as gates (decision record 0045).
/// </summary>
/// <remarks>
/// <para>
/// The profile gives each stage's attainment: (indicators met + ½ indicators met in part) ÷ the stage's indicators. The
/// placement is 1 + ⌊the sum of the attainments of stages 2 to 7⌋: how many stages' worth of the developmental work the
/// evidence shows. Every stage weighs at most one, so a single indicator, missing or added, moves the placement by at
/// most one stage; a team with every indicator of stages 2 to k and none after is at stage k, as before.
/// </para>
/// <para>
/// Gaps are the indicators not fully shown, each named at its own stage with the action that builds it; the next steps are
/// the gaps at or below the stage after the placement, lowest stage first, since an unfinished earlier stage matters
/// before a later one. Self-ratings never move the stage; they are reported beside it.
/// </para>
/// </remarks>
public static class TeamStages
{
    /// <summary>Diagnoses with <see cref="StageDiagnosisRules.Default"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="evidence"/> is null.</exception>
    public static StageDiagnosis Diagnose(TeamEvidence evidence) => Diagnose(evidence, StageDiagnosisRules.Default);

    /// <summary>The stage profile of the evidence: one entry per stage, 1 to 7.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="evidence"/> is null.</exception>
    public static ImmutableArray<StageProfileEntry> Profile(TeamEvidence evidence)
    {
        Guard.Against.Null(evidence);
        return [.. Enum.GetValues<TeamStage>().Select(stage =>
        {
            var indicators = StageModel.IndicatorsOf(stage);
            return new StageProfileEntry(stage, indicators.Length, indicators.Count(evidence.IndicatorsMet.Contains), indicators.Count(evidence.IndicatorsPartial.Contains));
        })];
    }

    /// <summary>The placement a profile gives: 1 + ⌊Σ attainment of stages 2–7⌋ (a tiny tolerance absorbs rounding of halves).</summary>
    /// <exception cref="ArgumentException">The profile does not hold the seven stages.</exception>
    public static TeamStage Place(ImmutableArray<StageProfileEntry> profile)
    {
        Guard.Against.Unmet(profile.Length == 7, nameof(profile), $"A profile holds the seven stages, not {profile.Length}.");
        double worth = profile.Where(p => p.Stage > TeamStage.FillingTheTime).Sum(p => p.Attainment);
        return (TeamStage)(1 + (int)Math.Floor(worth + 1e-9));
    }

    /// <summary>Diagnoses one team's evidence.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static StageDiagnosis Diagnose(TeamEvidence evidence, StageDiagnosisRules rules)
    {
        Guard.Against.Null(evidence);
        Guard.Against.Null(rules);
        var profile = Profile(evidence);
        var stage = Place(profile);
        var met = evidence.IndicatorsMet.ToHashSet();
        var partial = evidence.IndicatorsPartial.ToHashSet();
        var all = StageModel.IndicatorsThrough(TeamStage.ReflectingOnInstruction);
        var placedBy = all.Where(i => met.Contains(i) || partial.Contains(i)).ToImmutableArray();
        var missed = all.Where(i => !met.Contains(i) && !partial.Contains(i)).ToImmutableArray();
        var beyond = all.Where(i => met.Contains(i) && StageModel.StageOf(i) > stage).ToImmutableArray();
        var gaps = all.Where(i => !met.Contains(i))
            .Select(i => new StageGap(i, StageModel.StageOf(i), partial.Contains(i), StageModel.ActionFor(i))).ToImmutableArray();
        var horizon = stage == TeamStage.ReflectingOnInstruction ? stage : stage + 1;
        var nextSteps = gaps.Where(g => g.Stage <= horizon).ToImmutableArray();
        double worth = profile.Where(p => p.Stage > TeamStage.FillingTheTime).Sum(p => p.Attainment);

        var reasons = ImmutableArray.CreateBuilder<Reason>();
        reasons.Add(new Reason("stage", stage == TeamStage.FillingTheTime && placedBy.IsEmpty
                ? "Stage 1, filling the time: the evidence shows none of the stage indicators yet."
                : $"Stage {(int)stage}: the evidence shows {InvariantNumber.Format(worth)} stages' worth of the indicators of stages 2 to 7 ({string.Join(", ", placedBy.Select(i => StageModel.Describe(i) + (partial.Contains(i) ? " (in part)" : "")))}); the stage is 1 plus the whole stages' worth.")
            .With("stage", (int)stage).With("worth", worth));
        if (!nextSteps.IsEmpty)
        {
            var lowest = nextSteps[0].Stage;
            reasons.Add(new Reason("next-step", $"Next: {string.Join(" and ", nextSteps.Where(g => g.Stage == lowest).Select(g => StageModel.Describe(g.Indicator) + (g.Partial ? " (in part so far)" : "")))}, which matter{(nextSteps.Count(g => g.Stage == lowest) == 1 ? "s" : "")} from stage {(int)lowest}.")
                .With("stage", (int)lowest));
        }
        if (!beyond.IsEmpty)
            reasons.Add(new Reason("beyond-stage", $"The team already shows {string.Join(", ", beyond.Select(StageModel.Describe))}, work of later stages; the earlier gaps come first."));

        bool disagree = false, differs = false;
        if (!evidence.SelfRatings.IsEmpty)
        {
            int low = (int)evidence.SelfRatings.Min(r => r.Stage), high = (int)evidence.SelfRatings.Max(r => r.Stage);
            var sorted = evidence.SelfRatings.Select(r => (int)r.Stage).Order().ToArray();
            double median = sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2.0;
            disagree = high - low >= rules.DisagreementSpread;
            differs = Math.Abs(median - (int)stage) >= rules.SelfViewGap;
            if (disagree)
                reasons.Add(new Reason("members-disagree", $"Members see the team differently: their ratings run from stage {low} to stage {high}.")
                    .With("lowest", low).With("highest", high).With("spread", rules.DisagreementSpread));
            if (differs)
                reasons.Add(new Reason("self-view-differs", $"Members' median rating (stage {InvariantNumber.Format(median)}) is {InvariantNumber.Format(Math.Abs(median - (int)stage))} stages from the evidence (stage {(int)stage}).")
                    .With("median", median).With("stage", (int)stage));
        }
        return new StageDiagnosis(evidence, stage, profile, placedBy, missed, beyond, gaps, nextSteps, disagree, differs, reasons.ToImmutable());
    }
}
