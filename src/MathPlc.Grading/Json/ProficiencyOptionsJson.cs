using System.Text.Json.Serialization.Metadata;
using MathPlc.Core;

namespace MathPlc.Grading.Json;

/// <summary>
/// The JSON of <see cref="ProficiencyOptions"/>:
/// <c>{"method":{"name":"decaying-average","decay":0.65},"scale":{…},"rounding":{"digits":2,"mode":"ruby"},"policy":{…},"levelRule":"floor","name":"canvas"}</c>.
/// See <see cref="ProficiencyOptionsJsonMapper"/>.
/// </summary>
internal sealed record ProficiencyOptionsContract : JsonContractRecord
{
    public CalculationMethodContract? Method { get; init; }
    public ProficiencyScaleContract? Scale { get; init; }
    public ScoreRoundingContract? Rounding { get; init; }
    public GradingPolicyContract? Policy { get; init; }
    public string? LevelRule { get; init; }
    public string? Name { get; init; }
}

/// <summary>
/// The JSON of a <see cref="GradingPreset"/>, a named system setting:
/// <c>{"name":"canvas-decaying-average","method":{"name":"decaying-average","decayPercent":65},"rounding":{"digits":2,"mode":"ruby"},"source":"…","description":"…"}</c>.
/// See <see cref="GradingPresetJsonMapper"/>.
/// </summary>
internal sealed record GradingPresetContract : JsonContractRecord
{
    public string? Name { get; init; }
    public CalculationMethodContract? Method { get; init; }
    public ScoreRoundingContract? Rounding { get; init; }
    public string? Source { get; init; }
    public string? Description { get; init; }
    public ProficiencyScaleContract? DefaultScale { get; init; }
    public List<string?>? Settings { get; init; }
    public string? SettingsHelp { get; init; }
}

/// <summary>
/// Maps <see cref="ProficiencyOptions"/> to and from its <see cref="ProficiencyOptionsContract"/>: <c>method</c> and
/// <c>scale</c> required, <c>rounding</c>, <c>policy</c> and <c>name</c> left out when null, <c>levelRule</c> always
/// written; a broken invariant is an <c>invalid-options</c> problem.
/// </summary>
internal sealed class ProficiencyOptionsJsonMapper : IJsonMapper<ProficiencyOptions, ProficiencyOptionsContract>
{
    private static readonly string[] Members = ["method", "scale", "rounding", "policy", "levelRule", "name"];

    private ProficiencyOptionsJsonMapper()
    {
    }

    /// <summary>The names of the level rules: <c>floor</c>, <c>nearest</c>.</summary>
    public static JsonChoice<LevelRule> LevelRules { get; } = new("unknown-level-rule", "a level rule");

    /// <inheritdoc/>
    public static JsonTypeInfo<ProficiencyOptionsContract> Contract => GradingJsonContext.Default.ProficiencyOptionsContract;

    /// <inheritdoc/>
    public static ProficiencyOptions? ToValue(ProficiencyOptionsContract contract, string path, JsonProblems problems)
    {
        Guard.Against.Null(contract);
        Guard.Against.Null(path);
        Guard.Against.Null(problems);
        problems.Unknown(contract.Unknown, path, Members);
        var method = contract.Method is { } m ? CalculationMethodJsonMapper.ToValue(m, JsonPath.Property(path, "method"), problems) : null;
        var scale = contract.Scale is { } s ? ProficiencyScaleJsonMapper.ToValue(s, JsonPath.Property(path, "scale"), problems) : null;
        var rounding = contract.Rounding is { } r ? ScoreRoundingJsonMapper.ToValue(r, JsonPath.Property(path, "rounding"), problems) : null;
        var policy = contract.Policy is { } p ? GradingPolicyJsonMapper.ToValue(p, JsonPath.Property(path, "policy"), problems) : null;
        var levelRule = contract.LevelRule is null ? LevelRule.Floor : LevelRules.Parse(problems, contract.LevelRule, JsonPath.Property(path, "levelRule"));
        if (!problems.Present(path, ("method", contract.Method is not null), ("scale", contract.Scale is not null))
            || method is null || scale is null || (contract.Rounding is not null && rounding is null) || (contract.Policy is not null && policy is null)
            || levelRule is not { } rule)
            return null;
        return problems.Build(path, "invalid-options", Members, () => new ProficiencyOptions(method, scale, rounding, policy, rule, contract.Name));
    }

