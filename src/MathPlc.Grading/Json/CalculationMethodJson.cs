using System.Text.Json.Serialization.Metadata;

namespace MathPlc.Grading.Json;

/// <summary>
/// The JSON of <see cref="MethodSettings"/>, the parameters a calculation method may take, by the names of
/// <see cref="CalculationMethods.All"/>: <c>{"decay":0.75,"count":5,"modeTies":"mostRecent","clamp":true}</c>. Every
/// member is optional (absent or null takes the method's default); <c>modeTies</c> and <c>clamp</c> are always written.
/// </summary>
internal sealed record MethodSettingsContract : JsonContractRecord
{
    public double? Decay { get; init; }
    public int? Count { get; init; }
    public double? MasteryPoints { get; init; }
    public string? ModeTies { get; init; }
    public string? ZeroPolicy { get; init; }
    public bool? Clamp { get; init; }
    public double? ScaleMinimum { get; init; }
    public double? ScaleMaximum { get; init; }
    public string? ErrorMeasure { get; init; }
}

/// <summary>
/// The JSON of a <see cref="CalculationMethod"/>: its name and the parameters its row of
/// <see cref="CalculationMethods.All"/> lists, spelt as <see cref="MethodSettingsContract"/>:
/// <c>{"name":"mean"}</c>, <c>{"name":"decaying-average","decay":0.65}</c>, <c>{"name":"decaying-average","decayPercent":65}</c>
/// (Canvas's whole-percent arithmetic), <c>{"name":"best-fit","errorMeasure":"sumOfSquaredErrors","zeroPolicy":"exclude","scaleMinimum":1,"scaleMaximum":4}</c>.
/// See <see cref="CalculationMethodJsonMapper"/>.
/// </summary>
/// <remarks>
/// The members are declared in an order that writes every method's parameters in its row's order (the regression
/// methods' clamp as its two bounds, <c>best-fit</c>'s error measure first); <c>clamp</c> itself is read, never written.
/// </remarks>
internal sealed record CalculationMethodContract : JsonContractRecord
{
    public string? Name { get; init; }
    public double? Decay { get; init; }
    public int? DecayPercent { get; init; }
    public int? Count { get; init; }
    public double? MasteryPoints { get; init; }
    public string? ModeTies { get; init; }
    public string? ErrorMeasure { get; init; }
    public string? ZeroPolicy { get; init; }
    public bool? Clamp { get; init; }
    public double? ScaleMinimum { get; init; }
    public double? ScaleMaximum { get; init; }
}

/// <summary>
/// Maps <see cref="MethodSettings"/> to and from its <see cref="MethodSettingsContract"/>. The values are checked by the
/// method that reads them (<see cref="CalculationMethods.Create"/>), not here; a name that is not a choice is a problem
/// with the choice's code (<c>unknown-mode-tie-rule</c>, <c>unknown-zero-policy</c>, <c>unknown-error-measure</c>).
/// </summary>
internal sealed class MethodSettingsJsonMapper : IJsonMapper<MethodSettings, MethodSettingsContract>
{
    /// <summary>The JSON names of the settings, in the order they are listed and written.</summary>
    internal static readonly string[] Members = ["decay", "count", "masteryPoints", "modeTies", "zeroPolicy", "clamp", "scaleMinimum", "scaleMaximum", "errorMeasure"];

    private MethodSettingsJsonMapper()
    {
    }

    /// <summary>The names of the tie rules of <c>mode</c>: <c>highest</c>, <c>mostRecent</c>, <c>none</c>.</summary>
    public static JsonChoice<ModeTieRule> ModeTies { get; } = new("unknown-mode-tie-rule", "a mode tie rule");

    /// <summary>The names of the power law's zero policies (e.g. <c>floorAt</c>).</summary>
    public static JsonChoice<PowerLawZeroPolicy> ZeroPolicies { get; } = new("unknown-zero-policy", "a power-law zero policy");

    /// <summary>The names of <c>best-fit</c>'s error measures (e.g. <c>sumOfAbsoluteErrors</c>).</summary>
    public static JsonChoice<FitErrorMeasure> ErrorMeasures { get; } = new("unknown-error-measure", "a best-fit error measure");

