using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace MathPlc.Core.Json;

/// <summary>The JSON of a <see cref="Reason"/>: <c>{"code":"below-cut","message":"…","data":{"cut":"3","score":"2.5"}}</c>. See <see cref="ReasonJsonMapper"/>.</summary>
public sealed record ReasonContract : JsonContractRecord
{
    /// <summary>The stable code, kebab case; required.</summary>
    public string? Code { get; init; }

    /// <summary>The reason in teachers' words; required.</summary>
    public string? Message { get; init; }

    /// <summary>The facts behind the reason, every value a string; none when absent, always written (keys in ordinal order).</summary>
    public Dictionary<string, string?>? Data { get; init; }

}

/// <summary>Maps a <see cref="Reason"/> to and from its <see cref="ReasonContract"/>; a broken invariant is an <c>invalid-reason</c> problem.</summary>
public sealed class ReasonJsonMapper : IJsonMapper<Reason, ReasonContract>
{
    private static readonly string[] Members = ["code", "message", "data"];

    private ReasonJsonMapper()
    {
    }

    /// <inheritdoc/>
    public static JsonTypeInfo<ReasonContract> Contract => CoreJsonContext.Default.ReasonContract;

    /// <inheritdoc/>
    public static Reason? ToValue(ReasonContract contract, string path, JsonProblems problems)
    {
        Guard.Against.Null(contract);
        Guard.Against.Null(path);
        Guard.Against.Null(problems);
        problems.Unknown(contract.Unknown, path, Members);
        var data = new List<KeyValuePair<string, string>>();
        foreach (var (key, text) in contract.Data ?? [])
        {
            if (text is null) JsonWrongType.AddNull(problems, JsonPath.Property(JsonPath.Property(path, "data"), key), "a string");
            else data.Add(new(key, text));
        }
        if (!problems.Present(path, ("code", contract.Code is not null), ("message", contract.Message is not null)) || data.Count < (contract.Data?.Count ?? 0))
            return null;
        return problems.Build(path, "invalid-reason", Members, () => new Reason(contract.Code!, contract.Message!, data));
    }

    /// <inheritdoc/>
    /// <remarks>
    /// The data are taken from <see cref="Reason.Facts"/> (the pairs of <see cref="Reason.Data"/>, in its order) rather
    /// than <see cref="Reason.Data"/>, a sorted dictionary a reason builds on first use: a district's team maps hundreds
    /// of reasons (decision 0240).
    /// </remarks>
    public static ReasonContract ToContract(Reason value)
    {
        Guard.Against.Null(value);
        var data = new Dictionary<string, string?>(value.Facts.Count, StringComparer.Ordinal);
        foreach (var (key, text) in value.Facts) data.Add(key, text);
        return new ReasonContract { Code = value.Code, Message = value.Message, Data = data };
    }
}
