using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MathPlc.Interop.Json;

/// <summary>
/// The token-level reading every hand-written MathPlc converter shares: objects and arrays walked with
/// their JSON paths, unknown properties refused, strings and numbers checked for type, required properties
/// checked for presence.
/// Every failure is a <see cref="JsonException"/> whose message names the path and the value.
/// </summary>
/// <remarks>
/// Converters stream with <see cref="Utf8JsonReader"/> rather than reading a <see cref="JsonDocument"/>, so
/// that when a value is bad the reader still stands on it and System.Text.Json reports its line and column.
/// </remarks>
internal static class JsonRead
{
    /// <summary>Checks that the reader stands on the start of an object.</summary>
    public static void StartObject(ref Utf8JsonReader reader, string path) => Expect(ref reader, JsonTokenType.StartObject, "an object", path);

    /// <summary>Checks that the reader stands on the start of an array.</summary>
    public static void StartArray(ref Utf8JsonReader reader, string path) => Expect(ref reader, JsonTokenType.StartArray, "an array", path);

    /// <summary>
    /// Moves to the next property of an object: true with the reader on its value, or false at the object's end.
    /// A property whose name is not one of <paramref name="allowed"/> is refused (<c>unknown-property</c>), so a
    /// misspelt name never leaves a value silently at its default.
    /// </summary>
    /// <remarks>
    /// Property names are matched exactly (ordinal, case-sensitive: <c>firstDay</c>, not <c>FirstDay</c>), as
    /// System.Text.Json matches them by default. The failure is thrown while the reader still stands on the
    /// name, so its line and column are the name's.
    /// </remarks>
    /// <param name="reader">The reader, inside the object.</param>
    /// <param name="path">The object's JSON path.</param>
    /// <param name="allowed">Every property the object may have; the caller reads each of them.</param>
    /// <param name="name">The property's name, or empty at the object's end.</param>
    /// <exception cref="JsonException">The property is not one of <paramref name="allowed"/>.</exception>
    public static bool NextProperty(ref Utf8JsonReader reader, string path, ReadOnlySpan<string> allowed, out string name)
    {
        if (!NextKey(ref reader, out name, moveToValue: false)) return false;
        if (!allowed.Contains(name)) throw UnknownProperty(path, name, allowed);
        reader.Read();
        return true;
    }

    /// <summary>
    /// Moves to the next key of an object that is a map of data (a reason's <c>data</c>), where any key is
    /// allowed: true with the reader on its value, or false at the object's end.
    /// </summary>
    public static bool NextKey(ref Utf8JsonReader reader, out string key) => NextKey(ref reader, out key, moveToValue: true);

