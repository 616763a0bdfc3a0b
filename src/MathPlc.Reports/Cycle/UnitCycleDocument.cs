using MathPlc.Assessments;
using MathPlc.Core;
using MathPlc.CriticalQuestions;
using MathPlc.Interventions;
using MathPlc.Reports;

namespace MathPlc.Reports.Cycle;

/// <summary>
/// A unit cycle's report as a report document, in the order a team uses it: first the meeting agenda — one page with one
/// chart, the response per target, Tier 3, referrals, students not assessed, and three or four questions for the
/// discussion — then the detail, shorter: the four critical questions, the team actions, every discussion question, and
/// an appendix with every student's response. <see cref="UnitCycleReports"/> renders it as Markdown and as HTML.
/// </summary>
/// <remarks>
/// Teachers read target codes (<see cref="TargetLabel"/>), never internal or CASE identifiers. Every text is built here
/// from the report's structured data — values from input as plain runs the renderers escape — and every figure is written
/// by <see cref="Figures"/>, the formatter the discussion prompts use, so a prompt and its table read the same numbers.
/// A rate resting on fewer students than the minimum group size, or withheld so a small one cannot be recovered by
/// subtraction, shows neither its rate nor its count. Decision records 0070 and 0075.
/// </remarks>
public static class UnitCycleDocument
{
    /// <summary>The most discussion questions on the agenda.</summary>
    public const int AgendaPrompts = 4;

    /// <summary>The heading of the report's first section.</summary>
    public const string AgendaHeading = "Meeting agenda";

    /// <summary>Builds the document for a report.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static ReportDocument From(UnitCycleReport report)
    {
        Guard.Against.Null(report);
        var codes = Codes(report);
        return new ReportDocument($"{report.Unit} — {report.Team}",
        [
            Agenda(report), WhatToLearn(report, codes), HowWillWeKnow(report, codes), HowWillWeRespond(report), HowWillWeExtend(report),
            TeamActions(report), Prompts(report), Appendix(report),
        ], subtitle: $"{report.Assessment} of {Figures.Date(report.AssessedOn)} · next cycle from {Figures.Date(report.NextCycleStart)}");
    }

    /// <summary>The meeting agenda: the page a team works from in its meeting.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static ReportSection Agenda(UnitCycleReport report)
    {
        Guard.Against.Null(report);
        var plan = report.HowWillWeRespond.Plan;
        var c = report.Counts;
        var capacity = plan.Capacity;
        int days = plan.Rules.ReassessAfterDays;
        var blocks = new List<ReportBlock>
        {
            new ReportParagraph(ReportText.Of(
                ReportText.Strong(Figures.Whole(c.Students)), $" students, {Figures.Whole(c.Sections)} classes, {Figures.Whole(c.Teachers)} teachers. Next cycle ",
                ReportText.Strong(Figures.Date(plan.Start)), " to the reassessment on ", ReportText.Strong(Figures.Date(plan.ReassessOn)),
                $" ({Figures.Whole(days)} school days). Whole-class line: {Figures.Percent(plan.Rules.WholeClassAtLeast)} not yet. Groups: {Figures.Whole(capacity.Adults.Length)} adults × {Figures.Whole(capacity.Blocks.Length)} blocks ({string.Join(", ", capacity.Blocks.Select(b => b.ShortName))}).")),
            ClassChart(report),
            new ReportTable(["Target", "Not yet", "Response", "Extension"], plan.Targets.Select(t => (IEnumerable<string>)
                [t.Code, NotYet(t.NotYet, t.Proficient + t.NotYet), ResponseCell(t, plan), Figures.Whole(t.Extension)]),
                "What we do, target by target"),
            new ReportList(AgendaNotes(report)),
            new ReportSubheading("For discussion"),
        };
        var prompts = AgendaPromptsOf(report.Prompts);
        blocks.Add(prompts.IsEmpty
            ? new ReportParagraph("The data raises no particular question this time.")
            : new ReportList(prompts.Select(p => ReportText.Plain(p.Question))));
        return new ReportSection(AgendaHeading, blocks) { EndsPage = true };
    }

