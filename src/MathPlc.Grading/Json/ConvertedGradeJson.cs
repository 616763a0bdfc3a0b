using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace MathPlc.Grading.Json;

/// <summary>The JSON of a <see cref="LetterGrade"/>: <c>{"letter":"B","reasons":[{"code":"letter-from-table",…}]}</c>; both required.</summary>
internal sealed record LetterGradeContract : JsonContractRecord
{
    public string? Letter { get; init; }
    public List<ReasonContract?>? Reasons { get; init; }
}

/// <summary>The JSON of a <see cref="HundredPointScore"/>: <c>{"points":93,"reasons":[…]}</c>; <c>points</c> required, <c>reasons</c> none when absent and always written.</summary>
internal sealed record HundredPointScoreContract : JsonContractRecord
{
    public double? Points { get; init; }
    public List<ReasonContract?>? Reasons { get; init; }
}

/// <summary>Maps a <see cref="LetterGrade"/> to and from its <see cref="LetterGradeContract"/>; a blank letter or no reason is an <c>invalid-letter-grade</c> problem.</summary>
internal sealed class LetterGradeJsonMapper : IJsonMapper<LetterGrade, LetterGradeContract>
{
    private static readonly string[] Members = ["letter", "reasons"];

    private LetterGradeJsonMapper()
    {
    }

    /// <inheritdoc/>
    public static JsonTypeInfo<LetterGradeContract> Contract => GradingJsonContext.Default.LetterGradeContract;

    /// <inheritdoc/>
    public static LetterGrade? ToValue(LetterGradeContract contract, string path, JsonProblems problems)
    {
        Guard.Against.Null(contract);
        Guard.Against.Null(path);
        Guard.Against.Null(problems);
        problems.Unknown(contract.Unknown, path, Members);
        var reasons = JsonItems.Map(contract.Reasons, JsonPath.Property(path, "reasons"), problems, ReasonJsonMapper.ToValue);
        return problems.Present(path, ("letter", contract.Letter is not null), ("reasons", contract.Reasons is not null)) && reasons is { } read
            ? problems.Build(path, "invalid-letter-grade", Members, () => new LetterGrade(contract.Letter!, read))
            : null;
    }

    /// <inheritdoc/>
    public static LetterGradeContract ToContract(LetterGrade value)
    {
        Guard.Against.Null(value);
        return new LetterGradeContract { Letter = value.Letter, Reasons = [.. value.Reasons.Select(ReasonJsonMapper.ToContract)] };
    }
}

/// <summary>Maps a <see cref="HundredPointScore"/> to and from its <see cref="HundredPointScoreContract"/>.</summary>
internal sealed class HundredPointScoreJsonMapper : IJsonMapper<HundredPointScore, HundredPointScoreContract>
{
    private static readonly string[] Members = ["points", "reasons"];

    private HundredPointScoreJsonMapper()
    {
    }

    /// <inheritdoc/>
    public static JsonTypeInfo<HundredPointScoreContract> Contract => GradingJsonContext.Default.HundredPointScoreContract;

    /// <inheritdoc/>
    public static HundredPointScore? ToValue(HundredPointScoreContract contract, string path, JsonProblems problems)
    {
        Guard.Against.Null(contract);
        Guard.Against.Null(path);
        Guard.Against.Null(problems);
        problems.Unknown(contract.Unknown, path, Members);
        var reasons = JsonItems.Map(contract.Reasons ?? [], JsonPath.Property(path, "reasons"), problems, ReasonJsonMapper.ToValue);
        return problems.Present(path, ("points", contract.Points is not null)) && reasons is { } read
            ? new HundredPointScore(contract.Points!.Value, read)
            : null;
    }

    /// <inheritdoc/>
    public static HundredPointScoreContract ToContract(HundredPointScore value)
    {
        Guard.Against.Null(value);
        return new HundredPointScoreContract { Points = value.Points, Reasons = [.. value.Reasons.Select(ReasonJsonMapper.ToContract)] };
    }
}
