using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using MathPlc.Core;

namespace MathPlc.Grading.Json;

/// <summary>The JSON of a <see cref="WeightedEvidence"/>: <c>{"evidence":{…},"weight":0.35}</c>; both required.</summary>
internal sealed record WeightedEvidenceContract : JsonContractRecord
{
    public EvidenceContract? Evidence { get; init; }
    public double? Weight { get; init; }
}

/// <summary>The JSON of an <see cref="ExcludedEvidence"/>: <c>{"evidence":{…},"reason":{"code":"formative-not-graded",…}}</c>; both required.</summary>
internal sealed record ExcludedEvidenceContract : JsonContractRecord
{
    public EvidenceContract? Evidence { get; init; }
    public ReasonContract? Reason { get; init; }
}

/// <summary>
/// The JSON of a <see cref="ProficiencyResult"/>:
/// <c>{"studentId":"S-1","targetId":"6.RP.A.3","method":"decaying-average","status":"scored","score":2.65,"unroundedScore":2.65,
/// "level":{"label":"Simpler content","cut":2},"used":[…],"excluded":[…],"reasons":[],"description":"…"}</c>.
/// See <see cref="ProficiencyResultJsonMapper"/>.
/// </summary>
internal sealed record ProficiencyResultContract : JsonContractRecord
{
    public string? StudentId { get; init; }
    public string? TargetId { get; init; }
    public string? Method { get; init; }
    public string? Status { get; init; }
    public double? Score { get; init; }
    public double? UnroundedScore { get; init; }
    public ProficiencyLevelContract? Level { get; init; }
    public List<WeightedEvidenceContract?>? Used { get; init; }
    public List<ExcludedEvidenceContract?>? Excluded { get; init; }
    public List<ReasonContract?>? Reasons { get; init; }
    public string? Description { get; init; }
}

/// <summary>Maps a <see cref="WeightedEvidence"/> to and from its <see cref="WeightedEvidenceContract"/>.</summary>
internal sealed class WeightedEvidenceJsonMapper : IJsonMapper<WeightedEvidence, WeightedEvidenceContract>
{
    private static readonly string[] Members = ["evidence", "weight"];

    private WeightedEvidenceJsonMapper()
    {
    }

    /// <inheritdoc/>
    public static JsonTypeInfo<WeightedEvidenceContract> Contract => GradingJsonContext.Default.WeightedEvidenceContract;

    /// <inheritdoc/>
    public static WeightedEvidence? ToValue(WeightedEvidenceContract contract, string path, JsonProblems problems)
    {
        Guard.Against.Null(contract);
        Guard.Against.Null(path);
        Guard.Against.Null(problems);
        problems.Unknown(contract.Unknown, path, Members);
        var evidence = contract.Evidence is { } e ? EvidenceJsonMapper.ToValue(e, JsonPath.Property(path, "evidence"), problems) : null;
        return problems.Present(path, ("evidence", contract.Evidence is not null), ("weight", contract.Weight is not null)) && evidence is not null
            ? new WeightedEvidence(evidence, contract.Weight!.Value)
            : null;
    }

    /// <inheritdoc/>
    public static WeightedEvidenceContract ToContract(WeightedEvidence value)
    {
        Guard.Against.Null(value);
        return new WeightedEvidenceContract { Evidence = EvidenceJsonMapper.ToContract(value.Evidence), Weight = value.Weight };
    }
}

/// <summary>Maps an <see cref="ExcludedEvidence"/> to and from its <see cref="ExcludedEvidenceContract"/>.</summary>
internal sealed class ExcludedEvidenceJsonMapper : IJsonMapper<ExcludedEvidence, ExcludedEvidenceContract>
{
    private static readonly string[] Members = ["evidence", "reason"];

    private ExcludedEvidenceJsonMapper()
    {
    }

    /// <inheritdoc/>
    public static JsonTypeInfo<ExcludedEvidenceContract> Contract => GradingJsonContext.Default.ExcludedEvidenceContract;

    /// <inheritdoc/>
    public static ExcludedEvidence? ToValue(ExcludedEvidenceContract contract, string path, JsonProblems problems)
    {
        Guard.Against.Null(contract);
        Guard.Against.Null(path);
        Guard.Against.Null(problems);
        problems.Unknown(contract.Unknown, path, Members);
        var evidence = contract.Evidence is { } e ? EvidenceJsonMapper.ToValue(e, JsonPath.Property(path, "evidence"), problems) : null;
        var reason = contract.Reason is { } r ? ReasonJsonMapper.ToValue(r, JsonPath.Property(path, "reason"), problems) : null;
        return problems.Present(path, ("evidence", contract.Evidence is not null), ("reason", contract.Reason is not null)) && evidence is not null && reason is not null
            ? new ExcludedEvidence(evidence, reason)
            : null;
    }