    /// <summary>
    /// The questions on the agenda: at most <see cref="AgendaPrompts"/>, one of each kind first (in the order of
    /// <see cref="PromptKind"/>), then the next ones in order.
    /// </summary>
    public static ImmutableArray<DiscussionPrompt> AgendaPromptsOf(ImmutableArray<DiscussionPrompt> prompts)
    {
        var first = prompts.GroupBy(p => p.Kind).OrderBy(g => g.Key).Select(g => g.First()).ToList();
        var chosen = first.Take(AgendaPrompts).ToHashSet();
        foreach (var p in prompts)
        {
            if (chosen.Count >= AgendaPrompts) break;
            chosen.Add(p);
        }
        return [.. prompts.Where(chosen.Contains)];
    }

    /// <summary>The most bars per target the agenda's chart draws: past it, classes are shown by teacher, and past that by team.</summary>
    public const int MostSeries = 8;

    private static GroupedBarChart ClassChart(UnitCycleReport report)
    {
        var plan = report.HowWillWeRespond.Plan;
        int minimum = report.HowWillWeKnow.MinimumGroupSize;
        var sections = plan.Classes.Select(c => (c.Section, c.Teacher)).Distinct().OrderBy(s => s.Section.Value, StringComparer.Ordinal).ToList();
        var teachers = sections.Select(s => s.Teacher).Distinct().OrderBy(t => t.Value, StringComparer.Ordinal).ToList();
        // One bar per class while they fit; otherwise per teacher (their classes together); otherwise the team.
        var groups = sections.Count <= MostSeries
            ? sections.Select(s => ($"{s.Section} {s.Teacher}", (Func<ClassDecision, bool>)(c => c.Section == s.Section))).ToList()
            : teachers.Count <= MostSeries
                ? teachers.Select(t => (t.Value, (Func<ClassDecision, bool>)(c => c.Teacher == t))).ToList()
                : [("Team", _ => true)];
        string by = sections.Count <= MostSeries ? "class" : teachers.Count <= MostSeries ? "teacher" : "team";
        var series = groups.Select(g => new ChartSeries(g.Item1, plan.Targets.Select(t =>
        {
            var classes = plan.Classes.Where(c => c.Target == t.Target && g.Item2(c)).ToList();
            int scored = classes.Sum(c => c.Proficient + c.NotYet), notYet = classes.Sum(c => c.NotYet);
            return scored >= minimum ? (double?)Math.Round(100.0 * notYet / scored, 1, MidpointRounding.AwayFromZero) : null;
        })));
        return new GroupedBarChart($"Not yet proficient, by target and {by}",
            $"Each {by}'s share not yet proficient; at or above the dashed line ({Figures.Percent(plan.Rules.WholeClassAtLeast)}) a class is retaught the target. No bar: under {Figures.Whole(minimum)} scored.",
            plan.Targets.Select(t => t.Code), series, valueAxisLabel: "Percent not yet", categoryAxisLabel: "Essential target")
        {
            ReferenceLine = new ChartReferenceLine(false, plan.Rules.WholeClassAtLeast * 100, $"whole-class line {Figures.Percent(plan.Rules.WholeClassAtLeast)}"),
        };
    }

