using System.Text.Json;

namespace MathPlc.Interop.Json;

/// <summary>
/// The one converter behind <see cref="MathPlcJson"/> for every type that has a contract and a mapper (decision 0130):
/// it reads the contract with its package's source-generated context, maps it, and turns the first problem into the
/// <see cref="JsonException"/> MathPlc's converters have always thrown (same code, path, value and reason in
/// <see cref="JsonFailure"/>'s data, the broken invariant as the inner exception, the reader on the offending token so
/// line and column stay); it writes the mapper's contract.
/// </summary>
/// <typeparam name="TValue">The domain type.</typeparam>
/// <typeparam name="TContract">Its contract.</typeparam>
/// <typeparam name="TMapper">Its mapper.</typeparam>
internal sealed class ContractConverter<TValue, TContract, TMapper> : ObjectJsonConverter<TValue>
    where TValue : class
    where TContract : class
    where TMapper : IJsonMapper<TValue, TContract>
{
    /// <summary>The one instance, for converters and readers of objects that hold a <typeparamref name="TValue"/>.</summary>
    public static ContractConverter<TValue, TContract, TMapper> Instance { get; } = new();

    /// <inheritdoc/>
    public override TValue ReadAt(ref Utf8JsonReader reader, string path)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            string? text = JsonWrongType.TextOf(ref reader);
            throw JsonFailure.Create(JsonWrongType.Code, path, text, JsonWrongType.Reason("an object", reader.TokenType, text));
        }
        var start = reader;
        var problems = new JsonProblems(""); // the file is not known here; the caller names it
        TContract contract;
        try
        {
            contract = JsonSerializer.Deserialize(ref reader, TMapper.Contract)!;
        }
        catch (JsonException e) when (e.Path is { } at && at.StartsWith(JsonPath.Root, StringComparison.Ordinal))
        {
            // The serializer puts the reader back where it started; stand it on the refused token for its line and its text.
            reader = start;
            JsonCursor.MoveToValue(ref reader, path, path + at[JsonPath.Root.Length..]);
            if (!JsonWrongType.TryAdd(problems, TMapper.Contract, path, at, reader.TokenType, JsonWrongType.TextOf(ref reader))) throw;
            throw First(problems, e);
        }
        if (TMapper.ToValue(contract, path, problems) is { } value && !problems.Any) return value;
        reader = start;
        JsonCursor.MoveTo(ref reader, path, problems.Found[0]);
        throw First(problems, problems.CauseOf(0));
    }

    /// <inheritdoc/>
    public override void WriteValue(Utf8JsonWriter writer, TValue value) => JsonSerializer.Serialize(writer, TMapper.ToContract(value), TMapper.Contract);

    private static JsonException First(JsonProblems problems, Exception? cause)
    {
        var first = problems.Found[0];
        return JsonFailure.Create(first.Code, first.Field, first.Value, first.Message, cause);
    }
}