    /// <inheritdoc/>
    public static JsonTypeInfo<MethodSettingsContract> Contract => GradingJsonContext.Default.MethodSettingsContract;

    /// <inheritdoc/>
    public static MethodSettings? ToValue(MethodSettingsContract contract, string path, JsonProblems problems)
    {
        Guard.Against.Null(contract);
        Guard.Against.Null(path);
        Guard.Against.Null(problems);
        problems.Unknown(contract.Unknown, path, Members);
        return Settings(path, problems, contract.Decay, contract.Count, contract.MasteryPoints, contract.ModeTies, contract.ZeroPolicy, contract.Clamp,
            contract.ScaleMinimum, contract.ScaleMaximum, contract.ErrorMeasure);
    }

    /// <inheritdoc/>
    public static MethodSettingsContract ToContract(MethodSettings value)
    {
        Guard.Against.Null(value);
        return new MethodSettingsContract
        {
            Decay = value.Decay,
            Count = value.Count,
            MasteryPoints = value.MasteryPoints,
            ModeTies = ModeTies.Name(value.ModeTies),
            ZeroPolicy = value.ZeroPolicy is { } zero ? ZeroPolicies.Name(zero) : null,
            Clamp = value.Clamp,
            ScaleMinimum = value.ScaleMinimum,
            ScaleMaximum = value.ScaleMaximum,
            ErrorMeasure = value.ErrorMeasure is { } measure ? ErrorMeasures.Name(measure) : null,
        };
    }

    /// <summary>The settings the members give, or null after recording each name that is not a choice.</summary>
    internal static MethodSettings? Settings(string path, JsonProblems problems, double? decay, int? count, double? masteryPoints, string? modeTies,
        string? zeroPolicy, bool? clamp, double? scaleMinimum, double? scaleMaximum, string? errorMeasure)
    {
        var ties = modeTies is null ? ModeTieRule.Highest : ModeTies.Parse(problems, modeTies, JsonPath.Property(path, "modeTies"));
        var zero = ZeroPolicies.Parse(problems, zeroPolicy, JsonPath.Property(path, "zeroPolicy"));
        var measure = ErrorMeasures.Parse(problems, errorMeasure, JsonPath.Property(path, "errorMeasure"));
        if (ties is null || (zeroPolicy is not null && zero is null) || (errorMeasure is not null && measure is null)) return null;
        return new MethodSettings
        {
            Decay = decay,
            Count = count,
            MasteryPoints = masteryPoints,
            ModeTies = ties.Value,
            ZeroPolicy = zero,
            Clamp = clamp ?? true,
            ScaleMinimum = scaleMinimum,
            ScaleMaximum = scaleMaximum,
            ErrorMeasure = measure,
        };
    }
}

/// <summary>
/// Maps a <see cref="CalculationMethod"/> to and from its <see cref="CalculationMethodContract"/> through the table of
/// methods (decision 0092): a method is read by <see cref="CalculationMethods.Create"/> (a parameter the method does not
/// take is ignored, an absent one takes its default) and written with the parameters of its row,
/// <see cref="CalculationMethodDefinition.Parameters"/>, valued by <see cref="CalculationMethodDefinition.SettingsOf"/>.
/// An unknown name or a value the method refuses is an <c>invalid-method</c> problem at the member it comes from.
/// </summary>
internal sealed class CalculationMethodJsonMapper : IJsonMapper<CalculationMethod, CalculationMethodContract>
{
    private const string Code = "invalid-method";

    private static readonly string[] Members = ["name", "decay", "decayPercent", .. MethodSettingsJsonMapper.Members[1..]];

    private CalculationMethodJsonMapper()
    {
    }

    /// <inheritdoc/>
    public static JsonTypeInfo<CalculationMethodContract> Contract => GradingJsonContext.Default.CalculationMethodContract;