    private static string ResponseCell(TargetResponse t, ResponsePlan plan)
    {
        var parts = new List<string>();
        if (t.WholeTeam) parts.Add("Reteach to every class");
        else if (!t.WholeClassSections.IsEmpty) parts.Add($"Reteach in {string.Join(", ", t.WholeClassSections)}");
        var groups = plan.Groups.Where(g => t.Groups.Contains(g.Id)).ToList();
        if (groups.Count > 0)
        {
            // Who leads which group when; a long list is cut after four groups (section 3 lists every group).
            const int Shown = 4;
            string list = string.Join("; ", groups.Take(Shown).Select(g => $"{g.Adult} {Days(g.Blocks)}"));
            if (groups.Count > Shown) list += $"; {Figures.Whole(groups.Count - Shown)} more in section 3";
            parts.Add($"{groups.Count} group{(groups.Count == 1 ? "" : "s")} ({Figures.Whole(groups.Sum(g => g.Students.Length))} students): {list}");
        }
        if (t.DoesNotFit > 0) parts.Add($"{Figures.Whole(t.DoesNotFit)} over capacity: reteach in class");
        return parts.Count == 0 ? (t.NotYet == 0 ? "None needed" : "—") : string.Join(". ", parts);
    }

    private static IEnumerable<ReportText> AgendaNotes(UnitCycleReport report)
    {
        var plan = report.HowWillWeRespond.Plan;
        yield return ReportText.Strong("Tier 3: ") + (plan.Tier3.IsEmpty
            ? ReportText.Plain(report.HowWillWeRespond.Plan.Groups.Length == 0 && !HasTier3Sources(report) ? "none — no screening or non-response data given." : HasTier3Sources(report) ? "none." : "none — no screening or non-response data given.")
            : ReportText.Plain(string.Join("; ", plan.Groups.Where(g => g.Kind == ResponseKind.Tier3).Select(g =>
                $"{string.Join(", ", g.Students)} in {g.Id} ({(g.Adult is { } a ? $"{a}, {Days(g.Blocks)}" : "the intervention team staffs it")})")) + $"; review on {Figures.Date(plan.Tier3ReviewOn)}."));
        yield return ReportText.Strong("Referrals: ") + (plan.Referrals.IsEmpty
            ? ReportText.Plain("none.")
            : ReportText.Plain($"{Ids(plan.Referrals.Select(r => r.Student), 8)} — not yet proficient on {(plan.Rules.ReferralCount(report.Counts.Targets) is { } n && n == report.Counts.Targets ? "any target" : $"{Figures.Whole(plan.Rules.ReferralCount(report.Counts.Targets) ?? 0)} or more targets")}: bring screening and diagnostic data to the intervention team."));
        yield return ReportText.Strong("Not assessed: ") + (plan.NotAssessed.IsEmpty
            ? ReportText.Plain("none.")
            : ReportText.Plain(NotAssessedList(plan) + $" — assess before {Figures.Date(plan.ReassessOn)}."));
        var unfit = plan.Groups.Where(g => !g.Fits && g.Kind == ResponseKind.Tier2).ToList();
        if (unfit.Count > 0)
            yield return ReportText.Strong("Does not fit: ") + ReportText.Plain(
                $"{Figures.Whole(unfit.Count)} Tier 2 group{(unfit.Count == 1 ? "" : "s")} ({Figures.Whole(unfit.Sum(g => g.Students.Length))} students) beyond {Figures.Whole(plan.Capacity.Adults.Length)} adults × {Figures.Whole(plan.Capacity.Blocks.Length)} blocks; their teachers reteach in class (Tier 1) unless we add an adult or a block.");
        yield return ReportText.Strong("Each student: ") + ReportText.Plain("plan.csv and the appendix.");
    }

    private static string NotAssessedList(ResponsePlan plan)
    {
        var absent = plan.NotAssessed.Where(n => n.Absent).Select(n => n.Student).ToList();
        var partly = plan.NotAssessed.Where(n => !n.Absent).ToList();
        var parts = new List<string>();
        if (absent.Count > 0) parts.Add($"absent {Ids(absent, 8)}");
        if (partly.Count > 0) parts.Add("no score on a target " + string.Join(", ", partly.Take(5).Select(n => $"{n.Student} ({string.Join(", ", n.TargetCodes)})"))
            + (partly.Count > 5 ? $" and {Figures.Whole(partly.Count - 5)} more" : ""));
        return string.Join("; ", parts);
    }

