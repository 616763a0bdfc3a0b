using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MathPlc.Assessments;
using MathPlc.Assessments.Json;

namespace MathPlc.Interop.Json;

/// <summary>
/// Keeps <c>MathPlcJson.Serialize</c> and <c>Deserialize</c> working for a type whose JSON now lives in its own
/// package behind a public reader and writer (decision 0146): reading takes the object's text, reads it with the
/// package's reader and throws its first problem as the <see cref="JsonException"/> MathPlc's converters have always
/// thrown (code, full path, value, reason, and the reader on the offending token so line and column stay, as
/// <see cref="ContractConverter{TValue, TContract, TMapper}"/> does); writing copies the writer's bytes.
/// </summary>
/// <typeparam name="T">The domain type.</typeparam>
/// <param name="read">The package's reader, <c>Read(Stream, fileName)</c>.</param>
/// <param name="write">The package's writer, <c>Write(Stream, value)</c>.</param>
internal sealed class FileJsonConverter<T>(Func<Stream, string, T> read, Action<Stream, T> write) : ObjectJsonConverter<T>
{
    /// <inheritdoc/>
    public override T ReadAt(ref Utf8JsonReader reader, string path)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            string? text = JsonWrongType.TextOf(ref reader);
            throw JsonFailure.Create(JsonWrongType.Code, path, text, JsonWrongType.Reason("an object", reader.TokenType, text));
        }
        var start = reader;
        using var json = JsonDocument.ParseValue(ref reader);
        try
        {
            return read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json.RootElement.GetRawText())), "");
        }
        catch (DataFileException e)
        {
            var first = e.Diagnostics[0];
            var at = first with { Field = path + (first.Field ?? JsonPath.Root)[JsonPath.Root.Length..] };
            reader = start;
            JsonCursor.MoveTo(ref reader, path, at);
            throw JsonFailure.Create(at.Code, at.Field, at.Value, at.Message, e);
        }
    }

    /// <inheritdoc/>
    public override void WriteValue(Utf8JsonWriter writer, T value)
    {
        using var bytes = new MemoryStream();
        write(bytes, value);
        // A file's writer may end with a line break; a value inside a larger document does not.
        writer.WriteRawValue(bytes.GetBuffer().AsSpan(0, (int)bytes.Length).TrimEnd((byte)'\n'), skipInputValidation: true);
    }
}

/// <summary>Resolves the Assessments types for <see cref="MathPlcJson.Options"/> through their readers and writers, without reflection.</summary>
internal sealed class AssessmentsJsonBridge : IJsonTypeInfoResolver
{
    private static readonly FileJsonConverter<AssessmentBlueprint> Blueprint = new(AssessmentBlueprintJson.Read, AssessmentBlueprintJson.Write);
    private static readonly FileJsonConverter<TargetScoringRule> ScoringRule = new(TargetScoringRuleJson.Read, TargetScoringRuleJson.Write);
    private static readonly FileJsonConverter<BlueprintItem> Item = new(AssessmentBlueprintJson.ReadItem, AssessmentBlueprintJson.WriteItem);

    private AssessmentsJsonBridge()
    {
    }

    /// <summary>Adds the bridge to MathPlc's options, after the resolvers already there.</summary>
    public static void Register(JsonSerializerOptions options) => options.TypeInfoResolverChain.Add(new AssessmentsJsonBridge());

    /// <inheritdoc/>
    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
        type == typeof(AssessmentBlueprint) ? JsonMetadataServices.CreateValueInfo<AssessmentBlueprint>(options, Blueprint)
        : type == typeof(BlueprintItem) ? JsonMetadataServices.CreateValueInfo<BlueprintItem>(options, Item)
        : type == typeof(TargetScoringRule) ? JsonMetadataServices.CreateValueInfo<TargetScoringRule>(options, ScoringRule)
        : null;
}
