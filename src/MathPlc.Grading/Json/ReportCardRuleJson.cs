using System.Text.Json.Serialization.Metadata;

using MathPlc.Core;

namespace MathPlc.Grading.Json;

/// <summary>
/// The JSON of a <see cref="TargetCondition"/>, an object tagged by its kind:
/// <c>{"kind":"shareAtOrAbove","score":3,"share":0.9}</c>, <c>{"kind":"countBelow","score":3,"atLeast":1,"atMost":1}</c>,
/// <c>{"kind":"countAtOrAbove","score":2,"atLeast":1}</c>, <c>{"kind":"meanAtLeast","minimum":2.5}</c>.
/// See <see cref="TargetConditionJsonMapper"/>.
/// </summary>
internal sealed record TargetConditionContract : JsonContractRecord
{
    public string? Kind { get; init; }
    public double? Score { get; init; }
    public double? Share { get; init; }
    public int? AtLeast { get; init; }
    public int? AtMost { get; init; }
    public double? Minimum { get; init; }
}

/// <summary>The JSON of a <see cref="ConjunctiveRule"/>: <c>{"letter":"B","conditions":[{"kind":"shareAtOrAbove","score":3,"share":0.8},…]}</c>.</summary>
internal sealed record ConjunctiveRuleContract : JsonContractRecord
{
    public string? Letter { get; init; }
    public List<TargetConditionContract?>? Conditions { get; init; }
}

/// <summary>The JSON of a <see cref="ConjunctiveRuleSet"/>: <c>{"name":"sbgrader2","rules":[…],"source":"majadirks/sbgrader2, README"}</c>, all required.</summary>
internal sealed record ConjunctiveRuleSetContract : JsonContractRecord
{
    public string? Name { get; init; }
    public List<ConjunctiveRuleContract?>? Rules { get; init; }
    public string? Source { get; init; }
}

/// <summary>
/// The JSON of a <see cref="ReportCardRule"/>, an object tagged by its kind:
/// <c>{"kind":"meanOfTargets","letters":{…},"rounding":{"digits":2,"mode":"awayFromZero"}}</c>,
/// <c>{"kind":"lowestTarget","letters":{…}}</c>, <c>{"kind":"conjunctiveRules","ruleSet":{…}}</c>.
/// See <see cref="ReportCardRuleJsonMapper"/>.
/// </summary>
internal sealed record ReportCardRuleContract : JsonContractRecord
{
    public string? Kind { get; init; }
    public LetterGradeTableContract? Letters { get; init; }
    public ScoreRoundingContract? Rounding { get; init; }
    public ConjunctiveRuleSetContract? RuleSet { get; init; }
}

/// <summary>
/// Maps a <see cref="TargetCondition"/> to and from its <see cref="TargetConditionContract"/>: <c>kind</c> and the kind's
/// numbers are required, except <c>countBelow</c>'s <c>atLeast</c> (0) and <c>atMost</c> (none); an unknown kind, a
/// member of another kind and a broken invariant (a share off [0, 1], a negative count) are <c>invalid-condition</c>
/// problems at their member.
/// </summary>
internal sealed class TargetConditionJsonMapper : IJsonMapper<TargetCondition, TargetConditionContract>
{
    private const string Code = "invalid-condition";

    private static readonly string[] Members = ["kind", "score", "share", "atLeast", "atMost", "minimum"];

    private static readonly TaggedKinds Kinds = new(Code,
        ("shareAtOrAbove", ["score", "share"]), ("countBelow", ["score", "atLeast", "atMost"]), ("countAtOrAbove", ["score", "atLeast"]), ("meanAtLeast", ["minimum"]));

    private TargetConditionJsonMapper()
    {
    }

    /// <inheritdoc/>
    public static JsonTypeInfo<TargetConditionContract> Contract => GradingJsonContext.Default.TargetConditionContract;