    private static bool HasTier3Sources(UnitCycleReport report) =>
        report.HowWillWeRespond.Plan.Responses.Any(r => r.Reason.Code.StartsWith("tier3", StringComparison.Ordinal)) || !report.HowWillWeRespond.Plan.Tier3.IsEmpty;

    // ---- 1. What is it we want our students to learn? ---------------------------------------------------------------

    private static ReportSection WhatToLearn(UnitCycleReport report, Func<TargetId, string> codes)
    {
        var q = report.WhatToLearn;
        var blocks = new List<ReportBlock>
        {
            new ReportTable(["Target", "Statement", "DOK", "Cognitive demand"],
                q.Targets.Select(t => (IEnumerable<string>)[TargetLabel.Of(t), t.Statement, t.Rigor.Depth is { } d ? Figures.Whole((int)d) : "", Words(t.Rigor.Demand)]),
                "The unit's essential targets"),
            new ReportParagraph($"Higher-level cognitive demand: {Share(q.TargetRigor.HigherLevelShare)} of the targets and {Share(q.AssessmentRigor.HigherLevelShare)} of the assessment's items " +
                $"({Figures.Decimal(q.Blueprint.TotalPoints)} points, about {Figures.Decimal(q.Blueprint.TotalMinutes)} minutes)."),
        };
        var concerns = q.Blueprint.Findings.Where(f => f.Severity == FindingSeverity.Concern).ToList();
        blocks.Add(concerns.Count == 0
            ? new ReportParagraph("The blueprint meets every check: targets covered with enough items and points, demand balanced, formats varied, time within the period, rubrics written.")
            : new ReportList(concerns.Select(f => ReportText.Strong("Concern — ") + ReportText.Plain(Finding(f, codes)))));
        return new ReportSection($"1. {CriticalQuestion.WhatToLearn.Wording()}", blocks);
    }

    /// <summary>A blueprint finding in words, from its data (target findings name the target by its code).</summary>
    private static string Finding(BlueprintFinding finding, Func<TargetId, string> codes)
    {
        var data = finding.Reason.Data;
        if (finding.Criterion == "targets" && data.TryGetValue("target", out var id))
        {
            string code = codes(new TargetId(id));
            string items = data.GetValueOrDefault("items", "0"), points = data.GetValueOrDefault("points", "0");
            return finding.Reason.Code switch
            {
                "target-not-assessed" => $"{code} has no item on the assessment.",
                "target-too-few-items" => $"{code} has {items} item(s), fewer than the team wants.",
                "target-too-few-points" => $"{code} is worth {Short(points)} point(s), fewer than the team wants.",
                _ => $"{code}: {items} items, {Short(points)} points.",
            };
        }
        return finding.Reason.Message;
    }

    // ---- 2. How will we know if each student has learned it? --------------------------------------------------------

