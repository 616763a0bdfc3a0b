using MathPlc.Core;

namespace MathPlc.Assessments;

/// <summary>
/// Evaluates a common assessment's blueprint against the unit's essential targets, in the spirit of a team's
/// assessment-instrument evaluation: every essential target assessed with enough items and points, a balance of
/// higher- and lower-level demand, a variety of formats, a time allotment that fits the class period, and a scoring
/// rubric for every item scored by judgement. Every criterion gives a finding with its reason, met or not.
/// </summary>
/// <remarks>
/// Sources: Kanold et al., <i>Mathematics Assessment and Intervention in a PLC at Work</i> (2nd ed.), Figure 2.1
/// (criteria only; thresholds are the team's <see cref="BlueprintRules"/>); Smith &amp; Stein (1998) for the demand
/// levels; reference/plc-frameworks.md §3.3.
/// </remarks>
public static class BlueprintQuality
{
    /// <summary>Evaluates the blueprint.</summary>
    /// <param name="blueprint">The blueprint.</param>
    /// <param name="essentialTargets">The unit's essential targets (none is allowed: then only the other criteria apply).</param>
    /// <param name="rules">The team's thresholds; the defaults when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="blueprint"/> or <paramref name="essentialTargets"/> is null.</exception>
    /// <exception cref="ArgumentException">An essential target is the default value or repeats.</exception>
    public static BlueprintEvaluation Evaluate(AssessmentBlueprint blueprint, IEnumerable<TargetId> essentialTargets, BlueprintRules? rules = null)
    {
        Guard.Against.Null(blueprint);
        Guard.Against.Null(essentialTargets);
        rules ??= new BlueprintRules();
        var essential = essentialTargets.ToImmutableArray();
        Guard.Against.Unmet(essential.All(t => t.Value is not null), nameof(essentialTargets), "An essential target id must not be the default (empty) value.");
        Guard.Against.Unmet(essential.Distinct().Count() == essential.Length, nameof(essentialTargets), "An essential target is listed twice.");

        double total = blueprint.TotalPoints;
        var coverage = essential.Concat(blueprint.Targets.Where(t => !essential.Contains(t)))
            .Select(t =>
            {
                double points = blueprint.Items.Sum(i => i.PointsToward(t));
                return new TargetCoverage(t, essential.Contains(t), blueprint.Items.Count(i => i.Targets.Contains(t)), points, points / total);
            })
            .ToImmutableArray();
        double higher = blueprint.Items.Where(i => i.Demand.IsHigherLevel()).Sum(i => i.Points) / total;
        var formats = blueprint.Items.Select(i => i.Format).Distinct().Order().ToImmutableArray();

        var findings = ImmutableArray.CreateBuilder<BlueprintFinding>();
        findings.AddRange(TargetFindings(coverage, rules));
        findings.Add(DemandFinding(higher, rules));
        findings.Add(FormatFinding(formats, rules));
        findings.Add(TimeFinding(blueprint.TotalMinutes, rules));
        findings.Add(RubricFinding(blueprint));
        return new BlueprintEvaluation(coverage, total, blueprint.TotalMinutes, higher, formats, findings.ToImmutable());
    }

    private static IEnumerable<BlueprintFinding> TargetFindings(ImmutableArray<TargetCoverage> coverage, BlueprintRules rules)
    {
        foreach (var c in coverage.Where(c => c.IsEssential))
        {
            Reason reason;
            if (c.Items == 0)
                reason = new Reason("target-not-assessed", $"Essential target {c.Target} has no item on this assessment.");
            else if (c.Items < rules.MinimumItemsPerTarget)
                reason = new Reason("target-too-few-items", $"Essential target {c.Target} has {c.Items} item(s); the team wants at least {rules.MinimumItemsPerTarget}.");
            else if (c.Points < rules.MinimumPointsPerTarget - 1e-9)
                reason = new Reason("target-too-few-points", $"Essential target {c.Target} is worth {InvariantNumber.Format(c.Points)} point(s); the team wants at least {InvariantNumber.Format(rules.MinimumPointsPerTarget)}.");
            else
            {
                yield return new("targets", FindingSeverity.Met,
                    Facts(new Reason("target-assessed", $"Essential target {c.Target} has {c.Items} items worth {InvariantNumber.Format(c.Points)} points."), c));
                continue;
            }
            yield return new("targets", FindingSeverity.Concern, Facts(reason, c));
        }
    }

    private static Reason Facts(Reason reason, TargetCoverage c) =>
        reason.With("target", c.Target.Value).With("items", c.Items).With("points", c.Points);

    private static BlueprintFinding DemandFinding(double higher, BlueprintRules rules)
    {
        string percent = InvariantNumber.Format(Math.Round(higher * 100, 1));
        Reason reason; FindingSeverity severity = FindingSeverity.Concern;
        if (higher < rules.MinimumHigherLevelShare - 1e-9)
            reason = new("demand-too-low", $"Only {percent}% of the points ask for higher-level thinking (procedures with connections or doing mathematics).");
        else if (higher > rules.MaximumHigherLevelShare + 1e-9)
            reason = new("demand-too-high", $"{percent}% of the points ask for higher-level thinking, leaving too little to show lower-level skills.");
        else
        {
            reason = new("demand-balanced", $"{percent}% of the points ask for higher-level thinking.");
            severity = FindingSeverity.Met;
        }
        return new("demand-balance", severity, reason.With("higher-level-share", higher)
            .With("minimum", rules.MinimumHigherLevelShare).With("maximum", rules.MaximumHigherLevelShare));
    }

    private static BlueprintFinding FormatFinding(ImmutableArray<ItemFormat> formats, BlueprintRules rules)
    {
        bool met = formats.Length >= rules.MinimumFormats;
        var reason = met
            ? new Reason("formats-varied", $"The assessment uses {formats.Length} item format(s).")
            : new Reason("too-few-formats", $"The assessment uses {formats.Length} item format(s); the team wants at least {rules.MinimumFormats}.");
        return new("formats", met ? FindingSeverity.Met : FindingSeverity.Concern,
            reason.With("formats", string.Join(",", formats)).With("minimum", rules.MinimumFormats));
    }

    private static BlueprintFinding TimeFinding(double minutes, BlueprintRules rules)
    {
        double allowed = rules.ClassPeriodMinutes * rules.MaximumShareOfPeriod;
        bool met = minutes <= allowed + 1e-9;
        var reason = met
            ? new Reason("time-fits", $"The expected {InvariantNumber.Format(minutes)} minutes fit the {InvariantNumber.Format(allowed)} minutes allowed.")
            : new Reason("over-time", $"The expected {InvariantNumber.Format(minutes)} minutes exceed the {InvariantNumber.Format(allowed)} minutes allowed in a {InvariantNumber.Format(rules.ClassPeriodMinutes)}-minute period.");
        return new("time", met ? FindingSeverity.Met : FindingSeverity.Concern,
            reason.With("expected-minutes", minutes).With("allowed-minutes", allowed));
    }

    private static BlueprintFinding RubricFinding(AssessmentBlueprint blueprint)
    {
        var missing = blueprint.Items.Where(i => i.NeedsRubric && !i.HasScoringRubric).Select(i => i.Id.Value).ToArray();
        return missing.Length == 0
            ? new("rubrics", FindingSeverity.Met, new Reason("rubrics-complete", "Every constructed-response item and performance task has a scoring rubric."))
            : new("rubrics", FindingSeverity.Concern,
                new Reason("missing-rubric", $"{missing.Length} item(s) scored by judgement have no scoring rubric: {string.Join(", ", missing)}.")
                    .With("items", string.Join(",", missing)));
    }
}
