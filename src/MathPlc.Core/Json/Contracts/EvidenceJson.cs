using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime;

namespace MathPlc.Core.Json;

/// <summary>
/// The JSON of an <see cref="Evidence"/>:
/// <c>{"studentId":"S-1","targetId":"6.RP.A.3","assessedOn":"2026-09-14","score":3.5,"sequence":0,"kind":"summative"}</c>,
/// with <c>"weight"</c> and <c>"source"</c> when they are given. Only the file's shape: see <see cref="EvidenceJsonMapper"/>.
/// </summary>
public sealed record EvidenceContract : JsonContractRecord
{
    /// <summary>The student's identifier; required.</summary>
    public string? StudentId { get; init; }

    /// <summary>The learning target's identifier; required.</summary>
    public string? TargetId { get; init; }

    /// <summary>The date, <c>yyyy-MM-dd</c>; required.</summary>
    public string? AssessedOn { get; init; }

    /// <summary>The score; required.</summary>
    public double? Score { get; init; }

    /// <summary>The order among evidence of the same date; 0 when absent.</summary>
    public int? Sequence { get; init; }

    /// <summary><c>summative</c> (when absent), <c>formative</c> or <c>behaviour</c>.</summary>
    public string? Kind { get; init; }

    /// <summary>The weight, or null for none.</summary>
    public double? Weight { get; init; }

    /// <summary>Where the score came from, or null.</summary>
    public string? Source { get; init; }

}

/// <summary>Maps <see cref="Evidence"/> to and from its <see cref="EvidenceContract"/>.</summary>
/// <remarks>
/// <c>studentId</c>, <c>targetId</c>, <c>assessedOn</c> and <c>score</c> are required; <c>sequence</c> (0),
/// <c>kind</c> (<c>summative</c>), <c>weight</c> and <c>source</c> (null) are optional with Core's defaults. A broken
/// invariant of <see cref="Evidence"/> is an <c>invalid-evidence</c> problem at the member it names.
/// </remarks>
public sealed class EvidenceJsonMapper : IJsonMapper<Evidence, EvidenceContract>
{
    private static readonly string[] Members = ["studentId", "targetId", "assessedOn", "score", "sequence", "kind", "weight", "source"];

    private EvidenceJsonMapper()
    {
    }

    /// <summary>The names of the kinds of evidence: <c>summative</c>, <c>formative</c>, <c>behaviour</c>.</summary>
    public static JsonChoice<EvidenceKind> Kinds { get; } = new("unknown-evidence-kind", "a kind of evidence");

    /// <inheritdoc/>
    public static JsonTypeInfo<EvidenceContract> Contract => CoreJsonContext.Default.EvidenceContract;

    /// <inheritdoc/>
    public static Evidence? ToValue(EvidenceContract contract, string path, JsonProblems problems)
    {
        Guard.Against.Null(contract);
        Guard.Against.Null(path);
        Guard.Against.Null(problems);
        problems.Unknown(contract.Unknown, path, Members);
        StudentId? student = problems.Identifier<StudentId>(contract.StudentId, JsonPath.Property(path, "studentId"));
        TargetId? target = problems.Identifier<TargetId>(contract.TargetId, JsonPath.Property(path, "targetId"));
        LocalDate? assessedOn = problems.IsoDate(contract.AssessedOn, JsonPath.Property(path, "assessedOn"));
        EvidenceKind? kind = contract.Kind is null ? EvidenceKind.Summative : Kinds.Parse(problems, contract.Kind, JsonPath.Property(path, "kind"));
        if (!problems.Present(path, ("studentId", contract.StudentId is not null), ("targetId", contract.TargetId is not null),
                ("assessedOn", contract.AssessedOn is not null), ("score", contract.Score is not null))
            || student is null || target is null || assessedOn is null || kind is null)
            return null;
        return problems.Build(path, "invalid-evidence", Members, () => new Evidence(
            student.Value, target.Value, assessedOn.Value, contract.Score!.Value, contract.Sequence ?? 0, kind.Value, contract.Weight, contract.Source));
    }

    /// <inheritdoc/>
    public static EvidenceContract ToContract(Evidence value)
    {
        Guard.Against.Null(value);
        return new EvidenceContract
        {
            StudentId = value.StudentId.Value,
            TargetId = value.TargetId.Value,
            AssessedOn = JsonScalarText.IsoDateText(value.AssessedOn),
            Score = value.Score,
            Sequence = value.Sequence,
            Kind = Kinds.Name(value.Kind),
            Weight = value.Weight,
            Source = value.Source,
        };
    }
}