    private static ReportSection HowWillWeKnow(UnitCycleReport report, Func<TargetId, string> codes)
    {
        var q = report.HowWillWeKnow;
        var rates = q.TeamData.Rates;
        var blocks = new List<ReportBlock>
        {
            new ReportTable(["Target", "Proficient", "Not yet", "No score", "Cut"],
                q.Targets.Select(t => (IEnumerable<string>)[codes(t.Target), Of(t.Proficient, t.Scored), NotYet(t.NotYetProficient, t.Scored),
                    Figures.Whole(t.WithoutScore), Figures.Decimal(t.Cut)]),
                "The team's results by target"),
        };

        var sections = rates.Where(r => r.Kind == Breakdown.Section).Select(r => r.Group).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var teacherOf = report.HowWillWeRespond.Plan.Classes.GroupBy(c => c.Section.Value).ToDictionary(g => g.Key, g => g.First().Teacher.Value);
        var wholeClass = report.HowWillWeRespond.Plan.Classes.Where(c => c.WholeClass).Select(c => (c.Target, c.Section.Value)).ToHashSet();
        blocks.Add(new ReportTable(["Target", .. sections.Select(s => teacherOf.TryGetValue(s, out var t) ? $"{s} ({t})" : s), "Team"],
            q.Targets.Select(t => (IEnumerable<string>)
            [
                codes(t.Target),
                .. sections.Select(s => RateCell(rates, t.Target, Breakdown.Section, s) + (wholeClass.Contains((t.Target, s)) ? " · reteach" : "")),
                Of(t.Proficient, t.Scored),
            ]),
            $"Proficient by class (· reteach: the class is retaught the target; — : not shown, fewer than {q.MinimumGroupSize} students or withheld so a small group cannot be recovered)"));

        var teachers = rates.Where(r => r.Kind == Breakdown.Teacher).Select(r => r.Group).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (teachers.Count > 1)
            blocks.Add(new ReportTable(["Target", .. teachers],
                q.Targets.Select(t => (IEnumerable<string>)
                [
                    codes(t.Target),
                    .. teachers.Select(teacher =>
                    {
                        var rate = RateCell(rates, t.Target, Breakdown.Teacher, teacher);
                        var comparison = q.TeamData.Teachers.FirstOrDefault(c => c.Target == t.Target && c.Group == teacher);
                        return rate + comparison?.Conclusion switch
                        {
                            ComparisonConclusion.ClearlyHigher => " ▲",
                            ComparisonConclusion.ClearlyLower => " ▼",
                            _ => "",
                        };
                    }),
                ]),
                "Whose students learned this best: each teacher's students proficient (▲ clearly above, ▼ clearly below the rest of the team: the 95% interval of the difference excludes 0)"));

        // One side of each comparison: a group against the rest of the team once, not both sides.
        var gaps = OneSide(q.TeamData.Gaps, rates).ToList();
        if (gaps.Count > 0)
            blocks.Add(new ReportTable(["Target", "Group", "Proficient", "Rest of team", "Difference", "Reading"],
                gaps.Select(g => (IEnumerable<string>)[codes(g.Target), g.Group, Rate(g.Rate), Rate(g.RestRate),
                    g.Difference.Value is { } d ? Figures.Points(d) : "—", Conclusion(g.Conclusion)]),
                "Student groups against the rest of the team"));

        if (q.ItemAnalysis is { } items)
        {
            blocks.Add(new ScatterChart("Item difficulty and discrimination",
                "Each item at its difficulty (share of points earned) and its discrimination (upper 27% minus lower 27%). Items below 0.2 deserve a look; a negative one may be miskeyed.",
                new ChartAxis("Difficulty (share of points earned)", 0, 1), new ChartAxis("Discrimination (upper − lower)", -0.5, 1),
                items.Items.Where(i => i.Difficulty.Value is not null && i.DiscriminationUpperLower.Value is not null)
                    .Select(i => new ScatterPoint(i.Item.Value, i.Difficulty.Value!.Value, Math.Clamp(i.DiscriminationUpperLower.Value!.Value, -0.5, 1))),
                [new ChartReferenceLine(false, 0.2, "0.2: review"), new ChartReferenceLine(false, 0, "0")]));
            var flagged = items.Items.Where(i => !i.Flags.IsEmpty).ToList();
            if (flagged.Count > 0)
                blocks.Add(new ReportTable(["Item", "Responses", "Difficulty", "Upper − lower", "Item-rest correlation", "Look at"],
                    flagged.Select(i => (IEnumerable<string>)[i.Item.Value, Figures.Whole(i.Responses), Stat(i.Difficulty), Stat(i.DiscriminationUpperLower),
                        Stat(i.PointBiserialCorrected), string.Join("; ", i.Flags.Select(f => FlagName(f.Code)))]),
                    "Items to look at"));
            var t = items.Test;
            blocks.Add(new ReportParagraph($"Reliability: Cronbach's alpha {Stat(t.CronbachAlpha)}, KR-20 {Stat(t.Kr20)}, standard error of measurement {Stat(t.Sem)} points " +
                $"({Figures.Whole(t.Students)} students, {Figures.Whole(t.Items)} items)."));
        }
        else blocks.Add(new ReportParagraph("No item scores: no item analysis."));
        return new ReportSection($"2. {CriticalQuestion.HowWillWeKnow.Wording()}", blocks);
    }