    /// <inheritdoc/>
    public static ProficiencyOptionsContract ToContract(ProficiencyOptions value)
    {
        Guard.Against.Null(value);
        return new ProficiencyOptionsContract
        {
            Method = CalculationMethodJsonMapper.ToContract(value.Method),
            Scale = ProficiencyScaleJsonMapper.ToContract(value.Scale),
            Rounding = value.Rounding is { } rounding ? ScoreRoundingJsonMapper.ToContract(rounding) : null,
            Policy = value.Policy is { } policy ? GradingPolicyJsonMapper.ToContract(policy) : null,
            LevelRule = LevelRules.Name(value.LevelRule),
            Name = value.Name,
        };
    }
}

/// <summary>
/// Maps a <see cref="GradingPreset"/> to and from its <see cref="GradingPresetContract"/>: <c>name</c>, <c>method</c>,
/// <c>source</c> and <c>description</c> required; <c>rounding</c>, <c>defaultScale</c>, <c>settings</c> and
/// <c>settingsHelp</c> optional and left out when the preset has none. A broken invariant is an <c>invalid-preset</c> problem.
/// </summary>
internal sealed class GradingPresetJsonMapper : IJsonMapper<GradingPreset, GradingPresetContract>
{
    private static readonly string[] Members = ["name", "method", "rounding", "source", "description", "defaultScale", "settings", "settingsHelp"];

    private GradingPresetJsonMapper()
    {
    }

    /// <inheritdoc/>
    public static JsonTypeInfo<GradingPresetContract> Contract => GradingJsonContext.Default.GradingPresetContract;

    /// <inheritdoc/>
    public static GradingPreset? ToValue(GradingPresetContract contract, string path, JsonProblems problems)
    {
        Guard.Against.Null(contract);
        Guard.Against.Null(path);
        Guard.Against.Null(problems);
        problems.Unknown(contract.Unknown, path, Members);
        var method = contract.Method is { } m ? CalculationMethodJsonMapper.ToValue(m, JsonPath.Property(path, "method"), problems) : null;
        var rounding = contract.Rounding is { } r ? ScoreRoundingJsonMapper.ToValue(r, JsonPath.Property(path, "rounding"), problems) : null;
        var scale = contract.DefaultScale is { } s ? ProficiencyScaleJsonMapper.ToValue(s, JsonPath.Property(path, "defaultScale"), problems) : null;
        var settings = Texts(contract.Settings, JsonPath.Property(path, "settings"), problems);
        if (!problems.Present(path, ("name", contract.Name is not null), ("method", contract.Method is not null), ("source", contract.Source is not null),
                ("description", contract.Description is not null))
            || method is null || (contract.Rounding is not null && rounding is null) || (contract.DefaultScale is not null && scale is null) || settings is null)
            return null;
        return problems.Build(path, "invalid-preset", Members, () => new GradingPreset(contract.Name!, method, rounding, contract.Source!, contract.Description!)
        {
            DefaultScale = scale,
            Settings = settings.Value,
            SettingsHelp = contract.SettingsHelp,
        });
    }

    /// <inheritdoc/>
    public static GradingPresetContract ToContract(GradingPreset value)
    {
        Guard.Against.Null(value);
        return new GradingPresetContract
        {
            Name = value.Name,
            Method = CalculationMethodJsonMapper.ToContract(value.Method),
            Rounding = value.Rounding is { } rounding ? ScoreRoundingJsonMapper.ToContract(rounding) : null,
            Source = value.Source,
            Description = value.Description,
            DefaultScale = value.DefaultScale is { } scale ? ProficiencyScaleJsonMapper.ToContract(scale) : null,
            Settings = value.Settings.IsEmpty ? null : [.. value.Settings],
            SettingsHelp = value.SettingsHelp,
        };
    }

    // The texts of a list of strings (none when absent); a null among them is wrong-type, as a string was expected.
    private static ImmutableArray<string>? Texts(List<string?>? items, string path, JsonProblems problems)
    {
        if (items is null) return [];
        var texts = ImmutableArray.CreateBuilder<string>(items.Count);
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i] is { } text) texts.Add(text);
            else JsonWrongType.AddNull(problems, JsonPath.Index(path, i), "a string");
        }
        return texts.Count == items.Count ? texts.MoveToImmutable() : null;
    }
}
