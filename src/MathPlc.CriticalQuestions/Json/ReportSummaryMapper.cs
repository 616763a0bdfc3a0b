using MathPlc.Core;

namespace MathPlc.CriticalQuestions.Json;

/// <summary>Maps a read <c>report.json</c> contract to its <see cref="UnitCycleReportSummary"/>, listing every problem (decision 0145).</summary>
internal static class ReportSummaryMapper
{
    private const string InvalidCode = "invalid-report";

    private static readonly string[] ReportMembers = ["team", "unit", "assessment", "assessedOn", "nextCycleStart", "counts", "whatToLearn", "howWillWeKnow",
        "howWillWeRespond", "howWillWeExtend", "teamActions", "prompts", "texts"];
    private static readonly string[] CountMembers = ["students", "teachers", "sections", "targets", "tier3", "referral", "tier2", "wholeClass", "notAssessed",
        "extension", "groups", "doesNotFit"];
    private static readonly string[] TargetMembers = ["targetId", "code", "proficient", "notYetProficient", "withoutScore", "cut", "proficientShare"];
    private static readonly string[] ExtendMembers = ["question", "targets", "everyTarget"];
    private static readonly string[] ExtensionMembers = ["targetId", "targetCode", "moreComplex", "students"];
    private static readonly string[] ActionMembers = ["number", "action", "wording", "phase", "state", "reasons"];
    private static readonly string[] PromptMembers = ["kind", "question", "evidence"];
    private static readonly string[] DistrictMembers = ["district", "teams"];
    private static readonly string[] TeamMembers = ["teamId", "report"];

    private static readonly JsonChoice<HighLeverageTeamAction> Actions = new("unknown-team-action", "a high-leverage team action");
    private static readonly JsonChoice<UnitPhase> Phases = new("unknown-unit-phase", "a phase of the unit");
    private static readonly JsonChoice<TeamActionState> States = new("unknown-team-action-state", "a team action's state");
    private static readonly JsonChoice<PromptKind> Kinds = new("unknown-prompt-kind", "a kind of discussion prompt");

    public static DistrictCycleSummary? ToDistrict(DistrictReportContract c, JsonProblems problems)
    {
        const string path = JsonPath.Root;
        problems.Unknown(c.Unknown, path, DistrictMembers);
        var teams = JsonItems.Map(c.Teams, JsonPath.Property(path, "teams"), problems, ToTeam);
        return problems.Present(path, ("district", c.District is not null), ("teams", c.Teams is not null)) && teams is not null
            ? new DistrictCycleSummary(c.District!, teams.Value)
            : null;
    }

    private static TeamCycleSummary? ToTeam(TeamReportContract c, string path, JsonProblems problems)
    {
        problems.Unknown(c.Unknown, path, TeamMembers);
        var report = c.Report is { } r ? ToSummary(r, JsonPath.Property(path, "report"), problems) : null;
        return problems.Present(path, ("teamId", c.TeamId is not null), ("report", c.Report is not null)) && report is not null
            ? new TeamCycleSummary(c.TeamId!, report)
            : null;
    }

    public static UnitCycleReportSummary? ToSummary(ReportContract c, string path, JsonProblems problems)
    {
        problems.Unknown(c.Unknown, path, ReportMembers);
        var assessedOn = problems.Date(c.AssessedOn, JsonPath.Property(path, "assessedOn"));
        var nextCycleStart = problems.Date(c.NextCycleStart, JsonPath.Property(path, "nextCycleStart"));
        var counts = c.Counts is { } k ? ToCounts(k, JsonPath.Property(path, "counts"), problems) : null;
        string know = JsonPath.Property(path, "howWillWeKnow");
        var targets = c.HowWillWeKnow is { } q ? JsonItems.Map(q.Targets, JsonPath.Property(know, "targets"), problems, ToTarget) : null;
        RowTableCheck.Check(c.HowWillWeKnow?.Evidence, JsonPath.Property(know, "evidence"), problems);
        RowTableCheck.Check(c.HowWillWeKnow?.Proficiency, JsonPath.Property(know, "proficiency"), problems);
        RowTableCheck.Check(c.HowWillWeRespond?.Responses, JsonPath.Property(JsonPath.Property(path, "howWillWeRespond"), "responses"), problems);
        if (c.HowWillWeKnow is { Targets: null }) problems.Present(know, ("targets", false));
        var extend = c.HowWillWeExtend is { } x ? ToExtend(x, JsonPath.Property(path, "howWillWeExtend"), problems) : null;
        var actions = JsonItems.Map(c.TeamActions, JsonPath.Property(path, "teamActions"), problems, ToAction);
        var prompts = JsonItems.Map(c.Prompts, JsonPath.Property(path, "prompts"), problems, ToPrompt);
        bool present = problems.Present(path, ("team", c.Team is not null), ("unit", c.Unit is not null), ("assessment", c.Assessment is not null),
            ("assessedOn", c.AssessedOn is not null), ("nextCycleStart", c.NextCycleStart is not null), ("counts", c.Counts is not null),
            ("howWillWeKnow", c.HowWillWeKnow is not null), ("howWillWeExtend", c.HowWillWeExtend is not null), ("teamActions", c.TeamActions is not null),
            ("prompts", c.Prompts is not null));
        if (!present || assessedOn is null || nextCycleStart is null || counts is null || targets is null || extend is null || actions is null || prompts is null)
            return null;
        return new UnitCycleReportSummary(c.Team!, c.Unit!, c.Assessment!, assessedOn.Value, nextCycleStart.Value, counts, targets.Value, extend, actions.Value, prompts.Value);
    }