    /// <summary>For an attribute with two values, the smaller group only (the other is its mirror image); otherwise every group.</summary>
    private static IEnumerable<RateComparison> OneSide(ImmutableArray<RateComparison> gaps, ImmutableArray<ProficiencyRate> rates)
    {
        // A hidden group is not compared at all (decision 0076).
        foreach (var byTarget in gaps.Where(g => g.Conclusion != ComparisonConclusion.NotShown).GroupBy(g => g.Target))
            foreach (var byAttribute in byTarget.GroupBy(g => g.Group.Split('=')[0], StringComparer.OrdinalIgnoreCase))
            {
                var list = byAttribute.ToList();
                if (list.Count != 2)
                {
                    foreach (var g in list) yield return g;
                    continue;
                }
                int Size(RateComparison g) => rates.FirstOrDefault(r => r.Target == g.Target && r.Kind == Breakdown.StudentGroup && r.Group == g.Group)?.Students ?? int.MaxValue;
                yield return Size(list[0]) <= Size(list[1]) ? list[0] : list[1];
            }
    }

    // ---- 3. How will we respond when some students do not learn it? -------------------------------------------------

    private static ReportSection HowWillWeRespond(UnitCycleReport report)
    {
        var plan = report.HowWillWeRespond.Plan;
        var blocks = new List<ReportBlock>();
        var whole = plan.Targets.Where(t => !t.WholeClassSections.IsEmpty).ToList();
        blocks.Add(whole.Count == 0
            ? new ReportParagraph($"Tier 1: no class is at or above the whole-class line of {Figures.Percent(plan.Rules.WholeClassAtLeast)} on any target.")
            : new ReportList(whole.Select(t => ReportText.Strong($"Reteach {t.Code}: ") + ReportText.Plain(t.WholeTeam
                ? $"every class — {NotYet(t.NotYet, t.Proficient + t.NotYet)} of the team not yet, at or above {Figures.Percent(plan.Rules.WholeClassAtLeast)}."
                : string.Join(", ", plan.Classes.Where(c => c.Target == t.Target && c.WholeClass).Select(c => $"{c.Section} ({c.Teacher}, {NotYet(c.NotYet, c.Proficient + c.NotYet)})")) + "."))));

        var groups = plan.Groups;
        if (!groups.IsEmpty)
            blocks.Add(new ReportTable(["Group", "Works on", "Adult", "Blocks", "Sessions", "Until", "Students"],
                groups.Select(g => (IEnumerable<string>)[g.Id, g.Kind == ResponseKind.Tier3 ? g.Focus : g.TargetCode ?? g.Focus, g.Adult?.Value ?? "does not fit",
                    Days(g.Blocks), g.Sessions.IsEmpty ? "0" : $"{Figures.Whole(g.Sessions.Length)}, from {Figures.Date(g.Sessions[0])}",
                    Figures.Date(g.ReassessOn), string.Join(", ", g.Students)]),
                $"Tier 2 and Tier 3 groups, dated on the school calendar (Tier 2 reassessed on {Figures.Date(plan.ReassessOn)}, Tier 3 reviewed on {Figures.Date(plan.Tier3ReviewOn)})"));
        else blocks.Add(new ReportParagraph("No Tier 2 or Tier 3 group is needed this cycle."));

        blocks.Add(new ReportParagraph($"Capacity: {Figures.Whole(plan.SlotsUsed)} of {Figures.Whole(plan.Capacity.Slots)} group sessions a week used " +
            $"({Figures.Whole(plan.Capacity.Adults.Length)} adults: {string.Join(", ", plan.Capacity.Adults)}; blocks: {string.Join(", ", plan.Capacity.Blocks)}). " +
            "Each adult leads at most one group per block; each student is in one group at a time, on the first target not yet met (prerequisites first)."));

        var lists = new List<ReportText>();
        foreach (var t in plan.Tier3)
            lists.Add(ReportText.Strong($"Tier 3 {t.Student}: ") + ReportText.Plain(t.Reason.Message));
        if (plan.Tier3.IsEmpty)
            lists.Add(ReportText.Strong("Tier 3: ") + ReportText.Plain("none. A student enters Tier 3 only from universal screening (intensive band) or documented non-response to Tier 2, never from one common assessment."));
        foreach (var r in plan.Referrals)
            lists.Add(ReportText.Strong($"Referral {r.Student}: ") + ReportText.Plain(r.Reason.Message));
        foreach (var n in plan.NotAssessed)
            lists.Add(ReportText.Strong($"Not assessed {n.Student}: ") + ReportText.Plain(n.Reason.Message));
        foreach (var g in plan.Groups.Where(g => !g.Fits))
            lists.Add(ReportText.Strong($"{g.Id}: ") + ReportText.Plain(g.Reason.Message));
        foreach (var note in plan.Notes)
            lists.Add(ReportText.Strong("Note: ") + ReportText.Plain(note.Message));
        blocks.Add(new ReportList(lists));
        return new ReportSection($"3. {CriticalQuestion.RespondWhenNotLearned.Wording()}", blocks);
    }