    /// <inheritdoc/>
    public static TargetCondition? ToValue(TargetConditionContract contract, string path, JsonProblems problems)
    {
        Guard.Against.Null(contract);
        Guard.Against.Null(path);
        Guard.Against.Null(problems);
        problems.Unknown(contract.Unknown, path, Members);
        var c = contract;
        if (!Kinds.Check(problems, path, c.Kind, ("score", c.Score is not null), ("share", c.Share is not null), ("atLeast", c.AtLeast is not null),
                ("atMost", c.AtMost is not null), ("minimum", c.Minimum is not null)))
            return null;
        return c.Kind switch
        {
            "shareAtOrAbove" => problems.Present(path, ("score", c.Score is not null), ("share", c.Share is not null))
                ? problems.Build<TargetCondition>(path, Code, Members, () => new ShareAtOrAbove(c.Score!.Value, c.Share!.Value)) : null,
            "countBelow" => problems.Present(path, ("score", c.Score is not null))
                ? problems.Build<TargetCondition>(path, Code, Members, () => new CountBelow(c.Score!.Value, c.AtLeast ?? 0, c.AtMost)) : null,
            "countAtOrAbove" => problems.Present(path, ("score", c.Score is not null), ("atLeast", c.AtLeast is not null))
                ? problems.Build<TargetCondition>(path, Code, Members, () => new CountAtOrAbove(c.Score!.Value, c.AtLeast!.Value)) : null,
            _ => problems.Present(path, ("minimum", c.Minimum is not null))
                ? problems.Build<TargetCondition>(path, Code, Members, () => new MeanAtLeast(c.Minimum!.Value)) : null,
        };
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException">The condition is of a kind this contract does not have.</exception>
    public static TargetConditionContract ToContract(TargetCondition value) => Guard.Against.Null(value) switch
    {
        ShareAtOrAbove share => new() { Kind = "shareAtOrAbove", Score = share.Score, Share = share.Share },
        CountBelow below => new() { Kind = "countBelow", Score = below.Score, AtLeast = below.AtLeast, AtMost = below.AtMost },
        CountAtOrAbove above => new() { Kind = "countAtOrAbove", Score = above.Score, AtLeast = above.AtLeast },
        MeanAtLeast mean => new() { Kind = "meanAtLeast", Minimum = mean.Minimum },
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, $"The condition {value.Description} has no JSON contract."),
    };
}

/// <summary>
/// Maps a <see cref="ConjunctiveRule"/> to and from its <see cref="ConjunctiveRuleContract"/>: <c>letter</c> required,
/// <c>conditions</c> none when absent; a broken invariant is an <c>invalid-rule</c> problem.
/// </summary>
internal sealed class ConjunctiveRuleJsonMapper : IJsonMapper<ConjunctiveRule, ConjunctiveRuleContract>
{
    private static readonly string[] Members = ["letter", "conditions"];

    private ConjunctiveRuleJsonMapper()
    {
    }

    /// <inheritdoc/>
    public static JsonTypeInfo<ConjunctiveRuleContract> Contract => GradingJsonContext.Default.ConjunctiveRuleContract;

    /// <inheritdoc/>
    public static ConjunctiveRule? ToValue(ConjunctiveRuleContract contract, string path, JsonProblems problems)
    {
        Guard.Against.Null(contract);
        Guard.Against.Null(path);
        Guard.Against.Null(problems);
        problems.Unknown(contract.Unknown, path, Members);
        var conditions = JsonItems.Map(contract.Conditions ?? [], JsonPath.Property(path, "conditions"), problems, TargetConditionJsonMapper.ToValue);
        return problems.Present(path, ("letter", contract.Letter is not null)) && conditions is { } read
            ? problems.Build(path, "invalid-rule", Members, () => new ConjunctiveRule(contract.Letter!, read))
            : null;
    }

    /// <inheritdoc/>
    public static ConjunctiveRuleContract ToContract(ConjunctiveRule value)
    {
        Guard.Against.Null(value);
        return new ConjunctiveRuleContract { Letter = value.Letter, Conditions = [.. value.Conditions.Select(TargetConditionJsonMapper.ToContract)] };
    }
}

/// <summary>
/// Maps a <see cref="ConjunctiveRuleSet"/> to and from its <see cref="ConjunctiveRuleSetContract"/>: all members required,
/// the rules kept in order; a set whose last rule has conditions is an <c>invalid-rule-set</c> problem.
/// </summary>
internal sealed class ConjunctiveRuleSetJsonMapper : IJsonMapper<ConjunctiveRuleSet, ConjunctiveRuleSetContract>
{
    private ConjunctiveRuleSetJsonMapper()
    {
    }

    /// <inheritdoc/>
    public static JsonTypeInfo<ConjunctiveRuleSetContract> Contract => GradingJsonContext.Default.ConjunctiveRuleSetContract;

    /// <inheritdoc/>
    public static ConjunctiveRuleSet? ToValue(ConjunctiveRuleSetContract contract, string path, JsonProblems problems)
    {
        Guard.Against.Null(contract);
        return ConversionTableJson.ToTable(contract.Name, contract.Rules, contract.Source, contract.Unknown, path, problems, ConjunctiveRuleJsonMapper.ToValue,
            static (name, rules, source) => new ConjunctiveRuleSet(name, rules, source), "rules", "invalid-rule-set");
    }

    /// <inheritdoc/>
    public static ConjunctiveRuleSetContract ToContract(ConjunctiveRuleSet value)
    {
        Guard.Against.Null(value);
        return new ConjunctiveRuleSetContract { Name = value.Name, Rules = [.. value.Rules.Select(ConjunctiveRuleJsonMapper.ToContract)], Source = value.Source };
    }
}

