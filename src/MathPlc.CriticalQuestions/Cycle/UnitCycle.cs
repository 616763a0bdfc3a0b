using MathPlc.Assessments;
using MathPlc.Core;
using MathPlc.Grading;
using MathPlc.Interventions;
using MathPlc.Standards;

namespace MathPlc.CriticalQuestions;

/// <summary>
/// The unit cycle of a PLC mathematics team as one pure function: a unit's plan and its common assessment results
/// in, the answers to the four critical questions out, with the team's data and every reason.
/// </summary>
/// <remarks>
/// <para>
/// The steps, each done by the package that owns it (decisions 0060 and 0075), as <see cref="Run"/> reads:
/// (1) <b>what to learn</b>: the blueprint's quality against the unit's targets and the rigor of targets and items
/// (Standards, Assessments); (2) <b>evidence</b>: item scores become evidence per student and target by the team's
/// conversion table; (3) <b>proficiency</b>: the evidence becomes proficiency per roster student per target by the
/// grading method and policy (Grading); (4) <b>how will we know</b>: proficient means at or above the cut, the same cut
/// in question 2's rates and question 3's responses; rates by teacher, section and group, the teacher comparisons and
/// the item analysis (Assessments); (5) <b>how will we respond and extend</b>: the response model of RTI at Work —
/// whole-class reteach when a class's share not yet proficient reaches the team's line, short Tier 2 groups by target
/// within the team's adults and blocks, Tier 3 only from screening or documented non-response, referrals, extension on
/// every target a student is proficient on (Interventions, <see cref="ResponsePlanning"/>); (6) the high-leverage team
/// actions and the discussion prompts from all of it.
/// </para>
/// <para>
/// The unit's target order is the progression order (prerequisites first). A student on the roster with no item score
/// has no evidence: no score on any target, "not assessed" with the reason — never a zero, never "core". Sources:
/// DuFour et al., <i>Learning by Doing</i> (2010), the four critical questions; Kanold (series ed.), <i>Beyond the Common
/// Core</i> (2015), the high-leverage team actions; Buffum, Mattos and Malone, <i>Taking Action</i> (2018), responding by
/// student, by target.
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
    /// twice; the tiering rules' essential targets differ from the unit's; an item score, a piece of additional
    /// evidence, a screening result or a non-response decision for a student not on the roster; an item score for an
    /// item not on the blueprint, twice for one student, or above the item's points; the conversion table's scale is not
    /// the grading scale; the next cycle starts outside the calendar; an intervention block on a weekday the school does
    /// not teach.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">A piece of additional evidence is not on the grading scale.</exception>
    public static UnitCycleReport Run(UnitCycleInput input)
    {
        Guard.Against.Null(input);
        var targetIds = input.Unit.Targets.Select(t => t.Id).ToImmutableArray();
        CheckInput(input, targetIds);
        var rules = EffectiveRules(input.TierRules, targetIds);

        var whatToLearn = WhatToLearn(input, targetIds);
        var evidence = EvidenceFromItemScores(input);
        var proficiency = ProficiencyOfEveryStudent(input, evidence, targetIds);
        var howWillWeKnow = HowWillWeKnow(input, evidence, proficiency, rules);
        var plan = PlanResponses(input, proficiency, rules);
        var howWillWeRespond = new HowWillWeRespondAnswer(plan);
        var howWillWeExtend = HowWillWeExtend(input, plan);
        var counts = Counts(input, plan);

        return new UnitCycleReport(input.Team, input.Unit.Name, input.Blueprint.Name, input.AssessedOn, plan.Start,
            whatToLearn, howWillWeKnow, howWillWeRespond, howWillWeExtend,
            TeamActionsFromData.Judge(input, whatToLearn, howWillWeKnow, howWillWeRespond),
            PromptsFromData.Derive(input, howWillWeKnow, howWillWeRespond), counts);
    }

    /// <summary>Question 1: the targets, their rigor and the items', and the blueprint's quality.</summary>
    private static WhatToLearnAnswer WhatToLearn(UnitCycleInput input, ImmutableArray<TargetId> targetIds) => new(
        input.Unit.Targets,
        RigorBalance.Of(input.Unit.Targets.Select(t => new TaggedTask(TargetLabel.Of(t), t.Rigor)), input.Rigor),
        RigorBalance.Of(input.Blueprint.Items.Select(i => new TaggedTask(i.Id.Value, new RigorTags(i.Dok, i.Demand))), input.Rigor),
        BlueprintQuality.Evaluate(input.Blueprint, targetIds, input.BlueprintRules));

    /// <summary>Each student's result on each target of the assessment, by the team's conversion table.</summary>
    private static ImmutableArray<TargetEvidence> EvidenceFromItemScores(UnitCycleInput input) => input.ItemScores.IsEmpty
        ? []
        : ItemScoreEvidence.ForAll(input.Blueprint, input.ItemScores, input.Scoring, input.AssessedOn);

    /// <summary>Proficiency per roster student per target (roster order, unit order), from the assessment's and any other evidence.</summary>
    private static ImmutableArray<ProficiencyResult> ProficiencyOfEveryStudent(UnitCycleInput input, ImmutableArray<TargetEvidence> evidence, ImmutableArray<TargetId> targetIds)
    {
        // Each roster student's series per unit target by index (issue 18: a dictionary keyed by student and target, and
        // a list per key, cost as much as a fifth of scoring); the evidence keeps its order: the assessment's, then the rest.
        var students = input.Roster.Students;
        int k = targetIds.Length;
        // The evidence comes student by student, targets in the unit's order: each id is first compared with the one
        // expected next and looked up only when it is not (SequentialIds; issue 18: two dictionary lookups per piece).
        var studentIndex = new SequentialIds<StudentId>(students.Select(s => s.Student));
        var targetIndex = new SequentialIds<TargetId>(targetIds);
        var series = new List<Evidence>?[students.Length * k];
        void File(Evidence e)
        {
            int t = targetIndex.IndexOf(e.TargetId), i = studentIndex.IndexOf(e.StudentId);
            if (t < 0 || i < 0) return;
            (series[i * k + t] ??= []).Add(e);
        }
        foreach (var e in evidence)
            if (e.Evidence is { } given) File(given);
        foreach (var e in input.AdditionalEvidence) File(e);
        // Grading's scorer gives Proficiency.Score's result, the explanation made once per distinct series and shared (issue 18).
        var scorer = new ProficiencyScorer(input.Grading);
        var proficiency = ImmutableArray.CreateBuilder<ProficiencyResult>(students.Length * k);
        for (int i = 0; i < students.Length; i++)
            for (int t = 0; t < k; t++)
                proficiency.Add(scorer.Score(students[i].Student, targetIds[t], (IReadOnlyList<Evidence>?)series[i * k + t] ?? []));
        return proficiency.MoveToImmutable();
    }

    /// <summary>Question 2: counts per target, the team's data by teacher, section and group, and the item analysis.</summary>
    private static HowWillWeKnowAnswer HowWillWeKnow(UnitCycleInput input, ImmutableArray<TargetEvidence> evidence, ImmutableArray<ProficiencyResult> results, TierRules rules)
    {
        // The results are roster student by unit target (ProficiencyOfEveryStudent): result j is on target j mod k, whose
        // tally and cut are looked up once per target rather than per result (issue 18).
        var outcomes = new List<TargetOutcome>(results.Length);
        var targets = input.Unit.Targets;
        var tallies = new TargetTally[targets.Length];
        var cuts = new double[targets.Length];
        for (int t = 0; t < targets.Length; t++) (tallies[t], cuts[t]) = (new TargetTally(), rules.CutFor(targets[t].Id));
        for (int j = 0; j < results.Length; j++)
        {
            var r = results[j];
            int t = j % targets.Length;
            var tally = tallies[t];
            if (r.Status != ProficiencyStatus.Scored)
            {
                tally.WithoutScore++;
                continue;
            }
            bool proficient = Threshold.AtOrAbove(r.Score!.Value, cuts[t]);
            if (proficient) tally.Proficient++;
            else tally.NotYetProficient++;
            outcomes.Add(new TargetOutcome(r.StudentId, r.TargetId, proficient, r.Score));
        }
        var summaries = targets.Select((t, i) =>
        {
            var tally = tallies[i];
            return new TargetSummary(t.Id, TargetLabel.Of(t), tally.Proficient, tally.NotYetProficient, tally.WithoutScore, cuts[i]);
        }).ToImmutableArray();
        var teamData = TeamDataAnalysis.Analyze(outcomes, input.Roster, input.TeamData);
        var items = input.ItemScores.IsEmpty
            ? null
            : Assessments.ItemAnalysis.Analyze(ItemResponses.FromBlueprint(input.Blueprint, input.ItemScores), input.ItemAnalysis);
        return new HowWillWeKnowAnswer(evidence, results, summaries, teamData, items, input.TeamData.MinimumGroupSize);
    }

    /// <summary>Questions 3 and 4: the response model on every student's proficiency (Interventions).</summary>
    private static ResponsePlan PlanResponses(UnitCycleInput input, ImmutableArray<ProficiencyResult> results, TierRules rules)
    {
        var targets = input.Unit.Targets.Select(t => new ResponseTarget(t.Id, TargetLabel.Of(t), rules.CutFor(t.Id), t.Scale?.Simpler, t.Scale?.MoreComplex));
        var response = new ResponseInput(input.Roster, targets, results.Select(r => r.ToTargetScore()), input.Calendar, input.NextCycleStart, input.EffectiveCapacity)
        {
            Rules = input.Response,
            ScreeningBands = rules.Screening,
            Screening = rules.Tier3FromIntensiveScreening ? input.Screening : [],
            NonResponse = input.NonResponse,
        };
        return ResponsePlanning.Plan(response);
    }

    /// <summary>Question 4: per target, the students extending on it.</summary>
    private static HowWillWeExtendAnswer HowWillWeExtend(UnitCycleInput input, ResponsePlan plan)
    {
        // One pass over the rows (issue 18: a pass per target, and a grouping by student): each target's extending students
        // in row order, and each student's proficient targets, students in order of their first row.
        var extending = new Dictionary<TargetId, ImmutableArray<StudentId>.Builder>();
        foreach (var t in input.Unit.Targets) extending.TryAdd(t.Id, ImmutableArray.CreateBuilder<StudentId>());
        var rowsOf = new StudentRows(input.Roster.Count);
        foreach (var r in plan.Responses)
        {
            int at = rowsOf.Of(r.Student);
            if (r.Status == TargetStatus.Proficient) rowsOf.Proficient[at]++;
            if (r.Response == ResponseKind.Extension && extending.TryGetValue(r.Target, out var students)) students.Add(r.Student);
        }
        var perTarget = input.Unit.Targets.Select(t => new TargetExtension(t.Id, TargetLabel.Of(t), t.Scale?.MoreComplex,
            extending[t.Id].ToImmutable())).ToImmutableArray();
        int k = input.Unit.Targets.Length;
        var every = ImmutableArray.CreateBuilder<StudentId>();
        for (int at = 0; at < rowsOf.Students.Count; at++)
            if (rowsOf.Proficient[at] == k) every.Add(rowsOf.Students[at]);
        return new HowWillWeExtendAnswer(perTarget, every.ToImmutable());
    }

    /// <summary>Each student once, by the most intensive response: Tier 3 (every student the plan places there), referral, Tier 2, whole class, not assessed, extension.</summary>
    private static CycleCounts Counts(UnitCycleInput input, ResponsePlan plan)
    {
        // Each student's most intensive response in one pass over the rows (issue 18: a grouping by student).
        var tier3 = plan.Tier3.Select(t => t.Student).ToHashSet();
        var rowsOf = new StudentRows(input.Roster.Count);
        var mostOf = new List<MostIntensive>();
        foreach (var r in plan.Responses)
        {
            int at = rowsOf.Of(r.Student);
            if (at == mostOf.Count) mostOf.Add(tier3.Contains(r.Student) ? MostIntensive.Tier3 : MostIntensive.Extension);
            var response = r.Response switch
            {
                ResponseKind.Tier3 => MostIntensive.Tier3,
                ResponseKind.Referral => MostIntensive.Referral,
                ResponseKind.Tier2 => MostIntensive.Tier2,
                ResponseKind.WholeClass => MostIntensive.WholeClass,
                ResponseKind.None => MostIntensive.NotAssessed,
                _ => MostIntensive.Extension,
            };
            if (response < mostOf[at]) mostOf[at] = response;
        }
        var students = new Dictionary<MostIntensive, int>();
        foreach (var most in mostOf) students[most] = students.GetValueOrDefault(most) + 1;
        var roster = input.Roster;
        return new CycleCounts(
            Students: roster.Count, Teachers: roster.Teachers.Length, Sections: roster.Sections.Length, Targets: input.Unit.Targets.Length,
            Tier3: students.GetValueOrDefault(MostIntensive.Tier3),
            Referral: students.GetValueOrDefault(MostIntensive.Referral),
            Tier2: students.GetValueOrDefault(MostIntensive.Tier2),
            WholeClass: students.GetValueOrDefault(MostIntensive.WholeClass),
            NotAssessed: students.GetValueOrDefault(MostIntensive.NotAssessed),
            Extension: students.GetValueOrDefault(MostIntensive.Extension),
            Groups: plan.Groups.Count(g => g.Fits), DoesNotFit: plan.Groups.Count(g => !g.Fits));
    }

    /// <summary>A student's most intensive response, most intensive first: the order <see cref="Counts"/> picks by.</summary>
    private enum MostIntensive { Tier3, Referral, Tier2, WholeClass, NotAssessed, Extension }

    /// <summary>The students of a plan's rows, numbered in order of their first row, with a count per student.</summary>
    private sealed class StudentRows(int capacity)
    {
        private readonly Dictionary<StudentId, int> _number = new(capacity);

        public List<StudentId> Students { get; } = [];
        public List<int> Proficient { get; } = [];

        /// <summary>The student's number, given on their first row.</summary>
        public int Of(StudentId student)
        {
            if (_number.TryGetValue(student, out int at)) return at;
            _number.Add(student, at = Students.Count);
            Students.Add(student);
            Proficient.Add(0);
            return at;
        }
    }

    /// <summary>Question 2's count of one target's students.</summary>
    private sealed class TargetTally
    {
        public int Proficient;
        public int NotYetProficient;
        public int WithoutScore;
    }

    private static void CheckInput(UnitCycleInput input, ImmutableArray<TargetId> targetIds)
    {
        var seen = new HashSet<TargetId>();
        foreach (var target in input.Unit.Targets)
            Guard.Against.Unmet(seen.Add(target.Id), nameof(input), $"The unit \"{input.Unit.Name}\" lists target {Label(target)} twice.");
        var assessed = input.Blueprint.Targets.ToHashSet();
        foreach (var target in input.Unit.Targets)
            Guard.Against.Unmet(assessed.Contains(target.Id), nameof(input),
                $"The unit's target {Label(target)} is not covered by the assessment \"{input.Blueprint.Name}\": no item assesses it.");
        // Issue 18: scores come student by student, items in the blueprint's order, so a score's student is looked up only
        // when it changes and its item is first compared with the items expected (SequentialIds); the same checks.
        var items = new SequentialIds<ItemId>(input.Blueprint.Items.Select(i => i.Id));
        StudentId? onRoster = null;
        foreach (var score in input.ItemScores)
        {
            if (onRoster != score.Student && input.Roster.Contains(score.Student)) onRoster = score.Student;
            Guard.Against.Unmet(onRoster == score.Student, nameof(input),
                $"The item scores include student {score.Student} (item {score.Item}), who is not on the team's roster.");
            Guard.Against.Unmet(items.IndexOf(score.Item) >= 0, nameof(input),
                $"The item scores include item {score.Item} (student {score.Student}), which is not on the assessment \"{input.Blueprint.Name}\".");
        }
        foreach (var e in input.AdditionalEvidence)
            Guard.Against.Unmet(input.Roster.Contains(e.StudentId), nameof(input),
                $"The additional evidence includes student {e.StudentId} (target {e.TargetId}), who is not on the team's roster.");
        Guard.Against.Unmet(input.Scoring.Scale.Equals(input.Grading.Scale), nameof(input),
            $"The conversion table gives scores on {input.Scoring.Scale.Name} but grading uses {input.Grading.Scale.Name}.");
        var calendar = input.Calendar;
        Guard.Against.Unmet(input.NextCycleStart >= calendar.FirstDay && input.NextCycleStart <= calendar.LastDay, nameof(input),
            $"The next intervention cycle starts on {input.NextCycleStart:uuuu-MM-dd}, outside the calendar ({calendar.FirstDay:uuuu-MM-dd} to {calendar.LastDay:uuuu-MM-dd}).");
        if (!input.TierRules.EssentialTargets.IsEmpty)
            Guard.Against.Unmet(input.TierRules.EssentialTargets.ToHashSet().SetEquals(targetIds), nameof(input),
                $"The tiering rules' essential targets ({string.Join(", ", input.TierRules.EssentialTargets)}) are not the unit's targets ({string.Join(", ", targetIds)}).");
    }

    private static TierRules EffectiveRules(TierRules rules, ImmutableArray<TargetId> targets) =>
        !rules.EssentialTargets.IsEmpty
            ? rules
            : new TierRules(rules.ProficientCut, targets, rules.TargetCuts, rules.FarBelowCut, rules.Tier3WhenUnmetAtLeast, rules.Screening,
                rules.Tier3FromIntensiveScreening, rules.Tier2FromTargetedScreening);

    internal static string Label(EssentialTarget target) => TargetLabel.Of(target);
}
