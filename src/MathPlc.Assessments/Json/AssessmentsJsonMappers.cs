using System.Text.Json.Serialization.Metadata;
using MathPlc.Core;

namespace MathPlc.Assessments.Json;

/// <summary>
/// Maps a <see cref="BlueprintItem"/> to and from its contract:
/// <c>{"id":"q3","points":2,"targets":["6.RP.A.1"],"dok":2,"demand":"proceduresWithConnections","format":"constructedResponse","expectedMinutes":6,"hasScoringRubric":true}</c>.
/// <c>dok</c> is the level number 1–4, as teams say "DOK 2"; every member is required except <c>hasScoringRubric</c>
/// (false). A broken invariant is an <c>invalid-blueprint-item</c> problem at the member it names.
/// </summary>
internal sealed class BlueprintItemJsonMapper : IJsonMapper<BlueprintItem, BlueprintItemContract>
{
    private static readonly string[] Members = ["id", "points", "targets", "dok", "demand", "format", "expectedMinutes", "hasScoringRubric"];

    private BlueprintItemJsonMapper()
    {
    }

    /// <summary>The names of the levels of cognitive demand (<c>proceduresWithConnections</c>).</summary>
    public static JsonChoice<CognitiveDemand> Demands { get; } = new("unknown-cognitive-demand", "a level of cognitive demand");

    /// <summary>The names of the item formats (<c>constructedResponse</c>).</summary>
    public static JsonChoice<ItemFormat> Formats { get; } = new("unknown-item-format", "an item format");

    public static JsonTypeInfo<BlueprintItemContract> Contract => AssessmentsJsonContext.Default.BlueprintItemContract;

    public static BlueprintItem? ToValue(BlueprintItemContract contract, string path, JsonProblems problems)
    {
        Guard.Against.Null(contract);
        Guard.Against.Null(path);
        Guard.Against.Null(problems);
        problems.Unknown(contract.Unknown, path, Members);
        var id = problems.Identifier<ItemId>(contract.Id, JsonPath.Property(path, "id"));
        var targets = problems.Identifiers<TargetId>(contract.Targets, JsonPath.Property(path, "targets"));
        var dok = problems.WholeNumber(contract.Dok, JsonPath.Property(path, "dok"));
        var demand = Demands.Parse(problems, contract.Demand, JsonPath.Property(path, "demand"));
        var format = Formats.Parse(problems, contract.Format, JsonPath.Property(path, "format"));
        if (!problems.Present(path, ("id", contract.Id is not null), ("points", contract.Points is not null), ("targets", contract.Targets is not null),
                ("dok", contract.Dok is not null), ("demand", contract.Demand is not null), ("format", contract.Format is not null),
                ("expectedMinutes", contract.ExpectedMinutes is not null))
            || id is null || targets is null || dok is null || demand is null || format is null)
            return null;
        return problems.Build(path, "invalid-blueprint-item", Members, () => new BlueprintItem(id.Value, contract.Points!.Value, targets.Value,
            (DokLevel)dok.Value, demand.Value, format.Value, contract.ExpectedMinutes!.Value, contract.HasScoringRubric ?? false));
    }

    public static BlueprintItemContract ToContract(BlueprintItem value)
    {
        Guard.Against.Null(value);
        return new BlueprintItemContract
        {
            Id = value.Id.Value,
            Points = value.Points,
            Targets = [.. value.Targets.Select(t => t.Value)],
            Dok = (int)value.Dok,
            Demand = Demands.Name(value.Demand),
            Format = Formats.Name(value.Format),
            ExpectedMinutes = value.ExpectedMinutes,
            HasScoringRubric = value.HasScoringRubric,
        };
    }

}

/// <summary>
/// Maps an <see cref="AssessmentBlueprint"/> to and from its contract: <c>{"name":"Unit 3 common assessment","items":[…]}</c>
/// (both required). A broken invariant (no item, an item twice) is an <c>invalid-blueprint</c> problem.
/// </summary>
internal sealed class AssessmentBlueprintJsonMapper : IJsonMapper<AssessmentBlueprint, BlueprintContract>
{
    private static readonly string[] Members = ["name", "items"];

    private AssessmentBlueprintJsonMapper()
    {
    }