    private static bool NextKey(ref Utf8JsonReader reader, out string key, bool moveToValue)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            key = "";
            return false;
        }
        key = reader.GetString()!;
        if (moveToValue) reader.Read();
        return true;
    }

    /// <summary>
    /// The failure of a property that the object at <paramref name="path"/> does not have: the path of the
    /// property, its name, the names allowed, and the nearest of them when one is close (see <see cref="NearestName"/>).
    /// </summary>
    public static JsonException UnknownProperty(string path, string name, ReadOnlySpan<string> allowed)
    {
        return JsonFailure.Create(JsonProblems.UnknownPropertyCode, JsonPath.Property(path, name), null, JsonProblems.UnknownPropertyReason(name, allowed));
    }

    /// <summary>Moves to the next element of an array: true with the reader on it, or false at the array's end.</summary>
    public static bool NextItem(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType != JsonTokenType.EndArray;
    }

    /// <summary>Reads one element of an array at its path.</summary>
    public delegate T ItemReader<T>(ref Utf8JsonReader reader, string path);

    /// <summary>An array whose elements are read one by one, each with its own path (<c>$.levels[2]</c>).</summary>
    public static ImmutableArray<T> Array<T>(ref Utf8JsonReader reader, string path, ItemReader<T> readItem)
    {
        StartArray(ref reader, path);
        var items = ImmutableArray.CreateBuilder<T>();
        while (NextItem(ref reader))
            items.Add(readItem(ref reader, JsonPath.Index(path, items.Count)));
        return items.ToImmutable();
    }

    /// <summary>A string value; null and other tokens are refused. A null path leaves the path to System.Text.Json.</summary>
    public static string String(ref Utf8JsonReader reader, string? path)
    {
        Expect(ref reader, JsonTokenType.String, "a string", path);
        return reader.GetString()!;
    }

    /// <summary>A string value, or null for a JSON null.</summary>
    public static string? OptionalString(ref Utf8JsonReader reader, string path) =>
        reader.TokenType == JsonTokenType.Null ? null : String(ref reader, path);

    /// <summary>A number that fits a <see cref="double"/>; strings such as <c>"3.5"</c> are refused.</summary>
    public static double Number(ref Utf8JsonReader reader, string path)
    {
        Expect(ref reader, JsonTokenType.Number, "a number", path);
        if (reader.TryGetDouble(out double value) && double.IsFinite(value)) return value;
        string text = RawText(ref reader);
        throw JsonFailure.Create("not-a-number", path, text, $"{text} is too large for a number of MathPlc (a finite double).");
    }

    /// <summary>A number, or null for a JSON null.</summary>
    public static double? OptionalNumber(ref Utf8JsonReader reader, string path) =>
        reader.TokenType == JsonTokenType.Null ? null : Number(ref reader, path);

    /// <summary>A whole number that fits an <see cref="int"/>.</summary>
    public static int Int32(ref Utf8JsonReader reader, string path)
    {
        Expect(ref reader, JsonTokenType.Number, "a whole number", path);
        if (reader.TryGetInt32(out int value)) return value;
        string text = RawText(ref reader);
        throw JsonFailure.Create("not-a-number", path, text, string.Create(CultureInfo.InvariantCulture, $"{text} is not a whole number from {int.MinValue} to {int.MaxValue}."));
    }

    /// <summary>A JSON <c>true</c> or <c>false</c>; strings such as <c>"true"</c> are refused.</summary>
    public static bool Boolean(ref Utf8JsonReader reader, string path)
    {
        if (reader.TokenType is JsonTokenType.True or JsonTokenType.False) return reader.GetBoolean();
        Expect(ref reader, JsonTokenType.True, "true or false", path); // throws: the token is neither
        return false;
    }

    /// <summary>Throws when a required property was not in the object at <paramref name="path"/>, naming every one missing.</summary>
    public static void Required(string path, params ReadOnlySpan<(string Name, bool Present)> properties)
    {
        var missing = new List<string>();
        foreach (var (name, present) in properties)
            if (!present) missing.Add(name);
        if (missing.Count > 0) throw JsonFailure.Create(JsonProblems.MissingPropertyCode, path, null, JsonProblems.MissingReason(missing));
    }

    /// <summary>
    /// Builds a Core value, turning the <see cref="ArgumentException"/> of a broken invariant into a
    /// <see cref="JsonException"/> that names the path of the offending property (from the exception's
    /// parameter name, when it is one of <paramref name="properties"/> ignoring case, so that an init accessor's <c>MinimumEvidence</c> is <c>minimumEvidence</c>), the value and Core's reason.
    /// </summary>
    public static T Construct<T>(string path, string code, ReadOnlySpan<string> properties, Func<T> create)
    {
        try
        {
            return create();
        }
        catch (ArgumentException e)
        {
            throw Invalid(path, code, properties, e);
        }
    }

    /// <summary>The <see cref="JsonException"/> for a Core invariant broken by the object at <paramref name="path"/>; see <see cref="Construct{T}"/>.</summary>
    public static JsonException Invalid(string path, string code, ReadOnlySpan<string> properties, ArgumentException e)
    {
        return JsonFailure.Create(code, JsonProblems.MemberPath(path, properties, e), JsonProblems.ValueOf(e), JsonProblems.ReasonOf(e), e);
    }

    /// <summary>An exception's message without the " (Parameter 'x')" and "Actual value was" lines the BCL appends.</summary>
    public static string ReasonOf(ArgumentException e) => JsonProblems.ReasonOf(e);

    /// <summary>Names in quotes, joined by commas, for messages: <c>"name", "start", "end"</c>.</summary>
    public static string QuotedList(IEnumerable<string> names) => JsonProblems.QuotedList(names);

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type, string what, string? path)
    {
        if (reader.TokenType == type) return;
        string? text = reader.TokenType is JsonTokenType.String or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null
            ? RawText(ref reader)
            : null;
        string? shown = reader.TokenType == JsonTokenType.String ? $"\"{text}\"" : text;
        throw JsonFailure.Create("wrong-type", path, text, $"expected {what}, found {Describe(reader.TokenType)}{(shown is null ? "" : $" ({shown})")}.");
    }

    // The token as written in the file, without quotes (escapes in strings are kept as written).
    private static string RawText(ref Utf8JsonReader reader) =>
        Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);

    private static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "true or false",
        JsonTokenType.Null => "null",
        _ => type.ToString().ToLowerInvariant(),
    };
}