    private static CycleCounts? ToCounts(CountsContract c, string path, JsonProblems problems)
    {
        problems.Unknown(c.Unknown, path, CountMembers);
        double?[] values = [c.Students, c.Teachers, c.Sections, c.Targets, c.Tier3, c.Referral, c.Tier2, c.WholeClass, c.NotAssessed, c.Extension, c.Groups, c.DoesNotFit];
        var n = values.Select((v, i) => Whole(v, path, CountMembers[i], problems)).ToArray();
        if (!problems.Present(path, [.. CountMembers.Select((m, i) => (m, values[i] is not null))])) return null;
        if (n.Any(v => v is null)) return null;
        return problems.Build(path, InvalidCode, CountMembers, () => new CycleCounts(n[0]!.Value, n[1]!.Value, n[2]!.Value, n[3]!.Value, n[4]!.Value, n[5]!.Value,
            n[6]!.Value, n[7]!.Value, n[8]!.Value, n[9]!.Value, n[10]!.Value, n[11]!.Value));
    }

    private static int? Whole(double? value, string path, string member, JsonProblems problems) => problems.WholeNumber(value, JsonPath.Property(path, member));

    private static TargetSummary? ToTarget(TargetSummaryContract c, string path, JsonProblems problems)
    {
        problems.Unknown(c.Unknown, path, TargetMembers);
        var target = problems.Identifier<TargetId>(c.TargetId, JsonPath.Property(path, "targetId"));
        var proficient = Whole(c.Proficient, path, "proficient", problems);
        var notYet = Whole(c.NotYetProficient, path, "notYetProficient", problems);
        var without = Whole(c.WithoutScore, path, "withoutScore", problems);
        if (!problems.Present(path, ("targetId", c.TargetId is not null), ("proficient", c.Proficient is not null), ("notYetProficient", c.NotYetProficient is not null),
                ("withoutScore", c.WithoutScore is not null), ("cut", c.Cut is not null))
            || target is null || proficient is null || notYet is null || without is null)
            return null;
        return problems.Build(path, InvalidCode, TargetMembers, () => new TargetSummary(target.Value, c.Code, proficient.Value, notYet.Value, without.Value, c.Cut!.Value));
    }

    private static HowWillWeExtendAnswer? ToExtend(HowWillWeExtendContract c, string path, JsonProblems problems)
    {
        problems.Unknown(c.Unknown, path, ExtendMembers);
        var targets = JsonItems.Map(c.Targets, JsonPath.Property(path, "targets"), problems, ToExtension);
        var every = problems.Identifiers<StudentId>(c.EveryTarget, JsonPath.Property(path, "everyTarget"));
        return problems.Present(path, ("targets", c.Targets is not null), ("everyTarget", c.EveryTarget is not null)) && targets is not null && every is not null
            ? new HowWillWeExtendAnswer(targets.Value, every.Value)
            : null;
    }

    private static TargetExtension? ToExtension(ExtensionContract c, string path, JsonProblems problems)
    {
        problems.Unknown(c.Unknown, path, ExtensionMembers);
        var target = problems.Identifier<TargetId>(c.TargetId, JsonPath.Property(path, "targetId"));
        var students = problems.Identifiers<StudentId>(c.Students, JsonPath.Property(path, "students"));
        return problems.Present(path, ("targetId", c.TargetId is not null), ("targetCode", c.TargetCode is not null), ("students", c.Students is not null))
            && target is not null && students is not null
            ? new TargetExtension(target.Value, c.TargetCode!, c.MoreComplex, students.Value)
            : null;
    }

    private static TeamActionStatus? ToAction(TeamActionContract c, string path, JsonProblems problems)
    {
        problems.Unknown(c.Unknown, path, ActionMembers);
        var action = Actions.Parse(problems, c.Action, JsonPath.Property(path, "action"));
        var phase = Phases.Parse(problems, c.Phase, JsonPath.Property(path, "phase"));
        var state = States.Parse(problems, c.State, JsonPath.Property(path, "state"));
        var number = Whole(c.Number, path, "number", problems);
        var reasons = JsonItems.Map(c.Reasons, JsonPath.Property(path, "reasons"), problems, ReasonJsonMapper.ToValue);
        if (!problems.Present(path, ("number", c.Number is not null), ("action", c.Action is not null), ("phase", c.Phase is not null),
                ("state", c.State is not null), ("reasons", c.Reasons is not null))
            || action is null || phase is null || state is null || number is null || reasons is null)
            return null;
        if (number != (int)action.Value)
        {
            problems.Add(InvalidCode, JsonPath.Property(path, "number"), $"{number} is not the number of the action \"{c.Action}\" ({(int)action.Value}).", number.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return null;
        }
        return problems.Build(path, InvalidCode, ActionMembers, () => new TeamActionStatus(action.Value, phase.Value, state.Value, reasons.Value));
    }

    private static DiscussionPrompt? ToPrompt(PromptContract c, string path, JsonProblems problems)
    {
        problems.Unknown(c.Unknown, path, PromptMembers);
        var kind = Kinds.Parse(problems, c.Kind, JsonPath.Property(path, "kind"));
        var evidence = c.Evidence is { } e ? ReasonJsonMapper.ToValue(e, JsonPath.Property(path, "evidence"), problems) : null;
        return problems.Present(path, ("kind", c.Kind is not null), ("question", c.Question is not null), ("evidence", c.Evidence is not null))
            && kind is not null && evidence is not null
            ? problems.Build(path, InvalidCode, PromptMembers, () => new DiscussionPrompt(kind.Value, c.Question!, evidence))
            : null;
    }
}
