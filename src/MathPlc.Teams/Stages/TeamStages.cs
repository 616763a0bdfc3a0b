namespace MathPlc.Teams;

/// <summary>
/// Diagnoses a team's stage among the seven stages of collaborative teams (Graham &amp; Ferriter 2008) from observable
/// evidence and members' self-ratings: the stage is the highest whose indicators, and those of every stage before it,
/// the team shows; self-ratings never move the stage, they are reported beside it.
/// </summary>
public static class TeamStages
{
    /// <summary>Diagnoses with <see cref="StageDiagnosisRules.Default"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="evidence"/> is null.</exception>
    public static StageDiagnosis Diagnose(TeamEvidence evidence) => Diagnose(evidence, StageDiagnosisRules.Default);

    /// <summary>Diagnoses one team's evidence.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static StageDiagnosis Diagnose(TeamEvidence evidence, StageDiagnosisRules rules)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(rules);
        var met = evidence.IndicatorsMet.ToHashSet();
        var stage = TeamStage.FillingTheTime;
        for (var next = TeamStage.SharingPersonalPractices; next <= TeamStage.ReflectingOnInstruction; next++)
        {
            if (!StageModel.IndicatorsOf(next).All(met.Contains)) break;
            stage = next;
        }
        var placedBy = StageModel.IndicatorsThrough(stage);
        var all = StageModel.IndicatorsThrough(TeamStage.ReflectingOnInstruction);
        var missed = all.Where(i => !met.Contains(i)).ToImmutableArray();
        var beyond = all.Where(i => met.Contains(i) && StageModel.StageOf(i) > stage).ToImmutableArray();

        var reasons = ImmutableArray.CreateBuilder<Reason>();
        reasons.Add(new Reason("stage", stage == TeamStage.FillingTheTime
                ? "Stage 1, filling the time: the evidence shows neither norms and agendas nor shared practices yet."
                : $"Stage {(int)stage}: the evidence shows every indicator of stages 2 to {(int)stage} ({string.Join(", ", placedBy.Select(StageModel.Describe))}).")
            .With("stage", (int)stage));
        if (stage < TeamStage.ReflectingOnInstruction)
        {
            var next = stage + 1;
            var lacking = StageModel.IndicatorsOf(next).Where(i => !met.Contains(i));
            reasons.Add(new Reason("next-stage", $"Stage {(int)next} needs {string.Join(" and ", lacking.Select(StageModel.Describe))}.").With("next", (int)next));
        }
        if (!beyond.IsEmpty)
            reasons.Add(new Reason("beyond-stage", $"The team already shows {string.Join(", ", beyond.Select(StageModel.Describe))}, but a stage counts only when every stage before it is in place."));

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
                reasons.Add(new Reason("self-view-differs", $"Members' median rating (stage {Preconditions.Format(median)}) is {Preconditions.Format(Math.Abs(median - (int)stage))} stages from the evidence (stage {(int)stage}).")
                    .With("median", median).With("stage", (int)stage));
        }
        return new StageDiagnosis(evidence, stage, placedBy, missed, beyond, disagree, differs, reasons.ToImmutable());
    }
}
