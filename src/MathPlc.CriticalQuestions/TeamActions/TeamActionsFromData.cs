using MathPlc.Assessments;
using MathPlc.Core;

namespace MathPlc.CriticalQuestions;

/// <summary>
/// Reads the ten high-leverage team actions off the unit's data (decision 0062): what each action produces that the
/// data holds — written scale descriptors, rigor tags, a blueprint that covers the targets, rubrics, formative
/// evidence, every student needing support placed in a dated group, teacher results the team can compare.
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
                    new Reason("scoring-agreed", $"Every item scored by judgement has a rubric, and the team's conversion table sets proficiency at {Preconditions.Format(input.TierRules.ProficientCut)}.")),
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
        var unwritten = input.Unit.Targets.Where(t => t.Scale is null).Select(t => t.Code ?? t.Id.Value).ToList();
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

    private static (TeamActionState, List<Reason>) StudentAction(HowWillWeRespondAnswer q3)
    {
        int needing = q3.Tier3.Length + q3.Tier2.Length;
        if (needing == 0)
            return (TeamActionState.Done, [new Reason("no-student-needs-support", "No student is below the cut on an essential target: no intervention group is needed.")]);
        int unplaced = q3.Unplaced.Length;
        int sessions = q3.Sessions.Sum(p => p.Sessions.Length);
        var reasons = new List<Reason>();
        if (q3.WithoutEvidence.Length > 0)
            reasons.Add(new Reason("students-to-reassess", $"{q3.WithoutEvidence.Length} students have no score on some target and need to be assessed.").With("students", q3.WithoutEvidence.Length));
        if (unplaced > 0)
        {
            reasons.Insert(0, new Reason("students-unplaced", $"{unplaced} of the {needing} students in Tier 2 or Tier 3 could not be placed in a group.")
                .With("unplaced", unplaced).With("needing", needing));
            return (TeamActionState.Missing, reasons);
        }
        reasons.Insert(0, new Reason("every-student-grouped", $"All {needing} students in Tier 2 or Tier 3 are in one of {q3.Groups.Length} groups by target, with {sessions} dated sessions.")
            .With("needing", needing).With("groups", q3.Groups.Length).With("sessions", sessions));
        return (TeamActionState.Done, reasons);
    }

    private static (TeamActionState, List<Reason>) AdultAction(UnitCycleInput input, HowWillWeKnowAnswer q2)
    {
        if (input.Roster.Teachers.Length < 2)
            return (TeamActionState.Missing, [new Reason("one-teacher", "The team has one teacher, so no teacher can learn from a colleague's results.")]);
        var hidden = input.Unit.Targets
            .Where(t => q2.TeamData.Teachers.Count(c => c.Target == t.Id && c.Conclusion != ComparisonConclusion.NotShown) < 2)
            .Select(t => t.Code ?? t.Id.Value).ToList();
        if (hidden.Count > 0)
            return (TeamActionState.Missing, [new Reason("teacher-results-hidden", $"On {hidden.Count} targets fewer than two teachers have enough students (at least {input.TeamData.MinimumGroupSize}) to compare results.")
                .With("targets", string.Join(", ", hidden)).With("minimum", input.TeamData.MinimumGroupSize)]);
        return (TeamActionState.Done, [new Reason("teacher-results-compared", $"Every target's results can be compared across the team's {input.Roster.Teachers.Length} teachers, to see whose students learned it best.")
            .With("teachers", input.Roster.Teachers.Length)]);
    }
}