    // ---- 4. How can we extend and enrich the learning? --------------------------------------------------------------

    private static ReportSection HowWillWeExtend(UnitCycleReport report)
    {
        var q = report.HowWillWeExtend;
        return new ReportSection($"4. {CriticalQuestion.ExtendWhenProficient.Wording()}",
        [
            new ReportTable(["Target", "Students", "Extension task (4.0)"],
                q.Targets.Select(t => (IEnumerable<string>)[t.Code, Figures.Whole(t.Students.Length), t.MoreComplex ?? "not written yet: the team chooses a more complex task"]),
                "Every student proficient on a target extends on it with their teacher while others are retaught it"),
            new ReportParagraph($"{Figures.Whole(q.EveryTarget.Length)} students are proficient on every target; who extends on what is in plan.csv and the appendix."),
        ]);
    }

    // ---- Team actions, prompts, appendix ----------------------------------------------------------------------------

    private static ReportSection TeamActions(UnitCycleReport report) => new("The team's high-leverage actions",
    [
        new ReportTable(["#", "Action", "The data shows", "Why"],
            report.TeamActions.Select(a => (IEnumerable<string>)[Figures.Whole((int)a.Action), a.Action.Wording(), StateName(a.State), string.Join(" ", a.Reasons.Select(r => r.Message))])),
    ]);

    private static ReportSection Prompts(UnitCycleReport report) => new("Questions for the team's discussion",
    [
        report.Prompts.IsEmpty
            ? new ReportParagraph("The data raises no particular question this time.")
            : new ReportList(report.Prompts.Select(p => ReportText.Plain(p.Question))),
    ]);

    private static ReportSection Appendix(UnitCycleReport report)
    {
        var plan = report.HowWillWeRespond.Plan;
        var targets = plan.Targets;
        var byStudent = plan.Responses.GroupBy(r => r.Student).ToList();
        var blocks = new List<ReportBlock>
        {
            new ReportParagraph("Each cell: the response on the target (extension, class = whole-class reteach, the Tier 2 or Tier 3 group, next = Tier 2 after the reassessment, referral, none = not assessed). The reason for every cell is in plan.csv."),
            new ReportTable(["Student", "Class", .. targets.Select(t => t.Code)],
                byStudent.Select(rows => (IEnumerable<string>)[rows.Key.Value, rows.First().Section.Value, .. rows.Select(Short)]),
                "Every student's response"),
        };
        var unusual = plan.Responses.Where(r => r.Response is ResponseKind.Tier3 or ResponseKind.Referral or ResponseKind.None || r.Reason.Code is "over-capacity" or "next-cycle").ToList();
        if (unusual.Count > 0)
            blocks.Add(new ReportTable(["Student", "Target", "Response", "Why"],
                unusual.Select(r => (IEnumerable<string>)[r.Student.Value, r.TargetCode, r.Response.Name(), r.Reason.Message]),
                "The reasons behind Tier 3, referral, not assessed, over capacity and next cycle"));
        return new ReportSection("Appendix: every student's response", blocks);
    }

