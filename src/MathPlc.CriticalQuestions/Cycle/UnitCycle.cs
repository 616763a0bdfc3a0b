using MathPlc.Assessments;
using MathPlc.Core;
using MathPlc.Grading;
using MathPlc.Interventions;
using MathPlc.Standards;
using InterventionGroupKind = MathPlc.Interventions.GroupKind;

namespace MathPlc.CriticalQuestions;

/// <summary>
/// The unit cycle of a PLC mathematics team as one pure function: a unit's plan and its common assessment results
/// in, the answers to the four critical questions out, with the team's data and every reason.
/// </summary>
/// <remarks>
/// <para>
/// The steps, each done by the package that owns it (decision 0060): (1) the blueprint's quality against the unit's
/// targets and the rigor of targets and items (Standards, Assessments); (2) item scores become evidence per student
/// and target by the team's conversion table, and the evidence (with any other evidence given) becomes proficiency
/// per roster student per target by the grading method and policy (Assessments, Grading); (3) proficient means at or
/// above the tiering rules' cut for the target, the same cut in question 2's rates and question 3's tiers; rates by
/// teacher, section and group, the teacher comparisons and the item analysis (Assessments); (4) tier decisions for
/// every roster student, groups by first unmet target in the unit's order, and each Tier 2 and Tier 3 group's plan
/// dated on the calendar from the next cycle's start (Interventions); (5) the high-leverage team actions and the
/// discussion prompts from all of it.
/// </para>
/// <para>
/// The unit's target order is the progression order (prerequisites first). A student on the roster with no item
/// score has no evidence: no score on any target, core instruction with a reason per target, and listed among the
/// students without evidence — never a zero. Sources: DuFour et al., <i>Learning by Doing</i> (2010), the four
/// critical questions; Kanold (series ed.), <i>Beyond the Common Core</i> (2015), the high-leverage team actions;
/// Buffum, Mattos and Malone, <i>Taking Action</i> (2018), responding by student, by target.
/// </para>
/// </remarks>
public static class UnitCycle
{
    /// <summary>Runs the unit cycle.</summary>
    /// <param name="input">The team, unit, assessment, rules and calendar.</param>
    /// <returns>The report: the four answers, the team actions, the discussion prompts and the counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// A caller's mistake, named in the message: a unit target the assessment does not cover; a unit target listed
    /// twice; the tiering rules' essential targets differ from the unit's; an item score or a piece of additional
    /// evidence for a student not on the roster; an item score for an item not on the blueprint, twice for one
    /// student, or above the item's points; the conversion table's scale is not the grading scale; the next cycle
    /// starts outside the calendar.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">A piece of additional evidence is not on the grading scale.</exception>
    public static UnitCycleReport Run(UnitCycleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var targets = input.Unit.Targets;
        var targetIds = targets.Select(t => t.Id).ToImmutableArray();
        CheckInput(input, targetIds);
        var rules = EffectiveRules(input.TierRules, targetIds);
        var order = new TargetOrder(targetIds);
        var roster = input.Roster;

        var whatToLearn = new WhatToLearnAnswer(
            targets,
            RigorBalance.Of(targets.Select(t => new TaggedTask(t.Code ?? t.Id.Value, t.Rigor)), input.Rigor),
            RigorBalance.Of(input.Blueprint.Items.Select(i => new TaggedTask(i.Id.Value, new RigorTags(i.Dok, i.Demand))), input.Rigor),
            BlueprintQuality.Evaluate(input.Blueprint, targetIds, input.BlueprintRules));

        // Question 2: evidence, proficiency, the team's data, the items.
        var evidence = input.ItemScores.IsEmpty
            ? []
            : ItemScoreEvidence.ForAll(input.Blueprint, input.ItemScores, input.Scoring, input.AssessedOn);
        var series = new Dictionary<(StudentId, TargetId), List<Evidence>>();
        var unitTargets = targetIds.ToHashSet();
        foreach (var e in evidence.Where(e => e.Evidence is not null).Select(e => e.Evidence!).Concat(input.AdditionalEvidence))
        {
            if (!unitTargets.Contains(e.TargetId)) continue;
            if (!series.TryGetValue((e.StudentId, e.TargetId), out var list)) series[(e.StudentId, e.TargetId)] = list = [];
            list.Add(e);
        }
        var proficiency = ImmutableArray.CreateBuilder<ProficiencyResult>(roster.Count * targetIds.Length);
        foreach (var student in roster.Students)
            foreach (var target in targetIds)
                proficiency.Add(Proficiency.Score(student.Student, target,
                    series.TryGetValue((student.Student, target), out var list) ? list : [], input.Grading));
        var results = proficiency.MoveToImmutable();

        var outcomes = new List<TargetOutcome>(results.Length);
        var counts = targetIds.ToDictionary(t => t, _ => new int[3]);
        foreach (var r in results)
        {
            var tally = counts[r.TargetId];
            if (r.Status != ProficiencyStatus.Scored)
            {
                tally[2]++;
                continue;
            }
            bool proficient = Threshold.AtOrAbove(r.Score!.Value, rules.CutFor(r.TargetId));
            tally[proficient ? 0 : 1]++;
            outcomes.Add(new TargetOutcome(r.StudentId, r.TargetId, proficient, r.Score));
        }
        var summaries = targets.Select(t => new TargetSummary(t.Id, t.Code, counts[t.Id][0], counts[t.Id][1], counts[t.Id][2], rules.CutFor(t.Id)))
            .ToImmutableArray();
        var teamData = TeamDataAnalysis.Analyze(outcomes, roster, input.TeamData);
        var items = input.ItemScores.IsEmpty
            ? null
            : Assessments.ItemAnalysis.Analyze(ItemResponses.FromBlueprint(input.Blueprint, input.ItemScores), input.ItemAnalysis);
        var howWillWeKnow = new HowWillWeKnowAnswer(evidence, results, summaries, teamData, items, input.TeamData.MinimumGroupSize);

        // Questions 3 and 4: tiers, groups, dated sessions, extension.
        var byStudent = Tiering.Decide(results.Select(TargetScore.From), rules, order)
            .ToDictionary(d => d.StudentId);
        var decisions = roster.Students.Select(s => byStudent[s.Student]).ToImmutableArray();
        var grouping = Grouping.Form(decisions, input.Grouping, order);
        var sessions = grouping.Groups.Where(g => g.Kind != InterventionGroupKind.Extension)
            .Select(g => PlanScheduling.Schedule(PlanFor(g, input), input.Calendar))
            .ToImmutableArray();
        var missing = results.Where(r => r.Status != ProficiencyStatus.Scored).Select(r => r.StudentId).ToHashSet();
        var withoutEvidence = roster.Students.Select(s => s.Student).Where(missing.Contains).ToImmutableArray();
        var howWillWeRespond = new HowWillWeRespondAnswer(
            decisions,
            [.. decisions.Where(d => d.Tier == Tier.Tier3).Select(d => d.StudentId)],
            [.. decisions.Where(d => d.Tier == Tier.Tier2).Select(d => d.StudentId)],
            [.. decisions.Where(d => d.Tier == Tier.Core && !d.Extension).Select(d => d.StudentId)],
            withoutEvidence,
            [.. grouping.Groups.Where(g => g.Kind != InterventionGroupKind.Extension)],
            [.. grouping.Unplaced.Where(u => u.Kind != InterventionGroupKind.Extension)],
            sessions);
        var howWillWeExtend = new HowWillWeExtendAnswer(
            [.. decisions.Where(d => d.Extension).Select(d => d.StudentId)],
            [.. grouping.Groups.Where(g => g.Kind == InterventionGroupKind.Extension)],
            [.. grouping.Unplaced.Where(u => u.Kind == InterventionGroupKind.Extension)]);

        var cycleCounts = new CycleCounts(roster.Count, roster.Teachers.Length, roster.Sections.Length, targetIds.Length,
            howWillWeRespond.Tier3.Length, howWillWeRespond.Tier2.Length, howWillWeRespond.Core.Length, howWillWeExtend.Students.Length,
            withoutEvidence.Length, grouping.Groups.Length, grouping.Unplaced.Length);
        return new UnitCycleReport(input.Team, input.Unit.Name, input.Blueprint.Name, input.AssessedOn, input.NextCycleStart,
            whatToLearn, howWillWeKnow, howWillWeRespond, howWillWeExtend,
            TeamActionsFromData.Judge(input, whatToLearn, howWillWeKnow, howWillWeRespond),
            PromptsFromData.Derive(input, howWillWeKnow), cycleCounts);
    }

