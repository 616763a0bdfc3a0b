using MathPlc.Assessments;
using MathPlc.Core;
using MathPlc.Interventions;

namespace MathPlc.CriticalQuestions;

/// <summary>
/// Reads the ten high-leverage team actions off the unit's data (decision 0062): what each action produces that the
/// data holds — written scale descriptors, rigor tags, a blueprint that covers the targets, rubrics, formative
/// evidence, and reports actions 9 and 10 (students' and adults' goals) as not in the data unless the team reports them: the data holds no student or team goals, and no proxy stands in for them.
/// </summary>
internal static class TeamActionsFromData
{
    internal static ImmutableArray<TeamActionStatus> Judge(UnitCycleInput input, WhatToLearnAnswer q1, HowWillWeKnowAnswer q2, HowWillWeRespondAnswer q3)
    {
        var reported = input.ReportedActions.ToHashSet();
        var list = ImmutableArray.CreateBuilder<TeamActionStatus>(10);
        foreach (var action in Enum.GetValues<HighLeverageTeamAction>())
        {
            var (state, reasons) = action switch
            {
                HighLeverageTeamAction.MakingSenseOfStandards => Standards(input),
                HighLeverageTeamAction.IdentifyingHigherLevelTasks => HigherLevelTasks(q1),
                HighLeverageTeamAction.DevelopingCommonAssessments => Findings(q1.Blueprint, ["targets", "formats", "time"],
                    new Reason("assessment-meets-blueprint", $"The common assessment covers every essential target with enough items and points, in a variety of formats, within the period.")),
                HighLeverageTeamAction.DevelopingScoringRubrics => Findings(q1.Blueprint, ["rubrics"],
                    new Reason("scoring-agreed", $"Every item scored by judgement has a rubric, and the team's conversion table sets proficiency at {InvariantNumber.Format(input.TierRules.ProficientCut)}.")),
                HighLeverageTeamAction.UsingFormativeAssessment => Formative(input),
                HighLeverageTeamAction.StudentGoalsAndAction => StudentAction(q3),
                HighLeverageTeamAction.AdultGoalsAndAction => AdultAction(input, q2),
                _ => (TeamActionState.NotInData, [new Reason("not-in-data", "The unit's data holds no record of this action.")]),
            };
            if (state == TeamActionState.NotInData && reported.Contains(action))
            {
                state = TeamActionState.Done;
                reasons = [new Reason("reported-by-team", "The team reports this action done; the unit's data cannot show it.")];
            }
            list.Add(new TeamActionStatus(action, action.Phase(), state, [.. reasons]));
        }
        return list.MoveToImmutable();
    }

    private static (TeamActionState, List<Reason>) Standards(UnitCycleInput input)
    {
        var unwritten = input.Unit.Targets.Where(t => t.Scale is null).Select(TargetLabel.Of).ToList();
        if (unwritten.Count > 0)
            return (TeamActionState.Missing, [new Reason("scale-not-written", $"What proficiency looks like (2.0, 3.0, 4.0) is not written for {unwritten.Count} of {input.Unit.Targets.Length} targets.")
                .With("targets", string.Join(", ", unwritten)).With("missing", unwritten.Count).With("of", input.Unit.Targets.Length)]);
        return (TeamActionState.Done, [new Reason("targets-unpacked", $"All {input.Unit.Targets.Length} essential targets have what 2.0, 3.0 and 4.0 look like, paced over {input.Unit.TeachingDays} teaching days.")
            .With("targets", input.Unit.Targets.Length).With("teaching-days", input.Unit.TeachingDays)]);
    }

    private static (TeamActionState, List<Reason>) HigherLevelTasks(WhatToLearnAnswer q1)
    {
        var reasons = new List<Reason>();
        bool done = true;
        if (q1.TargetRigor.HigherLevelShare is null)
        {
            done = false;
            reasons.Add(new Reason("targets-not-tagged", "No essential target is tagged with a level of cognitive demand."));
        }
        var demand = q1.Blueprint.Findings.Where(f => f.Criterion == "demand-balance").ToList();
        done &= demand.All(f => f.Severity == FindingSeverity.Met);
        reasons.AddRange(demand.Select(f => f.Reason));
        return (done ? TeamActionState.Done : TeamActionState.Missing, reasons);
    }

    private static (TeamActionState, List<Reason>) Findings(BlueprintEvaluation evaluation, string[] criteria, Reason whenMet)
    {
        var concerns = evaluation.Findings.Where(f => criteria.Contains(f.Criterion) && f.Severity == FindingSeverity.Concern).Select(f => f.Reason).ToList();
        return concerns.Count > 0 ? (TeamActionState.Missing, concerns) : (TeamActionState.Done, [whenMet]);
    }

    private static (TeamActionState, List<Reason>) Formative(UnitCycleInput input)
    {
        var targets = input.Unit.Targets.Select(t => t.Id).ToHashSet();
        int pieces = input.AdditionalEvidence.Count(e => e.Kind == EvidenceKind.Formative && targets.Contains(e.TargetId));
        if (pieces == 0) return (TeamActionState.NotInData, [new Reason("no-formative-evidence", "No formative evidence on the unit's targets was given.")]);
        int students = input.AdditionalEvidence.Where(e => e.Kind == EvidenceKind.Formative && targets.Contains(e.TargetId)).Select(e => e.StudentId).Distinct().Count();
        return (TeamActionState.Done, [new Reason("formative-evidence", $"{pieces} pieces of formative evidence on the unit's targets, for {students} students.")
            .With("pieces", pieces).With("students", students)]);
    }

    /// <summary>
    /// Action 9, students' evidence-based goal setting and action for the next unit: students reflecting on their own
    /// results per target and setting goals. The unit's data holds no student reflections or goals, so it cannot show the
    /// action; the response plan (each student's result and response per target) is what students would start from.
    /// </summary>
    private static (TeamActionState, List<Reason>) StudentAction(HowWillWeRespondAnswer q3) =>
        (TeamActionState.NotInData, [new Reason("no-student-goals",
            "The unit's data holds no student reflections or goals. Students set their own goal per target from their results (each student's result and response per target is in plan.csv); report the action done when they have.")
            .With("responses", q3.Plan.Responses.Length)]);

    /// <summary>
    /// Action 10, the adults' evidence-based goal setting and action for the next unit: the team's own goal. The unit's
    /// data holds no team goal; the results give its baseline (the target with the lowest proficient share).
    /// </summary>
    private static (TeamActionState, List<Reason>) AdultAction(UnitCycleInput input, HowWillWeKnowAnswer q2)
    {
        var lowest = q2.Targets.Where(t => t.ProficientShare is not null).OrderBy(t => t.ProficientShare!.Value).ThenBy(t => t.Code, StringComparer.Ordinal).FirstOrDefault();
        string baseline = lowest is null ? "" : $" A baseline for it: {lowest.Code}, {lowest.Proficient} of {lowest.Scored} proficient ({Figures.Percent(lowest.ProficientShare!.Value)}).";
        var reason = new Reason("no-team-goal", $"The unit's data holds no team goal for the next unit; report the action done when the team has set one.{baseline}");
        if (lowest is not null) reason = reason.With("target", lowest.Code ?? lowest.Target.Value).With("proficient", lowest.Proficient).With("scored", lowest.Scored);
        return (TeamActionState.NotInData, [reason]);
    }
}
