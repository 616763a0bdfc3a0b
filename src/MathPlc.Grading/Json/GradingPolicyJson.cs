using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using MathPlc.Core;

namespace MathPlc.Grading.Json;

/// <summary>The JSON of a <see cref="TeacherOverride"/>: <c>{"studentId","targetId","score","teacherId","decidedOn","why"}</c>, all required.</summary>
internal sealed record TeacherOverrideContract : JsonContractRecord
{
    public string? StudentId { get; init; }
    public string? TargetId { get; init; }
    public double? Score { get; init; }
    public string? TeacherId { get; init; }
    public string? DecidedOn { get; init; }
    public string? Why { get; init; }
}

/// <summary>The JSON of a <see cref="RecencyWindow"/>: <c>{"pieces":3}</c> or <c>{"days":30,"asOf":"2026-10-01"}</c>.</summary>
internal sealed record RecencyWindowContract : JsonContractRecord
{
    public int? Pieces { get; init; }
    public int? Days { get; init; }
    public string? AsOf { get; init; }
}

/// <summary>The JSON of a <see cref="ReassessmentRule"/>: <c>{"name":"keep-highest"}</c>, or <c>{"name":"higher-of-first-and-blend","alpha":0.5}</c>.</summary>
internal sealed record ReassessmentRuleContract : JsonContractRecord
{
    public string? Name { get; init; }
    public double? Alpha { get; init; }
}

/// <summary>The JSON of a <see cref="GradingPolicy"/>; every member is optional, with <see cref="GradingPolicy.Default"/>'s values.</summary>
internal sealed record GradingPolicyContract : JsonContractRecord
{
    public bool? IncludeFormative { get; init; }
    public int? MinimumEvidence { get; init; }
    public RecencyWindowContract? Recency { get; init; }
    public ReassessmentRuleContract? Reassessment { get; init; }
    public double? ScoreFloor { get; init; }
    public List<TeacherOverrideContract?>? Overrides { get; init; }
}

/// <summary>Maps a <see cref="TeacherOverride"/> to and from its <see cref="TeacherOverrideContract"/>; a broken invariant is an <c>invalid-override</c> problem.</summary>
internal sealed class TeacherOverrideJsonMapper : IJsonMapper<TeacherOverride, TeacherOverrideContract>
{
    private static readonly string[] Members = ["studentId", "targetId", "score", "teacherId", "decidedOn", "why"];

    private TeacherOverrideJsonMapper()
    {
    }

    /// <inheritdoc/>
    public static JsonTypeInfo<TeacherOverrideContract> Contract => GradingJsonContext.Default.TeacherOverrideContract;

    /// <inheritdoc/>
    public static TeacherOverride? ToValue(TeacherOverrideContract contract, string path, JsonProblems problems)
    {
        Guard.Against.Null(contract);
        Guard.Against.Null(path);
        Guard.Against.Null(problems);
        problems.Unknown(contract.Unknown, path, Members);
        var student = problems.Identifier<StudentId>(contract.StudentId, JsonPath.Property(path, "studentId"));
        var target = problems.Identifier<TargetId>(contract.TargetId, JsonPath.Property(path, "targetId"));
        var teacher = problems.Identifier<TeacherId>(contract.TeacherId, JsonPath.Property(path, "teacherId"));
        var decidedOn = problems.IsoDate(contract.DecidedOn, JsonPath.Property(path, "decidedOn"));
        if (!problems.Present(path, ("studentId", contract.StudentId is not null), ("targetId", contract.TargetId is not null), ("score", contract.Score is not null),
                ("teacherId", contract.TeacherId is not null), ("decidedOn", contract.DecidedOn is not null), ("why", contract.Why is not null))
            || student is null || target is null || teacher is null || decidedOn is null)
            return null;
        return problems.Build(path, "invalid-override", Members,
            () => new TeacherOverride(student.Value, target.Value, contract.Score!.Value, teacher.Value, decidedOn.Value, contract.Why!));
    }