/// <summary>
/// Maps a <see cref="ReportCardRule"/> to and from its <see cref="ReportCardRuleContract"/>: <c>letters</c> and
/// <c>rounding</c> optional, <c>ruleSet</c> required for <c>conjunctiveRules</c>; an unknown kind or a member of another
/// kind is an <c>invalid-report-card-rule</c> problem at its member.
/// </summary>
internal sealed class ReportCardRuleJsonMapper : IJsonMapper<ReportCardRule, ReportCardRuleContract>
{
    private static readonly string[] Members = ["kind", "letters", "rounding", "ruleSet"];

    private static readonly TaggedKinds Kinds = new("invalid-report-card-rule",
        ("meanOfTargets", ["letters", "rounding"]), ("lowestTarget", ["letters"]), ("conjunctiveRules", ["ruleSet"]));

    private ReportCardRuleJsonMapper()
    {
    }

    /// <inheritdoc/>
    public static JsonTypeInfo<ReportCardRuleContract> Contract => GradingJsonContext.Default.ReportCardRuleContract;

    /// <inheritdoc/>
    public static ReportCardRule? ToValue(ReportCardRuleContract contract, string path, JsonProblems problems)
    {
        Guard.Against.Null(contract);
        Guard.Against.Null(path);
        Guard.Against.Null(problems);
        problems.Unknown(contract.Unknown, path, Members);
        var c = contract;
        var letters = c.Letters is { } l ? LetterGradeTableJsonMapper.ToValue(l, JsonPath.Property(path, "letters"), problems) : null;
        var rounding = c.Rounding is { } r ? ScoreRoundingJsonMapper.ToValue(r, JsonPath.Property(path, "rounding"), problems) : null;
        var ruleSet = c.RuleSet is { } s ? ConjunctiveRuleSetJsonMapper.ToValue(s, JsonPath.Property(path, "ruleSet"), problems) : null;
        if (!Kinds.Check(problems, path, c.Kind, ("letters", c.Letters is not null), ("rounding", c.Rounding is not null), ("ruleSet", c.RuleSet is not null))
            || (c.Letters is not null && letters is null) || (c.Rounding is not null && rounding is null) || (c.RuleSet is not null && ruleSet is null))
            return null;
        return c.Kind switch
        {
            "meanOfTargets" => new MeanOfTargets(letters, rounding),
            "lowestTarget" => new LowestTarget(letters),
            _ => problems.Present(path, ("ruleSet", ruleSet is not null)) ? new ConjunctiveRules(ruleSet!) : null,
        };
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException">The rule is of a kind this contract does not have.</exception>
    public static ReportCardRuleContract ToContract(ReportCardRule value) => Guard.Against.Null(value) switch
    {
        MeanOfTargets mean => new() { Kind = "meanOfTargets", Letters = LettersOf(mean.Letters), Rounding = mean.Rounding is { } r ? ScoreRoundingJsonMapper.ToContract(r) : null },
        LowestTarget lowest => new() { Kind = "lowestTarget", Letters = LettersOf(lowest.Letters) },
        ConjunctiveRules rules => new() { Kind = "conjunctiveRules", RuleSet = ConjunctiveRuleSetJsonMapper.ToContract(rules.RuleSet) },
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, $"The report-card rule {value.Name} has no JSON contract."),
    };

    private static LetterGradeTableContract? LettersOf(LetterGradeTable? letters) => letters is null ? null : LetterGradeTableJsonMapper.ToContract(letters);
}

/// <summary>
/// The check every family tagged by <c>kind</c> shares (conditions, report-card rules): the kind is required and one of
/// those listed, and a member of another kind is refused rather than passed over, each with the family's code.
/// </summary>
/// <param name="code">The family's code, e.g. <c>invalid-condition</c>.</param>
/// <param name="kinds">Each kind with the members it has besides <c>kind</c>.</param>
internal sealed class TaggedKinds(string code, params (string Kind, string[] Members)[] kinds)
{
    /// <summary>The kind names, in order, for the message of an unknown kind.</summary>
    public IEnumerable<string> Names => kinds.Select(k => k.Kind);