    /// <inheritdoc/>
    public static CalculationMethod? ToValue(CalculationMethodContract contract, string path, JsonProblems problems)
    {
        Guard.Against.Null(contract);
        Guard.Against.Null(path);
        Guard.Against.Null(problems);
        problems.Unknown(contract.Unknown, path, Members);
        var settings = MethodSettingsJsonMapper.Settings(path, problems, contract.Decay, contract.Count, contract.MasteryPoints, contract.ModeTies,
            contract.ZeroPolicy, contract.Clamp, contract.ScaleMinimum, contract.ScaleMaximum, contract.ErrorMeasure);
        if (!problems.Present(path, ("name", contract.Name is not null)) || settings is null) return null;
        if (contract.DecayPercent is not null && contract.Decay is not null)
        {
            problems.Add(Code, JsonPath.Property(path, "decayPercent"), "give the weight as decay or as decayPercent, not both.");
            return null;
        }
        try
        {
            var method = CalculationMethods.Create(contract.Name!, settings);
            return contract.DecayPercent is { } percent ? WithPercent(method, percent) : method;
        }
        catch (ArgumentException e)
        {
            string at = MemberOf(e.ParamName) is { } member ? JsonPath.Property(path, member) : path;
            problems.Add(Code, at, JsonProblems.ReasonOf(e), JsonProblems.ValueOf(e), e);
            return null;
        }
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException">The method is not in <see cref="CalculationMethods.All"/>, or its row has a parameter this contract cannot write.</exception>
    public static CalculationMethodContract ToContract(CalculationMethod value)
    {
        Guard.Against.Null(value);
        if (!CalculationMethods.TryFind(value.Name, out var definition))
            throw new ArgumentOutOfRangeException(nameof(value), value, $"The method {value.Name} has no JSON contract.");
        var settings = definition.SettingsOf(value);
        var contract = new CalculationMethodContract { Name = value.Name };
        foreach (var parameter in definition.Parameters)
        {
            contract = parameter.Name switch
            {
                "decay" => PercentOf(value) is { } percent ? contract with { DecayPercent = percent } : contract with { Decay = settings.Decay },
                "count" => contract with { Count = settings.Count },
                "masteryPoints" => contract with { MasteryPoints = settings.MasteryPoints },
                "modeTies" => contract with { ModeTies = MethodSettingsJsonMapper.ModeTies.Name(settings.ModeTies) },
                "zeroPolicy" => contract with { ZeroPolicy = MethodSettingsJsonMapper.ZeroPolicies.Name(settings.ZeroPolicy!.Value) },
                "errorMeasure" => contract with { ErrorMeasure = MethodSettingsJsonMapper.ErrorMeasures.Name(settings.ErrorMeasure!.Value) },
                "clamp" => contract with { ScaleMinimum = settings.ScaleMinimum, ScaleMaximum = settings.ScaleMaximum },
                _ => throw new ArgumentOutOfRangeException(nameof(value), value, $"The parameter {parameter.Name} of {value.Name} has no JSON contract."),
            };
        }
        return contract;
    }

    // A recency weight made from a whole percent (Canvas's arithmetic) is written as decayPercent, so it reads back equal.
    private static int? PercentOf(CalculationMethod method) => method switch
    {
        DecayingAverage decaying => decaying.NewerPercent,
        WeightedLatest weighted => weighted.LatestPercent,
        _ => null,
    };

    private static CalculationMethod WithPercent(CalculationMethod method, int percent) => method switch
    {
        DecayingAverage => DecayingAverage.FromPercent(percent),
        WeightedLatest => WeightedLatest.FromPercent(percent),
        _ => throw new ArgumentException($"decayPercent is a parameter of decaying-average and weighted-latest, not of {method.Name}.", "decayPercent"),
    };

    // The JSON member a method's constructor parameter comes from, so a refused value is named where it was written.
    private static string? MemberOf(string? parameter) => parameter switch
    {
        "newerWeight" or "latestWeight" => "decay",
        "newerPercent" or "latestPercent" or "decayPercent" => "decayPercent",
        "clampMinimum" => "scaleMinimum",
        "clampMaximum" => "scaleMaximum",
        "count" or "masteryPoints" or "name" => parameter,
        _ => null,
    };
}