    private static void CheckInput(UnitCycleInput input, ImmutableArray<TargetId> targetIds)
    {
        var seen = new HashSet<TargetId>();
        foreach (var target in input.Unit.Targets)
            Preconditions.CheckArgument(seen.Add(target.Id), nameof(input), $"The unit \"{input.Unit.Name}\" lists target {Label(target)} twice.");
        var assessed = input.Blueprint.Targets.ToHashSet();
        foreach (var target in input.Unit.Targets)
            Preconditions.CheckArgument(assessed.Contains(target.Id), nameof(input),
                $"The unit's target {Label(target)} is not covered by the assessment \"{input.Blueprint.Name}\": no item assesses it.");
        var items = input.Blueprint.Items.Select(i => i.Id).ToHashSet();
        foreach (var score in input.ItemScores)
        {
            Preconditions.CheckArgument(input.Roster.Contains(score.Student), nameof(input),
                $"The item scores include student {score.Student} (item {score.Item}), who is not on the team's roster.");
            Preconditions.CheckArgument(items.Contains(score.Item), nameof(input),
                $"The item scores include item {score.Item} (student {score.Student}), which is not on the assessment \"{input.Blueprint.Name}\".");
        }
        foreach (var e in input.AdditionalEvidence)
            Preconditions.CheckArgument(input.Roster.Contains(e.StudentId), nameof(input),
                $"The additional evidence includes student {e.StudentId} (target {e.TargetId}), who is not on the team's roster.");
        Preconditions.CheckArgument(input.Scoring.Scale.Equals(input.Grading.Scale), nameof(input),
            $"The conversion table gives scores on {input.Scoring.Scale.Name} but grading uses {input.Grading.Scale.Name}.");
        var calendar = input.Calendar;
        Preconditions.CheckArgument(input.NextCycleStart >= calendar.FirstDay && input.NextCycleStart <= calendar.LastDay, nameof(input),
            $"The next intervention cycle starts on {input.NextCycleStart:uuuu-MM-dd}, outside the calendar ({calendar.FirstDay:uuuu-MM-dd} to {calendar.LastDay:uuuu-MM-dd}).");
        if (!input.TierRules.EssentialTargets.IsEmpty)
            Preconditions.CheckArgument(input.TierRules.EssentialTargets.ToHashSet().SetEquals(targetIds), nameof(input),
                $"The tiering rules' essential targets ({string.Join(", ", input.TierRules.EssentialTargets)}) are not the unit's targets ({string.Join(", ", targetIds)}).");
    }

    private static TierRules EffectiveRules(TierRules rules, ImmutableArray<TargetId> targets) =>
        !rules.EssentialTargets.IsEmpty
            ? rules
            : new TierRules(rules.ProficientCut, targets, rules.TargetCuts, rules.FarBelowCut, rules.Tier3WhenUnmetAtLeast, rules.Screening,
                rules.Tier3FromIntensiveScreening, rules.Tier2FromTargetedScreening);

    private static InterventionPlan PlanFor(InterventionGroup group, UnitCycleInput input)
    {
        var schedule = input.Schedule;
        bool tier3 = group.Kind == InterventionGroupKind.Tier3;
        return new InterventionPlan(tier3 ? Tier.Tier3 : Tier.Tier2, group.Target is { } t ? [t] : [], group.Id,
            tier3 ? schedule.Tier3SessionsPerWeek : schedule.Tier2SessionsPerWeek, tier3 ? schedule.Tier3Minutes : schedule.Tier2Minutes,
            schedule.CycleWeeks, input.NextCycleStart);
    }

    internal static string Label(EssentialTarget target) => target.Code is { } code ? $"{code} ({target.Id})" : target.Id.Value;
}
