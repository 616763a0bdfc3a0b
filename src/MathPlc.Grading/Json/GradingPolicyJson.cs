using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using MathPlc.Core;

namespace MathPlc.Grading.Json;

/// <summary>The JSON of a <see cref="TeacherOverride"/>: <c>{"studentId","targetId","score","teacherId","decidedOn","why"}</c>, all required.</summary>
public sealed record TeacherOverrideContract : JsonContractRecord
{
    /// <summary>The student.</summary>
    public string? StudentId { get; init; }

    /// <summary>The learning target.</summary>
    public string? TargetId { get; init; }

    /// <summary>The score the teacher decided.</summary>
    public double? Score { get; init; }

    /// <summary>The teacher.</summary>
    public string? TeacherId { get; init; }

    /// <summary>The date of the decision, <c>yyyy-MM-dd</c>.</summary>
    public string? DecidedOn { get; init; }

    /// <summary>Why, in the teacher's words.</summary>
    public string? Why { get; init; }

}

/// <summary>The JSON of a <see cref="RecencyWindow"/>: <c>{"pieces":3}</c> or <c>{"days":30,"asOf":"2026-10-01"}</c>.</summary>
public sealed record RecencyWindowContract : JsonContractRecord
{
    /// <summary>The number of most recent pieces of evidence counted.</summary>
    public int? Pieces { get; init; }

    /// <summary>The number of days counted, up to <see cref="AsOf"/>.</summary>
    public int? Days { get; init; }

    /// <summary>The last day of a window of days, <c>yyyy-MM-dd</c>.</summary>
    public string? AsOf { get; init; }

}

/// <summary>The JSON of a <see cref="ReassessmentRule"/>: <c>{"name":"keep-highest"}</c>, or <c>{"name":"higher-of-first-and-blend","alpha":0.5}</c>.</summary>
public sealed record ReassessmentRuleContract : JsonContractRecord
{
    /// <summary>The rule's name; required.</summary>
    public string? Name { get; init; }

    /// <summary>The blend's weight, for <c>higher-of-first-and-blend</c> only.</summary>
    public double? Alpha { get; init; }

}

/// <summary>The JSON of a <see cref="GradingPolicy"/>; every member is optional, with <see cref="GradingPolicy.Default"/>'s values.</summary>
public sealed record GradingPolicyContract : JsonContractRecord
{
    /// <summary>Whether formative evidence counts.</summary>
    public bool? IncludeFormative { get; init; }

    /// <summary>The fewest pieces of evidence for a score.</summary>
    public int? MinimumEvidence { get; init; }

    /// <summary>The window of evidence counted, or none.</summary>
    public RecencyWindowContract? Recency { get; init; }

    /// <summary>What a reassessment does to earlier evidence.</summary>
    public ReassessmentRuleContract? Reassessment { get; init; }

    /// <summary>The lowest score given, or none.</summary>
    public double? ScoreFloor { get; init; }

    /// <summary>The teachers' overrides; none when absent, always written.</summary>
    public List<TeacherOverrideContract?>? Overrides { get; init; }

}

/// <summary>Maps a <see cref="TeacherOverride"/> to and from its <see cref="TeacherOverrideContract"/>; a broken invariant is an <c>invalid-override</c> problem.</summary>
public sealed class TeacherOverrideJsonMapper : IJsonMapper<TeacherOverride, TeacherOverrideContract>
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
public sealed class RecencyWindowJsonMapper : IJsonMapper<RecencyWindow, RecencyWindowContract>
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
public sealed class ReassessmentRuleJsonMapper : IJsonMapper<ReassessmentRule, ReassessmentRuleContract>
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
public sealed class GradingPolicyJsonMapper : IJsonMapper<GradingPolicy, GradingPolicyContract>
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