    public static JsonTypeInfo<BlueprintContract> Contract => AssessmentsJsonContext.Default.BlueprintContract;

    public static AssessmentBlueprint? ToValue(BlueprintContract contract, string path, JsonProblems problems)
    {
        Guard.Against.Null(contract);
        Guard.Against.Null(path);
        Guard.Against.Null(problems);
        problems.Unknown(contract.Unknown, path, Members);
        var items = JsonItems.Map(contract.Items, JsonPath.Property(path, "items"), problems, BlueprintItemJsonMapper.ToValue);
        if (!problems.Present(path, ("name", contract.Name is not null), ("items", contract.Items is not null)) || items is null) return null;
        return problems.Build(path, "invalid-blueprint", Members, () => new AssessmentBlueprint(contract.Name!, items.Value));
    }

    public static BlueprintContract ToContract(AssessmentBlueprint value)
    {
        Guard.Against.Null(value);
        return new BlueprintContract { Name = value.Name, Items = [.. value.Items.Select(BlueprintItemJsonMapper.ToContract)] };
    }
}

/// <summary>
/// Maps a <see cref="TargetScoringRule"/> to and from its contract:
/// <c>{"scale":{…},"cuts":[{"minimumPercent":0,"score":1},{"minimumPercent":70,"score":3}],"missing":"countAsZero"}</c>.
/// <c>scale</c> and <c>cuts</c> are required; <c>missing</c> is optional (<c>countAsZero</c>) and always written. A
/// broken invariant (cuts not increasing, a score off the scale) is an <c>invalid-scoring-rule</c> problem.
/// </summary>
internal sealed class TargetScoringRuleJsonMapper : IJsonMapper<TargetScoringRule, ScoringRuleContract>
{
    private static readonly string[] Members = ["scale", "cuts", "missing"];
    private static readonly string[] CutMembers = ["minimumPercent", "score"];

    private TargetScoringRuleJsonMapper()
    {
    }

    /// <summary>The names of the missing-response policies (<c>countAsZero</c>, <c>exclude</c>).</summary>
    public static JsonChoice<MissingResponse> Policies { get; } = new("unknown-missing-response", "a missing-response policy");

    public static JsonTypeInfo<ScoringRuleContract> Contract => AssessmentsJsonContext.Default.ScoringRuleContract;

    public static TargetScoringRule? ToValue(ScoringRuleContract contract, string path, JsonProblems problems)
    {
        Guard.Against.Null(contract);
        Guard.Against.Null(path);
        Guard.Against.Null(problems);
        problems.Unknown(contract.Unknown, path, Members);
        var scale = contract.Scale is { } s ? ProficiencyScaleJsonMapper.ToValue(s, JsonPath.Property(path, "scale"), problems) : null;
        var cuts = JsonItems.Map(contract.Cuts, JsonPath.Property(path, "cuts"), problems, ToCut);
        var missing = Policies.Parse(problems, contract.Missing, JsonPath.Property(path, "missing"));
        if (!problems.Present(path, ("scale", contract.Scale is not null), ("cuts", contract.Cuts is not null))
            || scale is null || cuts is null || (contract.Missing is not null && missing is null))
            return null;
        return problems.Build(path, "invalid-scoring-rule", Members, () => new TargetScoringRule(scale, cuts.Value, missing ?? MissingResponse.CountAsZero));
    }

    public static ScoringRuleContract ToContract(TargetScoringRule value)
    {
        Guard.Against.Null(value);
        return new ScoringRuleContract
        {
            Scale = ProficiencyScaleJsonMapper.ToContract(value.Scale),
            Cuts = [.. value.Cuts.Select(c => new PercentCutContract { MinimumPercent = c.MinimumPercent, Score = c.Score })],
            Missing = Policies.Name(value.Missing),
        };
    }

    private static PercentCut? ToCut(PercentCutContract cut, string path, JsonProblems problems)
    {
        problems.Unknown(cut.Unknown, path, CutMembers);
        return problems.Present(path, ("minimumPercent", cut.MinimumPercent is not null), ("score", cut.Score is not null))
            ? new PercentCut(cut.MinimumPercent!.Value, cut.Score!.Value)
            : null;
    }
}