    /// <summary>
    /// Whether <paramref name="kind"/> is present and known and every present member belongs to it; otherwise the first
    /// problem found is recorded (missing kind, unknown kind at <c>kind</c>, a member of another kind at that member).
    /// </summary>
    public bool Check(JsonProblems problems, string path, string? kind, params ReadOnlySpan<(string Name, bool Present)> members)
    {
        if (!problems.Present(path, ("kind", kind is not null))) return false;
        int index = Array.FindIndex(kinds, k => k.Kind == kind);
        if (index < 0)
        {
            problems.Add(code, JsonPath.Property(path, "kind"), $"\"{kind}\" is not a kind here; use one of {JsonProblems.QuotedList(Names)}.", kind);
            return false;
        }
        string[] allowed = kinds[index].Members;
        foreach (var (name, present) in members)
        {
            if (present && !allowed.Contains(name))
            {
                problems.Add(code, JsonPath.Property(path, name), $"\"{name}\" is not a property of {kind}, whose properties are {JsonProblems.QuotedList(allowed)}.");
                return false;
            }
        }
        return true;
    }
}

/// <summary>
/// The JSON of a <see cref="ReportCardMark"/>:
/// <c>{"studentId":"S-1","course":"Math 6","period":{…},"rule":"mean-of-targets","status":"marked","score":3.25,"letter":"A","reasons":[…],"description":"…"}</c>.
/// See <see cref="ReportCardMarkJsonMapper"/>.
/// </summary>
internal sealed record ReportCardMarkContract : JsonContractRecord
{
    public string? StudentId { get; init; }
    public string? Course { get; init; }
    public GradingPeriodContract? Period { get; init; }
    public string? Rule { get; init; }
    public string? Status { get; init; }
    public double? Score { get; init; }
    public string? Letter { get; init; }
    public List<ReasonContract?>? Reasons { get; init; }
    public string? Description { get; init; }
}

/// <summary>
/// Maps a <see cref="ReportCardMark"/> to and from its <see cref="ReportCardMarkContract"/>: <c>score</c> and
/// <c>letter</c> optional, <c>reasons</c> none when absent, the rest required; the mark's invariants (a marked mark has
/// a score or a letter, an incomplete one neither and a reason) are <c>invalid-mark</c> problems at their member.
/// </summary>
internal sealed class ReportCardMarkJsonMapper : IJsonMapper<ReportCardMark, ReportCardMarkContract>
{
    private static readonly string[] Members = ["studentId", "course", "period", "rule", "status", "score", "letter", "reasons", "description"];

    private ReportCardMarkJsonMapper()
    {
    }

    /// <summary>The names of the mark statuses: <c>marked</c>, <c>incomplete</c>.</summary>
    public static JsonChoice<MarkStatus> Statuses { get; } = new("unknown-mark-status", "a report-card mark status");

    /// <summary>The names of the rules for targets without a score: <c>incomplete</c>, <c>markScoredTargets</c>.</summary>
    public static JsonChoice<MissingTargets> MissingTargetRules { get; } = new("unknown-missing-targets", "a rule for targets without a score");

    /// <inheritdoc/>
    public static JsonTypeInfo<ReportCardMarkContract> Contract => GradingJsonContext.Default.ReportCardMarkContract;

    /// <inheritdoc/>
    public static ReportCardMark? ToValue(ReportCardMarkContract contract, string path, JsonProblems problems)
    {
        Guard.Against.Null(contract);
        Guard.Against.Null(path);
        Guard.Against.Null(problems);
        var c = contract;
        problems.Unknown(c.Unknown, path, Members);
        var student = problems.Identifier<StudentId>(c.StudentId, JsonPath.Property(path, "studentId"));
        var period = c.Period is { } p ? GradingPeriodJsonMapper.ToValue(p, JsonPath.Property(path, "period"), problems) : null;
        var status = Statuses.Parse(problems, c.Status, JsonPath.Property(path, "status"));
        var reasons = JsonItems.Map(c.Reasons ?? [], JsonPath.Property(path, "reasons"), problems, ReasonJsonMapper.ToValue);
        if (!problems.Present(path, ("studentId", c.StudentId is not null), ("course", c.Course is not null), ("period", c.Period is not null),
                ("rule", c.Rule is not null), ("status", c.Status is not null), ("description", c.Description is not null))
            || student is not { } id || period is null || status is not { } s || reasons is not { } why)
            return null;
        return problems.Build(path, "invalid-mark", Members, () => new ReportCardMark(id, c.Course!, period, c.Rule!, s, c.Score, c.Letter, why, c.Description!));
    }

    /// <inheritdoc/>
    public static ReportCardMarkContract ToContract(ReportCardMark value)
    {
        Guard.Against.Null(value);
        return new ReportCardMarkContract
        {
            StudentId = value.StudentId.Value,
            Course = value.Course,
            Period = GradingPeriodJsonMapper.ToContract(value.Period),
            Rule = value.Rule,
            Status = Statuses.Name(value.Status),
            Score = value.Score,
            Letter = value.Letter,
            Reasons = [.. value.Reasons.Select(ReasonJsonMapper.ToContract)],
            Description = value.Description,
        };
    }
}
