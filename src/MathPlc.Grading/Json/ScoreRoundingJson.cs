using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace MathPlc.Grading.Json;

/// <summary>The JSON of a <see cref="ScoreRounding"/>: <c>{"digits":2,"mode":"awayFromZero"}</c>. See <see cref="ScoreRoundingJsonMapper"/>.</summary>
internal sealed record ScoreRoundingContract : JsonContractRecord
{
    public int? Digits { get; init; }
    public string? Mode { get; init; }
}

/// <summary>Maps a <see cref="ScoreRounding"/> to and from its <see cref="ScoreRoundingContract"/>; a broken invariant is an <c>invalid-rounding</c> problem.</summary>
internal sealed class ScoreRoundingJsonMapper : IJsonMapper<ScoreRounding, ScoreRoundingContract>
{
    private static readonly string[] Members = ["digits", "mode"];

    private ScoreRoundingJsonMapper()
    {
    }

    /// <summary>The names of the rounding modes: <c>awayFromZero</c>, <c>toEven</c>, <c>ruby</c>.</summary>
    public static JsonChoice<RoundingMode> Modes { get; } = new("unknown-rounding-mode", "a rounding mode");

    /// <inheritdoc/>
    public static JsonTypeInfo<ScoreRoundingContract> Contract => GradingJsonContext.Default.ScoreRoundingContract;

    /// <inheritdoc/>
    public static ScoreRounding? ToValue(ScoreRoundingContract contract, string path, JsonProblems problems)
    {
        Guard.Against.Null(contract);
        Guard.Against.Null(path);
        Guard.Against.Null(problems);
        problems.Unknown(contract.Unknown, path, Members);
        RoundingMode? mode = contract.Mode is null ? RoundingMode.AwayFromZero : Modes.Parse(problems, contract.Mode, JsonPath.Property(path, "mode"));
        return problems.Present(path, ("digits", contract.Digits is not null)) && mode is { } m
            ? problems.Build(path, "invalid-rounding", Members, () => new ScoreRounding(contract.Digits!.Value, m))
            : null;
    }

    /// <inheritdoc/>
    public static ScoreRoundingContract ToContract(ScoreRounding value)
    {
        Guard.Against.Null(value);
        return new ScoreRoundingContract { Digits = value.Digits, Mode = Modes.Name(value.Mode) };
    }
}
