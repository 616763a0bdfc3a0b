using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace MathPlc.Interop.Json;

/// <summary>
/// The entry point to MathPlc's JSON: the options to pass to <see cref="JsonSerializer"/> for any MathPlc
/// type, and typed shortcuts that also give every error its full JSON path.
/// </summary>
/// <remarks>
/// <para>
/// <c>JsonSerializer.Serialize(calendar, MathPlcJson.Options)</c> and
/// <c>JsonSerializer.Deserialize&lt;Evidence&gt;(json, MathPlcJson.Options)</c> use the source-generated
/// <see cref="MathPlcJsonContext"/>: camelCase, invariant culture, no reflection.
/// </para>
/// <para>
/// Error messages name the JSON path from the MathPlc value being read (<c>$.score</c> for an
/// <see cref="Core.Evidence"/>). When that value sits inside a larger document (the fourth element of an
/// array), <see cref="JsonException.Path"/> says where it starts; <see cref="Deserialize{T}(string)"/> joins
/// the two, so its messages read <c>$[3].score</c>.
/// </para>
/// </remarks>
public static class MathPlcJson
{
    /// <summary>
    /// Read-only options bound to <see cref="MathPlcJsonContext.Default"/>: camelCase names, nulls left out
    /// on writing, unknown properties refused on reading, NodaTime values as ISO strings, enums as camelCase names. Copy them
    /// (<c>new JsonSerializerOptions(MathPlcJson.Options) { WriteIndented = true }</c>) to change a setting.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = MakeOptions();

    /// <summary>Writes a MathPlc value (or a collection the context knows, such as <c>ImmutableArray&lt;Evidence&gt;</c>) as compact JSON.</summary>
    /// <typeparam name="T">A type of <see cref="MathPlcJsonContext"/>.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a type of <see cref="MathPlcJsonContext"/>.</exception>
    /// <exception cref="ArgumentException">The value cannot be written (a date outside the ISO calendar, a default identifier).</exception>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Contract<T>());

    /// <summary>
    /// Writes a MathPlc value as compact UTF-8 JSON to <paramref name="utf8Json"/>, the same bytes as
    /// <see cref="Serialize{T}(T)"/> gives, without the whole text in memory (a district's unit cycle report, issue 18).
    /// </summary>
    /// <typeparam name="T">A type of <see cref="MathPlcJsonContext"/>.</typeparam>
    /// <param name="utf8Json">The stream written to; left open.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a type of <see cref="MathPlcJsonContext"/>.</exception>
    /// <exception cref="ArgumentException">The value cannot be written (a date outside the ISO calendar, a default identifier).</exception>
    public static void Serialize<T>(Stream utf8Json, T value)
    {
        Guard.Against.Null(utf8Json);
        // A writer over the stream itself (not the serializer's stream overload, which buffers a converter's whole value),
        // so a converter that flushes as it goes (the unit cycle report's) keeps only a few kilobytes in memory.
        using var writer = new Utf8JsonWriter(utf8Json, new JsonWriterOptions { Encoder = Options.Encoder, Indented = Options.WriteIndented, MaxDepth = Options.MaxDepth });
        JsonSerializer.Serialize(writer, value, Contract<T>());
    }

    /// <summary>Reads a MathPlc value from JSON text.</summary>
    /// <typeparam name="T">A type of <see cref="MathPlcJsonContext"/>.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <returns>The value; never null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a type of <see cref="MathPlcJsonContext"/>.</exception>
    /// <exception cref="JsonException">
    /// The text is not well-formed JSON, a value is of the wrong type or form, a property is unknown (names are
/// case-sensitive; the message lists those allowed and suggests the nearest), a required property is missing,
    /// the JSON is <c>null</c>, or the values break an invariant of the Core type (then the Core exception is
    /// the <see cref="Exception.InnerException"/>). The message names the full JSON path and the value.
    /// </exception>
    public static T Deserialize<T>(string json)
    {
        Guard.Against.Null(json);
        if (JsonInput.Find(System.Text.Encoding.UTF8.GetBytes(json)) is { } problem)
            throw JsonFailure.Create(problem.Code, problem.Path, problem.Value, problem.Reason);
        T? value;
        try
        {
            value = JsonSerializer.Deserialize(json, Contract<T>());
        }
        catch (JsonException e) when (JsonFailure.AtFullPath(e, e.Path) is { } full)
        {
            throw full;
        }
        return value ?? throw JsonFailure.Create("wrong-type", JsonPath.Root, "null", $"expected {typeof(T).Name}, found null.");
    }

    private static JsonTypeInfo<T> Contract<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    private static JsonSerializerOptions MakeOptions()
    {
        var options = new JsonSerializerOptions(MathPlcJsonContext.Default.Options);
        AssessmentsJsonBridge.Register(options);
        CriticalQuestionsJsonBridge.Register(options);
        options.MakeReadOnly();
        return options;
    }
}
