using System.Globalization;
using MathPlc.Assessments;
using MathPlc.Core;
using MathPlc.CriticalQuestions;
using MathPlc.Interop.Reports;
using MathPlc.Interventions;
using NodaTime;
using NodaTime.Text;
using AssessmentGroupKind = MathPlc.Assessments.GroupKind;

namespace MathPlc.Interop.CycleReports;

/// <summary>
/// A unit cycle's report as a report document: the four critical questions answered in order, each with its tables,
/// charts and reasons, then the team actions and the prompts for the team's discussion. <see cref="UnitCycleReports"/>
/// renders it as Markdown and as one self-contained HTML page with SVG charts.
/// </summary>
/// <remarks>
/// The three charts: proficiency by target and teacher (percent of each teacher's students with a score who are at or
/// above the cut), the students in each tier of support and in extension, and each item's difficulty against its
/// upper-lower discrimination. A rate that rests on fewer students than the minimum group size is shown as hidden, never
/// as a number. Decision record <c>docs/decisions/0070-unit-cycle-report-formats.md</c>.
/// </remarks>
public static class UnitCycleDocument
{
    /// <summary>Builds the document for a report.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static ReportDocument From(UnitCycleReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new ReportDocument($"{report.Unit} — {report.Team}",
        [
            AtAGlance(report), WhatToLearn(report), HowWillWeKnow(report), HowWillWeRespond(report), HowWillWeExtend(report),
            TeamActions(report), Prompts(report),
        ], subtitle: $"{report.Assessment} of {Date(report.AssessedOn)} · next intervention cycle from {Date(report.NextCycleStart)}");
    }

    private static ReportSection AtAGlance(UnitCycleReport report)
    {
        var c = report.Counts;
        var know = report.HowWillWeKnow;
        var label = Labels(report);
        var targets = report.WhatToLearn.Targets.Select(t => t.Id).ToArray();
        var rates = know.TeamData.Rates;
        var teachers = rates.Where(r => r.Kind == AssessmentGroupKind.Teacher).Select(r => r.Group).Distinct(StringComparer.Ordinal).ToArray();
        var blocks = new List<ReportBlock>
        {
            new ReportParagraph($"**{c.Students}** students in **{c.Sections}** sections with **{c.Teachers}** teachers; **{c.Targets}** essential targets."),
            new ReportList([
                $"Tier 3 (intensive support): **{c.Tier3}**",
                $"Tier 2 (targeted support): **{c.Tier2}**",
                $"Core instruction: **{c.Core}**",
                $"Extension (proficient on every target): **{c.Extension}**",
                $"Without a score on some target: **{c.WithoutEvidence}** (counted in their tier as well)",
                $"Groups formed: **{c.Groups}**; students who could not be placed: **{c.Unplaced}**",
            ]),
            new GroupedBarChart("Students proficient by target and teacher",
                $"Question 2: percent of each teacher's students with a score who are at or above the cut on each essential target. A teacher with fewer than {know.MinimumGroupSize} scored students on a target has no bar.",
                targets.Select(label),
                teachers.Select(teacher => new ChartSeries(teacher, targets.Select(t => RateOf(rates, t, AssessmentGroupKind.Teacher, teacher)))),
                categoryAxisLabel: "Essential target"),
            new CountBarChart("Students by tier of support",
                "Questions 3 and 4: how many students need intensive support (Tier 3), targeted support on some targets (Tier 2), core instruction only, or are ready for extension.",
                [new ChartBar("Tier 3", c.Tier3, 3), new ChartBar("Tier 2", c.Tier2, 1), new ChartBar("Core", c.Core, 2), new ChartBar("Extension", c.Extension, 0)]),
        };
        if (know.ItemAnalysis is { } items)
            blocks.Add(new ScatterChart("Item difficulty and discrimination",
                "Question 2: each item at its difficulty (share of points earned) and its discrimination (upper 27 % minus lower 27 %). Items below 0.2 deserve a look; a negative one may be miskeyed.",
                new ChartAxis("Difficulty (share of points earned)", 0, 1), new ChartAxis("Discrimination (upper − lower)", -0.5, 1),
                items.Items.Where(i => i.Difficulty.Value is not null && i.DiscriminationUpperLower.Value is not null)
                    .Select(i => new ScatterPoint(i.Item.Value, i.Difficulty.Value!.Value, Math.Clamp(i.DiscriminationUpperLower.Value!.Value, -0.5, 1))),
                [new ChartReferenceLine(false, 0.2, "0.2: review"), new ChartReferenceLine(false, 0, "0")]));
        return new ReportSection("At a glance", blocks);
    }

    private static ReportSection WhatToLearn(UnitCycleReport report)
    {
        var q = report.WhatToLearn;
        var label = Labels(report);
        var blocks = new List<ReportBlock>
        {
            new ReportTable(["Target", "Statement", "DOK", "Cognitive demand", "Aspects of rigor"],
                q.Targets.Select(t => (IEnumerable<string>)[label(t.Id), t.Statement,
                    t.Rigor.Depth is { } d ? ((int)d).ToString(CultureInfo.InvariantCulture) : "", Words(t.Rigor.Demand),
                    string.Join(", ", t.Rigor.Aspects.Select(a => Words<RigorAspect>(a)))]), "The unit's essential targets"),
            new ReportParagraph($"Rigor of the targets: {Share(q.TargetRigor.HigherLevelShare)} at a higher level of cognitive demand. " +
                $"Rigor of the assessment's items: {Share(q.AssessmentRigor.HigherLevelShare)} at a higher level."),
        };
        var rigorReasons = q.TargetRigor.Reasons.Select(r => "Targets: " + r.Message).Concat(q.AssessmentRigor.Reasons.Select(r => "Items: " + r.Message)).ToArray();
        if (rigorReasons.Length > 0) blocks.Add(new ReportList(rigorReasons));
        var blueprint = q.Blueprint;
        blocks.Add(new ReportTable(["Target", "Essential", "Items", "Points", "Share of points"],
            blueprint.Coverage.Select(t => (IEnumerable<string>)[label(t.Target), t.IsEssential ? "yes" : "no",
                Whole(t.Items), Number(t.Points), Percent(t.ShareOfPoints)]),
            $"The common assessment's blueprint: {Number(blueprint.TotalPoints)} points, about {Number(blueprint.TotalMinutes)} minutes"));
        blocks.Add(new ReportList(blueprint.Findings.Select(f => $"**{(f.Severity == FindingSeverity.Met ? "Met" : "Concern")}** — {f.Criterion}: {f.Reason.Message}")));
        return new ReportSection($"1. {CriticalQuestion.WhatToLearn.Wording()}", blocks);
    }

    private static ReportSection HowWillWeKnow(UnitCycleReport report)
    {
        var q = report.HowWillWeKnow;
        var label = Labels(report);
        var targets = report.WhatToLearn.Targets.Select(t => t.Id).ToArray();
        var rates = q.TeamData.Rates;
        var teachers = rates.Where(r => r.Kind == AssessmentGroupKind.Teacher).Select(r => r.Group).Distinct(StringComparer.Ordinal).ToArray();
        var blocks = new List<ReportBlock>
        {
            new ReportTable(["Target", "Proficient", "Not yet", "No score", "Cut", "Rate"],
                q.Targets.Select(t => (IEnumerable<string>)[label(t.Target), Whole(t.Proficient), Whole(t.NotYetProficient), Whole(t.WithoutScore),
                    Number(t.Cut), t.ProficientShare is { } s ? Percent(s) : "no scores"]), "The team's results by target"),
            new ReportTable(["Target", "By", "Group", "Students", "Proficient", "Rate", "95% interval"],
                rates.Where(r => r.Kind != AssessmentGroupKind.Team).Select(r => (IEnumerable<string>)[label(r.Target), Kind(r.Kind), r.Group, Whole(r.Students),
                    r.Proficient is { } p ? Whole(p) : "hidden", Rate(r.Rate, q.MinimumGroupSize), Interval(r.Lower, r.Upper)]),
                $"Proficiency rates by teacher, section and student group (groups under {q.MinimumGroupSize} students hidden)"),
        };
        if (!q.TeamData.Teachers.IsEmpty)
            blocks.Add(new ReportTable(["Target", "Teacher", "Rate", "Rest of team", "Difference", "95% interval", "Conclusion"],
                q.TeamData.Teachers.Select(c => (IEnumerable<string>)[label(c.Target), c.Group, Rate(c.Rate, q.MinimumGroupSize), Rate(c.RestRate, q.MinimumGroupSize),
                    c.Difference.Value is { } d ? Points(d) : "—", Interval(c.Lower, c.Upper), c.Reason.Message]),
                "Whose students learned this best: each teacher's students against the rest of the team"));
        if (!q.TeamData.Gaps.IsEmpty)
            blocks.Add(new ReportTable(["Target", "Group", "Rate", "Rest of team", "Difference", "Conclusion"],
                q.TeamData.Gaps.Select(c => (IEnumerable<string>)[label(c.Target), c.Group, Rate(c.Rate, q.MinimumGroupSize), Rate(c.RestRate, q.MinimumGroupSize),
                    c.Difference.Value is { } d ? Points(d) : "—", c.Reason.Message]), "Student groups against the rest of the team"));
        if (q.ItemAnalysis is { } items)
        {
            blocks.Add(new ReportTable(["Item", "Responses", "Difficulty", "Discrimination", "Item-rest correlation", "Flags"],
                items.Items.Select(i => (IEnumerable<string>)[i.Item.Value, Whole(i.Responses), Stat(i.Difficulty), Stat(i.DiscriminationUpperLower),
                    Stat(i.PointBiserialCorrected), string.Join("; ", i.Flags.Select(f => f.Message))]), "Item analysis"));
            var t = items.Test;
            blocks.Add(new ReportParagraph($"Reliability: Cronbach's alpha {Stat(t.CronbachAlpha)}, KR-20 {Stat(t.Kr20)}, standard error of measurement {Stat(t.Sem)} points " +
                $"({Whole(t.Students)} students, {Whole(t.Items)} items, mean total {Number(t.MeanTotal)})."));
        }
        else blocks.Add(new ReportParagraph("No item scores: no item analysis."));
        return new ReportSection($"2. {CriticalQuestion.HowWillWeKnow.Wording()}", blocks);
    }

    private static ReportSection HowWillWeRespond(UnitCycleReport report)
    {
        var q = report.HowWillWeRespond;
        var c = report.Counts;
        var label = Labels(report);
        var blocks = new List<ReportBlock>();
        var needing = q.Decisions.Where(d => d.Tier != Tier.Core).ToArray();
        blocks.Add(needing.Length == 0
            ? new ReportParagraph("No student needs Tier 2 or Tier 3 support on this unit.")
            : new ReportTable(["Student", "Tier", "Targets not yet met", "Reasons"],
                needing.Select(d => (IEnumerable<string>)[d.StudentId.Value, TierName(d.Tier), string.Join(", ", d.UnmetTargets.Select(label)), Reasons(d.Reasons)]),
                "Students who need support, with the reasons"));
        var groups = q.Groups;
        if (!groups.IsEmpty)
            blocks.Add(GroupTable(groups, label, "Intervention groups by target"));
        if (!q.Sessions.IsEmpty)
            blocks.Add(new ReportTable(["Group", "Tier", "Sessions", "First", "Last", "Minutes in all", "Progress checks", "Reviews"],
                q.Sessions.Select(s => (IEnumerable<string>)[s.Plan.GroupId ?? "", TierName(s.Plan.Tier), Whole(s.Sessions.Length),
                    s.Sessions.IsEmpty ? "" : Date(s.Sessions[0]), s.Sessions.IsEmpty ? "" : Date(s.Sessions[^1]), Whole(s.TotalMinutes),
                    string.Join(", ", s.MonitoringDates.Select(Date)), string.Join(", ", s.ReviewDates.Select(Date))]),
                "The next intervention cycle, dated on the school calendar"));
        if (!q.WithoutEvidence.IsEmpty)
            blocks.Add(new ReportParagraph($"No score on some target (reassess): {string.Join(", ", q.WithoutEvidence)}."));
        if (!q.Unplaced.IsEmpty)
            blocks.Add(new ReportList(q.Unplaced.Select(u => $"Not placed: {u.StudentId} ({(u.Target is { } t ? label(t) : "no target")}): {u.Reason.Message}")));
        return new ReportSection($"3. {CriticalQuestion.RespondWhenNotLearned.Wording()}", blocks);
    }

    private static ReportSection HowWillWeExtend(UnitCycleReport report)
    {
        var q = report.HowWillWeExtend;
        var blocks = new List<ReportBlock>
        {
            new ReportParagraph(q.Students.IsEmpty
                ? "No student is proficient on every essential target yet."
                : $"**{q.Students.Length}** students are proficient on every essential target: {string.Join(", ", q.Students)}."),
        };
        if (!q.Groups.IsEmpty) blocks.Add(GroupTable(q.Groups, Labels(report), "Extension groups"));
        if (!q.Unplaced.IsEmpty)
            blocks.Add(new ReportList(q.Unplaced.Select(u => $"Not placed: {u.StudentId}: {u.Reason.Message}")));
        return new ReportSection($"4. {CriticalQuestion.ExtendWhenProficient.Wording()}", blocks);
    }

    private static ReportSection TeamActions(UnitCycleReport report) => new("The team's high-leverage actions",
    [
        new ReportTable(["#", "When", "Action", "What the data shows", "Why"],
            report.TeamActions.Select(a => (IEnumerable<string>)[Whole((int)a.Action), PhaseName(a.Phase), a.Action.Wording(), StateName(a.State), Reasons(a.Reasons)])),
    ]);

    private static ReportSection Prompts(UnitCycleReport report) => new("Questions for the team's discussion",
    [
        report.Prompts.IsEmpty
            ? new ReportParagraph("The data raises no particular question this time.")
            : new ReportList(report.Prompts.Select(p => p.Evidence.Data.IsEmpty ? p.Question
                : $"{p.Question} ({string.Join(", ", p.Evidence.Data.Select(kv => $"{kv.Key} {Short(kv.Value)}"))})")),
    ]);

    private static ReportTable GroupTable(IEnumerable<InterventionGroup> groups, Func<TargetId, string> label, string caption) =>
        new(["Group", "Kind", "Target", "Students", "Who", "Why"],
            groups.Select(g => (IEnumerable<string>)[g.Id, Grouping.Name(g.Kind), g.Target is { } t ? label(t) : "", Whole(g.Students.Length),
                string.Join(", ", g.Students), g.Reason.Message]), caption);

    private static double? RateOf(IEnumerable<ProficiencyRate> rates, TargetId target, AssessmentGroupKind kind, string group) =>
        rates.FirstOrDefault(r => r.Target == target && r.Kind == kind && r.Group == group)?.Rate.Value is { } v ? v * 100 : null;

    /// <summary>How a target is named in tables and charts: its code without the <c>CCSS.Math.Content.</c> prefix, or its id.</summary>
    internal static Func<TargetId, string> Labels(UnitCycleReport report)
    {
        var labels = report.WhatToLearn.Targets.ToDictionary(t => t.Id, t => t.Code is { } code
            ? (code.StartsWith("CCSS.Math.Content.", StringComparison.Ordinal) ? code["CCSS.Math.Content.".Length..] : code)
            : t.Id.Value);
        return id => labels.TryGetValue(id, out var label) ? label : id.Value;
    }

    private static string Words<TEnum>(TEnum? value) where TEnum : struct, Enum =>
        value is { } v ? string.Concat(v.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString())) : "";

    /// <summary>A number in a reason's data at three decimals at most, for reading; other text as it is (the JSON keeps full precision).</summary>
    private static string Short(string value) =>
        value.Contains('.', StringComparison.Ordinal) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double number)
            ? Math.Round(number, 3, MidpointRounding.AwayFromZero).ToString("0.###", CultureInfo.InvariantCulture)
            : value;

    internal static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string Whole(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);

    private static string Percent(double share) => Number(share * 100) + "%";

    private static string Points(double difference) => (difference >= 0 ? "+" : "") + Number(difference * 100) + " points";

    private static string Share(double? share) => share is { } s ? Percent(s) : "no tagged tasks";

    private static string Stat(StatisticValue value) => value.Value is { } v ? Number(v) : "—";

    private static string Rate(StatisticValue rate, int minimum) => rate.Value is { } v ? Percent(v) : $"hidden (under {minimum})";

    private static string Interval(double? lower, double? upper) => lower is { } l && upper is { } u ? $"{Percent(l)}–{Percent(u)}" : "";

    private static string Reasons(IEnumerable<Reason> reasons) => string.Join(" ", reasons.Select(r => r.Message));

    private static string Kind(AssessmentGroupKind kind) => kind switch
    {
        AssessmentGroupKind.Teacher => "teacher",
        AssessmentGroupKind.Section => "section",
        AssessmentGroupKind.StudentGroup => "student group",
        _ => "team",
    };

    internal static string TierName(Tier tier) => tier switch
    {
        Tier.Tier3 => "Tier 3",
        Tier.Tier2 => "Tier 2",
        _ => "Core",
    };

    private static string PhaseName(UnitPhase phase) => phase switch
    {
        UnitPhase.BeforeUnit => "before",
        UnitPhase.DuringUnit => "during",
        _ => "after",
    };

    private static string StateName(TeamActionState state) => state switch
    {
        TeamActionState.Done => "done",
        TeamActionState.Missing => "missing",
        _ => "not in the data",
    };
}