    /// <inheritdoc/>
    public static TeacherOverrideContract ToContract(TeacherOverride value)
    {
        Guard.Against.Null(value);
        return new TeacherOverrideContract
        {
            StudentId = value.StudentId.Value,
            TargetId = value.TargetId.Value,
            Score = value.Score,
            TeacherId = value.TeacherId.Value,
            DecidedOn = JsonScalarText.IsoDateText(value.DecidedOn),
            Why = value.Why,
        };
    }
}

/// <summary>
/// Maps a <see cref="RecencyWindow"/> to and from its <see cref="RecencyWindowContract"/>: <c>pieces</c>, or <c>days</c>
/// and <c>asOf</c>, never both; a broken rule is an <c>invalid-recency</c> problem.
/// </summary>
internal sealed class RecencyWindowJsonMapper : IJsonMapper<RecencyWindow, RecencyWindowContract>
{
    private const string Code = "invalid-recency";

    private static readonly string[] Members = ["pieces", "days", "asOf"];

    private RecencyWindowJsonMapper()
    {
    }

    /// <inheritdoc/>
    public static JsonTypeInfo<RecencyWindowContract> Contract => GradingJsonContext.Default.RecencyWindowContract;

    /// <inheritdoc/>
    public static RecencyWindow? ToValue(RecencyWindowContract contract, string path, JsonProblems problems)
    {
        Guard.Against.Null(contract);
        Guard.Against.Null(path);
        Guard.Against.Null(problems);
        problems.Unknown(contract.Unknown, path, Members);
        var asOf = problems.IsoDate(contract.AsOf, JsonPath.Property(path, "asOf"));
        if (contract.Pieces is { } count)
        {
            if (contract.Days is not null || contract.AsOf is not null)
            {
                problems.Add(Code, JsonPath.Property(path, contract.Days is not null ? "days" : "asOf"), "a window counts either pieces or days, not both.");
                return null;
            }
            try
            {
                return RecencyWindow.LastPieces(count);
            }
            catch (ArgumentException e)
            {
                problems.Add(Code, JsonPath.Property(path, "pieces"), JsonProblems.ReasonOf(e), count.ToString(CultureInfo.InvariantCulture), e);
                return null;
            }
        }
        if (contract.Days is null && contract.AsOf is null)
        {
            problems.Add(JsonProblems.MissingPropertyCode, path, "a window needs \"pieces\", or \"days\" and \"asOf\".");
            return null;
        }
        return problems.Present(path, ("days", contract.Days is not null), ("asOf", contract.AsOf is not null)) && asOf is { } day
            ? problems.Build(path, Code, Members, () => RecencyWindow.LastDays(contract.Days!.Value, day))
            : null;
    }

    /// <inheritdoc/>
    public static RecencyWindowContract ToContract(RecencyWindow value)
    {
        Guard.Against.Null(value);
        return new RecencyWindowContract { Pieces = value.Pieces, Days = value.Days, AsOf = value.AsOf is { } asOf ? JsonScalarText.IsoDateText(asOf) : null };
    }
}

/// <summary>
/// Maps a <see cref="ReassessmentRule"/> to and from its <see cref="ReassessmentRuleContract"/>: a name of
/// <see cref="ReassessmentRule.Names"/>, with <c>alpha</c> for <c>higher-of-first-and-blend</c> only; anything else
/// is an <c>invalid-reassessment</c> problem.
/// </summary>
internal sealed class ReassessmentRuleJsonMapper : IJsonMapper<ReassessmentRule, ReassessmentRuleContract>
{
    private const string Code = "invalid-reassessment";
    private const string Blend = "higher-of-first-and-blend";

    private static readonly string[] Members = ["name", "alpha"];

    private ReassessmentRuleJsonMapper()
    {
    }

    /// <inheritdoc/>
    public static JsonTypeInfo<ReassessmentRuleContract> Contract => GradingJsonContext.Default.ReassessmentRuleContract;