    private static string Short(StudentResponse r) => r.Response switch
    {
        ResponseKind.Extension => "extension",
        ResponseKind.WholeClass => r.Reason.Code == "over-capacity" ? "class (over capacity)" : "class",
        ResponseKind.Tier2 => r.GroupId ?? "next",
        ResponseKind.Tier3 => r.GroupId ?? "tier3",
        ResponseKind.Referral => "referral",
        _ => "none",
    };

    // ---- formatting -------------------------------------------------------------------------------------------------

    private static Func<TargetId, string> Codes(UnitCycleReport report)
    {
        var labels = report.WhatToLearn.Targets.ToDictionary(t => t.Id, TargetLabel.Of);
        return id => labels.TryGetValue(id, out var label) ? label : id.Value;
    }

    private static string NotYet(int notYet, int scored) => scored == 0 ? "no scores" : $"{Figures.Whole(notYet)} of {Figures.Whole(scored)} ({Figures.Percent((double)notYet / scored)})";

    private static string Of(int count, int scored) => scored == 0 ? "no scores" : $"{Figures.Whole(count)} of {Figures.Whole(scored)} ({Figures.Percent((double)count / scored)})";

    private static string RateCell(ImmutableArray<ProficiencyRate> rates, TargetId target, Breakdown kind, string group) =>
        rates.FirstOrDefault(r => r.Target == target && r.Kind == kind && r.Group == group) is { Proficient: { } x } r && r.Rate.Value is not null
            ? Of(x, r.Students)
            : "—";

    private static string Ids(IEnumerable<StudentId> ids, int most)
    {
        var list = ids.ToList();
        return string.Join(", ", list.Take(most)) + (list.Count > most ? $" and {Figures.Whole(list.Count - most)} more" : "");
    }

    private static string Days(ImmutableArray<InterventionBlock> blocks) => blocks.IsEmpty ? "—" : string.Join(", ", blocks.Select(b => b.ShortName));

    private static string Words<TEnum>(TEnum? value) where TEnum : struct, Enum =>
        value is { } v ? string.Concat(v.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString())) : "";

    private static string Short(string number) =>
        double.TryParse(number, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double v) ? Figures.Decimal(v) : number;

    private static string Share(double? share) => share is { } s ? Figures.Percent(s) : "no tagged tasks";

    private static string Stat(StatisticValue value) => value.Value is { } v ? Figures.Decimal(v) : "—";

    private static string Rate(StatisticValue rate) => rate.Value is { } v ? Figures.Percent(v) : "—";

    private static string Conclusion(ComparisonConclusion conclusion) => conclusion switch
    {
        ComparisonConclusion.ClearlyHigher => "clearly above",
        ComparisonConclusion.ClearlyLower => "clearly below",
        ComparisonConclusion.NotDistinguishable => "cannot tell apart",
        _ => "not shown",
    };

    private static string FlagName(string code) => code switch
    {
        "too-easy" => "too easy",
        "too-hard" => "too hard",
        "negative-discrimination" => "negative discrimination: check the key",
        "weak-discrimination" => "weak discrimination",
        "no-variance" => "every student scored the same",
        _ => code,
    };

    private static string StateName(TeamActionState state) => state switch
    {
        TeamActionState.Done => "done",
        TeamActionState.Missing => "missing",
        _ => "not in the data",
    };
}
