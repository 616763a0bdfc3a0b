using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace MathPlc.Grading.Json;

/// <summary>The JSON of a <see cref="LetterBand"/>: <c>{"letter":"B","low":2.5,"high":3}</c>, all required. See <see cref="LetterBandJsonMapper"/>.</summary>
internal sealed record LetterBandContract : JsonContractRecord
{
    public string? Letter { get; init; }
    public double? Low { get; init; }
    public double? High { get; init; }
}

/// <summary>The JSON of a <see cref="HundredPointBand"/>: <c>{"low":3.26,"high":3.75,"pointsLow":93,"pointsHigh":96}</c>, all required.</summary>
internal sealed record HundredPointBandContract : JsonContractRecord
{
    public double? Low { get; init; }
    public double? High { get; init; }
    public double? PointsLow { get; init; }
    public double? PointsHigh { get; init; }
}

/// <summary>The JSON of a <see cref="LetterGradeTable"/>: <c>{"name":"marzano-2010","bands":[…],"source":"…"}</c>, all required.</summary>
internal sealed record LetterGradeTableContract : JsonContractRecord
{
    public string? Name { get; init; }
    public List<LetterBandContract?>? Bands { get; init; }
    public string? Source { get; init; }
}

/// <summary>The JSON of a <see cref="HundredPointTable"/>: <c>{"name":"marzano-hrs","bands":[…],"source":"…"}</c>, all required.</summary>
internal sealed record HundredPointTableContract : JsonContractRecord
{
    public string? Name { get; init; }
    public List<HundredPointBandContract?>? Bands { get; init; }
    public string? Source { get; init; }
}

/// <summary>Maps a <see cref="LetterBand"/> to and from its <see cref="LetterBandContract"/>; a broken invariant is an <c>invalid-band</c> problem.</summary>
internal sealed class LetterBandJsonMapper : IJsonMapper<LetterBand, LetterBandContract>
{
    private static readonly string[] Members = ["letter", "low", "high"];

    private LetterBandJsonMapper()
    {
    }

    /// <inheritdoc/>
    public static JsonTypeInfo<LetterBandContract> Contract => GradingJsonContext.Default.LetterBandContract;

    /// <inheritdoc/>
    public static LetterBand? ToValue(LetterBandContract contract, string path, JsonProblems problems)
    {
        Guard.Against.Null(contract);
        Guard.Against.Null(path);
        Guard.Against.Null(problems);
        problems.Unknown(contract.Unknown, path, Members);
        return problems.Present(path, ("letter", contract.Letter is not null), ("low", contract.Low is not null), ("high", contract.High is not null))
            ? problems.Build(path, ConversionTableJson.InvalidBandCode, Members, () => new LetterBand(contract.Letter!, contract.Low!.Value, contract.High!.Value))
            : null;
    }

    /// <inheritdoc/>
    public static LetterBandContract ToContract(LetterBand value)
    {
        Guard.Against.Null(value);
        return new LetterBandContract { Letter = value.Letter, Low = value.Low, High = value.High };
    }
}

/// <summary>Maps a <see cref="HundredPointBand"/> to and from its <see cref="HundredPointBandContract"/>; a broken invariant is an <c>invalid-band</c> problem.</summary>
internal sealed class HundredPointBandJsonMapper : IJsonMapper<HundredPointBand, HundredPointBandContract>
{
    private static readonly string[] Members = ["low", "high", "pointsLow", "pointsHigh"];

    private HundredPointBandJsonMapper()
    {
    }

    /// <inheritdoc/>
    public static JsonTypeInfo<HundredPointBandContract> Contract => GradingJsonContext.Default.HundredPointBandContract;

    /// <inheritdoc/>
    public static HundredPointBand? ToValue(HundredPointBandContract contract, string path, JsonProblems problems)
    {
        Guard.Against.Null(contract);
        Guard.Against.Null(path);
        Guard.Against.Null(problems);
        problems.Unknown(contract.Unknown, path, Members);
        return problems.Present(path, ("low", contract.Low is not null), ("high", contract.High is not null),
                ("pointsLow", contract.PointsLow is not null), ("pointsHigh", contract.PointsHigh is not null))
            ? problems.Build(path, ConversionTableJson.InvalidBandCode, Members,
                () => new HundredPointBand(contract.Low!.Value, contract.High!.Value, contract.PointsLow!.Value, contract.PointsHigh!.Value))
            : null;
    }