    /// <inheritdoc/>
    public static ReassessmentRule? ToValue(ReassessmentRuleContract contract, string path, JsonProblems problems)
    {
        Guard.Against.Null(contract);
        Guard.Against.Null(path);
        Guard.Against.Null(problems);
        problems.Unknown(contract.Unknown, path, Members);
        if (!problems.Present(path, ("name", contract.Name is not null))) return null;
        string name = contract.Name!;
        if (name == Blend)
            return problems.Present(path, ("alpha", contract.Alpha is not null))
                ? problems.Build(path, Code, Members, () => ReassessmentRule.HigherOfFirstAndBlend(contract.Alpha!.Value))
                : null;
        if (!ReassessmentRule.Names.Contains(name))
            problems.Add(Code, JsonPath.Property(path, "name"), $"\"{name}\" is not a reassessment rule; use one of {JsonProblems.QuotedList(ReassessmentRule.Names)}.", name);
        else if (contract.Alpha is not null)
            problems.Add(Code, JsonPath.Property(path, "alpha"), $"alpha is a parameter of {Blend}, not of {name}.");
        else
            return ReassessmentRule.Create(name);
        return null;
    }

    /// <inheritdoc/>
    public static ReassessmentRuleContract ToContract(ReassessmentRule value)
    {
        Guard.Against.Null(value);
        return new ReassessmentRuleContract { Name = value.Name, Alpha = value.Alpha };
    }
}

/// <summary>
/// Maps a <see cref="GradingPolicy"/> to and from its <see cref="GradingPolicyContract"/>: every member optional with
/// <see cref="GradingPolicy.Default"/>'s values; <c>recency</c> and <c>scoreFloor</c> written when set, the rest always.
/// A broken invariant is an <c>invalid-policy</c> problem at the member it names.
/// </summary>
internal sealed class GradingPolicyJsonMapper : IJsonMapper<GradingPolicy, GradingPolicyContract>
{
    private static readonly string[] Members = ["includeFormative", "minimumEvidence", "recency", "reassessment", "scoreFloor", "overrides"];

    private GradingPolicyJsonMapper()
    {
    }

    /// <inheritdoc/>
    public static JsonTypeInfo<GradingPolicyContract> Contract => GradingJsonContext.Default.GradingPolicyContract;

    /// <inheritdoc/>
    public static GradingPolicy? ToValue(GradingPolicyContract contract, string path, JsonProblems problems)
    {
        Guard.Against.Null(contract);
        Guard.Against.Null(path);
        Guard.Against.Null(problems);
        problems.Unknown(contract.Unknown, path, Members);
        var defaults = GradingPolicy.Default;
        var recency = contract.Recency is { } r ? RecencyWindowJsonMapper.ToValue(r, JsonPath.Property(path, "recency"), problems) : null;
        var reassessment = contract.Reassessment is { } a ? ReassessmentRuleJsonMapper.ToValue(a, JsonPath.Property(path, "reassessment"), problems) : defaults.Reassessment;
        var overrides = JsonItems.Map(contract.Overrides ?? [], JsonPath.Property(path, "overrides"), problems, TeacherOverrideJsonMapper.ToValue);
        if ((contract.Recency is not null && recency is null) || reassessment is null || overrides is null) return null;
        return problems.Build(path, "invalid-policy", Members, () => new GradingPolicy
        {
            IncludeFormative = contract.IncludeFormative ?? defaults.IncludeFormative,
            MinimumEvidence = contract.MinimumEvidence ?? defaults.MinimumEvidence,
            Recency = recency,
            Reassessment = reassessment,
            ScoreFloor = contract.ScoreFloor,
            Overrides = overrides.Value,
        });
    }

    /// <inheritdoc/>
    public static GradingPolicyContract ToContract(GradingPolicy value)
    {
        Guard.Against.Null(value);
        return new GradingPolicyContract
        {
            IncludeFormative = value.IncludeFormative,
            MinimumEvidence = value.MinimumEvidence,
            Recency = value.Recency is { } recency ? RecencyWindowJsonMapper.ToContract(recency) : null,
            Reassessment = ReassessmentRuleJsonMapper.ToContract(value.Reassessment),
            ScoreFloor = value.ScoreFloor,
            Overrides = [.. value.Overrides.Select(TeacherOverrideJsonMapper.ToContract)],
        };
    }
}
