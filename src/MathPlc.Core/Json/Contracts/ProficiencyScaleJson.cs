using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace MathPlc.Core.Json;

/// <summary>The JSON of a <see cref="ProficiencyLevel"/>: <c>{"label":"Target content","cut":3}</c>; both required. See <see cref="ProficiencyLevelJsonMapper"/>.</summary>
public sealed record ProficiencyLevelContract : JsonContractRecord
{
    /// <summary>The level's label.</summary>
    public string? Label { get; init; }

    /// <summary>The lowest score at the level.</summary>
    public double? Cut { get; init; }

}

/// <summary>
/// The JSON of a <see cref="ProficiencyScale"/>:
/// <c>{"name":"Marzano 0–4","minimum":0,"maximum":4,"step":0.5,"levels":[{"label":"…","cut":0},…],"proficientLevel":"Target content"}</c>.
/// See <see cref="ProficiencyScaleJsonMapper"/>.
/// </summary>
public sealed record ProficiencyScaleContract : JsonContractRecord
{
    /// <summary>The scale's name; required.</summary>
    public string? Name { get; init; }

    /// <summary>The lowest score; required.</summary>
    public double? Minimum { get; init; }

    /// <summary>The highest score; required.</summary>
    public double? Maximum { get; init; }

    /// <summary>The step between scores, or null for any number.</summary>
    public double? Step { get; init; }

    /// <summary>The levels, lowest first; required.</summary>
    public List<ProficiencyLevelContract?>? Levels { get; init; }

    /// <summary>The label of the level that counts as proficient; required.</summary>
    public string? ProficientLevel { get; init; }

}

/// <summary>Maps a <see cref="ProficiencyLevel"/> to and from its <see cref="ProficiencyLevelContract"/>; a broken invariant is an <c>invalid-scale</c> problem.</summary>
public sealed class ProficiencyLevelJsonMapper : IJsonMapper<ProficiencyLevel, ProficiencyLevelContract>
{
    private static readonly string[] Members = ["label", "cut"];

    private ProficiencyLevelJsonMapper()
    {
    }

    /// <inheritdoc/>
    public static JsonTypeInfo<ProficiencyLevelContract> Contract => CoreJsonContext.Default.ProficiencyLevelContract;

    /// <inheritdoc/>
    public static ProficiencyLevel? ToValue(ProficiencyLevelContract contract, string path, JsonProblems problems)
    {
        Guard.Against.Null(contract);
        Guard.Against.Null(path);
        Guard.Against.Null(problems);
        problems.Unknown(contract.Unknown, path, Members);
        return problems.Present(path, ("label", contract.Label is not null), ("cut", contract.Cut is not null))
            ? problems.Build(path, ProficiencyScaleJsonMapper.InvalidCode, Members, () => new ProficiencyLevel(contract.Label!, contract.Cut!.Value))
            : null;
    }

    /// <inheritdoc/>
    public static ProficiencyLevelContract ToContract(ProficiencyLevel value)
    {
        Guard.Against.Null(value);
        return new ProficiencyLevelContract { Label = value.Label, Cut = value.Cut };
    }
}

/// <summary>
/// Maps a <see cref="ProficiencyScale"/> to and from its <see cref="ProficiencyScaleContract"/>. <c>step</c> is optional
/// and left out when there is none; the proficient level is written by its label, the way teachers name it. A broken
/// invariant is an <c>invalid-scale</c> problem at the member it names.
/// </summary>
public sealed class ProficiencyScaleJsonMapper : IJsonMapper<ProficiencyScale, ProficiencyScaleContract>
{
    /// <summary>The diagnostic code of a scale or level that breaks an invariant.</summary>
    public const string InvalidCode = "invalid-scale";

    private static readonly string[] Members = ["name", "minimum", "maximum", "step", "levels", "proficientLevel"];

    private ProficiencyScaleJsonMapper()
    {
    }

    /// <inheritdoc/>
    public static JsonTypeInfo<ProficiencyScaleContract> Contract => CoreJsonContext.Default.ProficiencyScaleContract;

    /// <inheritdoc/>
    public static ProficiencyScale? ToValue(ProficiencyScaleContract contract, string path, JsonProblems problems)
    {
        Guard.Against.Null(contract);
        Guard.Against.Null(path);
        Guard.Against.Null(problems);
        problems.Unknown(contract.Unknown, path, Members);
        var levels = JsonItems.Map(contract.Levels, JsonPath.Property(path, "levels"), problems, ProficiencyLevelJsonMapper.ToValue);
        if (!problems.Present(path, ("name", contract.Name is not null), ("minimum", contract.Minimum is not null), ("maximum", contract.Maximum is not null),
                ("levels", contract.Levels is not null), ("proficientLevel", contract.ProficientLevel is not null))
            || levels is null)
            return null;
        return problems.Build(path, InvalidCode, Members, () => new ProficiencyScale(
            contract.Name!, contract.Minimum!.Value, contract.Maximum!.Value, levels.Value, contract.ProficientLevel!, contract.Step));
    }

    /// <inheritdoc/>
    public static ProficiencyScaleContract ToContract(ProficiencyScale value)
    {
        Guard.Against.Null(value);
        return new ProficiencyScaleContract
        {
            Name = value.Name,
            Minimum = value.Minimum,
            Maximum = value.Maximum,
            Step = value.Step,
            Levels = [.. value.Levels.Select(ProficiencyLevelJsonMapper.ToContract)],
            ProficientLevel = value.ProficientLevel.Label,
        };
    }
}