    /// <inheritdoc/>
    public static HundredPointBandContract ToContract(HundredPointBand value)
    {
        Guard.Against.Null(value);
        return new HundredPointBandContract { Low = value.Low, High = value.High, PointsLow = value.PointsLow, PointsHigh = value.PointsHigh };
    }
}

/// <summary>Maps a <see cref="LetterGradeTable"/> to and from its <see cref="LetterGradeTableContract"/>; its tiling is checked on reading (<c>invalid-table</c>).</summary>
internal sealed class LetterGradeTableJsonMapper : IJsonMapper<LetterGradeTable, LetterGradeTableContract>
{
    private LetterGradeTableJsonMapper()
    {
    }

    /// <inheritdoc/>
    public static JsonTypeInfo<LetterGradeTableContract> Contract => GradingJsonContext.Default.LetterGradeTableContract;

    /// <inheritdoc/>
    public static LetterGradeTable? ToValue(LetterGradeTableContract contract, string path, JsonProblems problems)
    {
        Guard.Against.Null(contract);
        return ConversionTableJson.ToTable(contract.Name, contract.Bands, contract.Source, contract.Unknown, path, problems, LetterBandJsonMapper.ToValue,
            static (name, bands, source) => new LetterGradeTable(name, bands, source));
    }

    /// <inheritdoc/>
    public static LetterGradeTableContract ToContract(LetterGradeTable value)
    {
        Guard.Against.Null(value);
        return new LetterGradeTableContract { Name = value.Name, Bands = [.. value.Bands.Select(LetterBandJsonMapper.ToContract)], Source = value.Source };
    }
}

/// <summary>Maps a <see cref="HundredPointTable"/> to and from its <see cref="HundredPointTableContract"/>; its tiling is checked on reading (<c>invalid-table</c>).</summary>
internal sealed class HundredPointTableJsonMapper : IJsonMapper<HundredPointTable, HundredPointTableContract>
{
    private HundredPointTableJsonMapper()
    {
    }

    /// <inheritdoc/>
    public static JsonTypeInfo<HundredPointTableContract> Contract => GradingJsonContext.Default.HundredPointTableContract;

    /// <inheritdoc/>
    public static HundredPointTable? ToValue(HundredPointTableContract contract, string path, JsonProblems problems)
    {
        Guard.Against.Null(contract);
        return ConversionTableJson.ToTable(contract.Name, contract.Bands, contract.Source, contract.Unknown, path, problems, HundredPointBandJsonMapper.ToValue,
            static (name, bands, source) => new HundredPointTable(name, bands, source));
    }

    /// <inheritdoc/>
    public static HundredPointTableContract ToContract(HundredPointTable value)
    {
        Guard.Against.Null(value);
        return new HundredPointTableContract { Name = value.Name, Bands = [.. value.Bands.Select(HundredPointBandJsonMapper.ToContract)], Source = value.Source };
    }
}

/// <summary>
/// The mapping of Grading's named, sourced lists — both conversion tables (<c>bands</c>) and a conjunctive rule set
/// (<c>rules</c>): a name, the items and a source, all required, the list's invariant checked with the list's code.
/// </summary>
internal static class ConversionTableJson
{
    public const string InvalidBandCode = "invalid-band";

    public static TTable? ToTable<TBandContract, TBand, TTable>(string? name, List<TBandContract?>? bands, string? source, Dictionary<string, JsonElement>? unknown,
        string path, JsonProblems problems, JsonItems.Mapper<TBandContract, TBand> band, Func<string, ImmutableArray<TBand>, string, TTable> create,
        string items = "bands", string code = "invalid-table")
        where TBandContract : class
        where TTable : class
    {
        Guard.Against.Null(path);
        Guard.Against.Null(problems);
        string[] members = ["name", items, "source"];
        problems.Unknown(unknown, path, members);
        var read = JsonItems.Map(bands, JsonPath.Property(path, items), problems, band);
        return problems.Present(path, ("name", name is not null), (items, bands is not null), ("source", source is not null)) && read is { } list
            ? problems.Build(path, code, members, () => create(name!, list, source!))
            : null;
    }
}