    /// <inheritdoc/>
    public static ExcludedEvidenceContract ToContract(ExcludedEvidence value)
    {
        Guard.Against.Null(value);
        return new ExcludedEvidenceContract { Evidence = EvidenceJsonMapper.ToContract(value.Evidence), Reason = ReasonJsonMapper.ToContract(value.Reason) };
    }
}

/// <summary>
/// Maps a <see cref="ProficiencyResult"/> to and from its <see cref="ProficiencyResultContract"/>. <c>studentId</c>,
/// <c>targetId</c>, <c>method</c>, <c>status</c> and <c>description</c> are required; <c>used</c>, <c>excluded</c> and
/// <c>reasons</c> default to none and are always written; <c>score</c>, <c>unroundedScore</c> and <c>level</c> are
/// written exactly when the status is <c>scored</c> — no score is never written as zero or null. A result that breaks
/// an invariant of <see cref="ProficiencyResult"/> is an <c>invalid-result</c> problem at the member concerned.
/// </summary>
internal sealed class ProficiencyResultJsonMapper : IJsonMapper<ProficiencyResult, ProficiencyResultContract>
{
    private static readonly string[] Members =
        ["studentId", "targetId", "method", "status", "score", "unroundedScore", "level", "used", "excluded", "reasons", "description"];

    private ProficiencyResultJsonMapper()
    {
    }

    /// <summary>The names of the statuses: <c>scored</c>, <c>insufficientEvidence</c>.</summary>
    public static JsonChoice<ProficiencyStatus> Statuses { get; } = new("unknown-status", "a proficiency status");

    /// <inheritdoc/>
    public static JsonTypeInfo<ProficiencyResultContract> Contract => GradingJsonContext.Default.ProficiencyResultContract;

    /// <inheritdoc/>
    public static ProficiencyResult? ToValue(ProficiencyResultContract contract, string path, JsonProblems problems)
    {
        Guard.Against.Null(contract);
        Guard.Against.Null(path);
        Guard.Against.Null(problems);
        problems.Unknown(contract.Unknown, path, Members);
        var student = problems.Identifier<StudentId>(contract.StudentId, JsonPath.Property(path, "studentId"));
        var target = problems.Identifier<TargetId>(contract.TargetId, JsonPath.Property(path, "targetId"));
        var status = Statuses.Parse(problems, contract.Status, JsonPath.Property(path, "status"));
        var level = contract.Level is { } l ? ProficiencyLevelJsonMapper.ToValue(l, JsonPath.Property(path, "level"), problems) : null;
        var used = JsonItems.Map(contract.Used ?? [], JsonPath.Property(path, "used"), problems, WeightedEvidenceJsonMapper.ToValue);
        var excluded = JsonItems.Map(contract.Excluded ?? [], JsonPath.Property(path, "excluded"), problems, ExcludedEvidenceJsonMapper.ToValue);
        var reasons = JsonItems.Map(contract.Reasons ?? [], JsonPath.Property(path, "reasons"), problems, ReasonJsonMapper.ToValue);
        if (!problems.Present(path, ("studentId", contract.StudentId is not null), ("targetId", contract.TargetId is not null), ("method", contract.Method is not null),
                ("status", contract.Status is not null), ("description", contract.Description is not null))
            || student is null || target is null || status is null || (contract.Level is not null && level is null)
            || used is null || excluded is null || reasons is null)
            return null;
        return problems.Build(path, "invalid-result", Members, () => new ProficiencyResult(student.Value, target.Value, contract.Method!, status.Value,
            contract.Score, contract.UnroundedScore, level, used.Value, excluded.Value, reasons.Value, contract.Description!));
    }

    /// <inheritdoc/>
    public static ProficiencyResultContract ToContract(ProficiencyResult value)
    {
        Guard.Against.Null(value);
        return new ProficiencyResultContract
        {
            StudentId = value.StudentId.Value,
            TargetId = value.TargetId.Value,
            Method = value.Method,
            Status = Statuses.Name(value.Status),
            Score = value.Score,
            UnroundedScore = value.UnroundedScore,
            Level = value.Level is { } level ? ProficiencyLevelJsonMapper.ToContract(level) : null,
            Used = [.. value.Used.Select(WeightedEvidenceJsonMapper.ToContract)],
            Excluded = [.. value.Excluded.Select(ExcludedEvidenceJsonMapper.ToContract)],
            Reasons = [.. value.Reasons.Select(ReasonJsonMapper.ToContract)],
            Description = value.Description,
        };
    }
}
