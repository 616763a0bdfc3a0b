using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace MathPlc.Core.Json;

/// <summary>
/// Reads a file's contract (decision 0093: a plain record of JSON-shaped, nullable members) with a source-generated
/// context, after the <see cref="JsonInput"/> gate, and turns the serializer's one failure — a value of the wrong JSON
/// type, such as a string where a number goes — into a <c>wrong-type</c> <see cref="DataDiagnostic"/> in MathPlc's words.
/// </summary>
/// <remarks>
/// Everything else a file can get wrong (a missing member, an unknown one, a bad date, a broken rule) is the mapper's to
/// find with <see cref="JsonProblems"/>, which lists them all; a wrong token type stops the read at the first, as the
/// parser does (decision 0093). The message says what was expected (from the member's type) and what was found, as
/// written: <c>$.units[0].teachingDays: expected a number, found a string ("ten").</c>
/// </remarks>
public static class JsonContract
{
    /// <summary>The diagnostic code of a value whose JSON type is not the one its member takes.</summary>
    public const string WrongTypeCode = "wrong-type";

    /// <summary>Reads the UTF-8 JSON of a whole file into its contract.</summary>
    /// <typeparam name="T">The contract type.</typeparam>
    /// <param name="utf8Json">The file, read through <see cref="JsonInput.Read"/> (well-formed, no repeated member).</param>
    /// <param name="contract">The contract's source-generated type information.</param>
    /// <param name="fileName">The file's name, for the diagnostic.</param>
    /// <returns>The contract; a file holding only <c>null</c> is a <c>wrong-type</c> problem, never a null result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="contract"/> or <paramref name="fileName"/> is null.</exception>
    /// <exception cref="DataFileException">A value has the wrong JSON type; the diagnostic names its path, line and column.</exception>
    public static T Read<T>(ReadOnlyMemory<byte> utf8Json, JsonTypeInfo<T> contract, string fileName)
        where T : class
    {
        Guard.Against.Null(contract);
        Guard.Against.Null(fileName);
        try
        {
            return JsonSerializer.Deserialize(utf8Json.Span, contract)
                ?? throw new DataFileException([new DataDiagnostic(WrongTypeCode, "expected an object, found null.", fileName, 1, 1, JsonPath.Root, "null")]);
        }
        catch (JsonException e)
        {
            throw new DataFileException([WrongType(e, contract, utf8Json.Span, fileName)], e);
        }
    }

    /// <summary>
    /// The <c>wrong-type</c> diagnostic for a serializer failure: its path, line and column, the expected JSON type (from
    /// the contract member at its path) and the token found there, as written.
    /// </summary>
    private static DataDiagnostic WrongType(JsonException e, JsonTypeInfo contract, ReadOnlySpan<byte> json, string fileName)
    {
        var (found, value, start) = TokenAt(json, e.LineNumber, e.BytePositionInLine);
        int? line = e.LineNumber is { } l ? (int)l + 1 : null;
        int? column = e.BytePositionInLine is { } c ? (int)c + 1 : null;
        if (start >= 0) (line, column) = TextInput.BytePosition(json, start);
        string expected = Expected(contract, e.Path);
        string reason = expected.Length == 0
            ? JsonInput.WithoutPosition(e.Message)
            : $"expected {expected}, found {found}{(value is null ? "" : found == "a string" ? $" (\"{DiagnosticText.Shorten(value)}\")" : $" ({DiagnosticText.Shorten(value)})")}.";
        return new DataDiagnostic(WrongTypeCode, reason, fileName, line, column, e.Path ?? JsonPath.Root, value);
    }

    // What the member at the failing path takes, found by walking the contract's type information along the path (the
    // serializer's own message names the enclosing type for a scalar, so it cannot say).
    private static string Expected(JsonTypeInfo root, string? path)
    {
        var info = root;
        foreach (var segment in Segments(path ?? JsonPath.Root))
        {
            Type? next = segment is int
                ? info.ElementType
                : info.Properties.FirstOrDefault(p => p.Name == (string)segment)?.PropertyType;
            if (next is null) return "";
            info = info.Options.GetTypeInfo(next);
        }
        var type = Nullable.GetUnderlyingType(info.Type) ?? info.Type;
        return info.Kind switch
        {
            JsonTypeInfoKind.Enumerable => "an array",
            JsonTypeInfoKind.Object or JsonTypeInfoKind.Dictionary => "an object",
            _ when type == typeof(string) => "a string",
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(int) || type == typeof(long) => "a whole number",
            _ when type == typeof(double) || type == typeof(decimal) || type == typeof(float) => "a number",
            _ => "",
        };
    }

    // "$.units[0]['odd name']" → "units", 0, "odd name"
    private static IEnumerable<object> Segments(string path)
    {
        int i = 1;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                int end = path.IndexOfAny(['.', '['], i + 1);
                if (end < 0) end = path.Length;
                yield return path[(i + 1)..end];
                i = end;
            }
            else if (i + 1 < path.Length && path[i + 1] == '\'')
            {
                int end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                if (end < 0) yield break;
                yield return path[(i + 2)..end].Replace("\\'", "'", StringComparison.Ordinal);
                i = end + 2;
            }
            else
            {
                int end = path.IndexOf(']', i);
                if (end < 0 || !int.TryParse(path.AsSpan(i + 1, end - i - 1), System.Globalization.CultureInfo.InvariantCulture, out int index)) yield break;
                yield return index;
                i = end + 1;
            }
        }
    }

    // The token the serializer stopped on, before (line, byte position) — both 0-based, as System.Text.Json counts — and its text as written.
    private static (string Found, string? Value, int Start) TokenAt(ReadOnlySpan<byte> json, long? line, long? bytePosition)
    {
        if (line is null || bytePosition is null) return ("a value of another type", null, -1);
        int offset = 0;
        for (long l = 0; l < line && offset < json.Length; offset++)
            if (json[offset] == (byte)'\n') l++;
        offset += (int)bytePosition;
        // The serializer stands at the end of the token it could not convert; step back to its start.
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 256 });
        (string, string?, int) last = ("a value of another type", null, -1);
        try
        {
            while (reader.Read() && reader.TokenStartIndex < offset)
            {
                var (found, value) = Describe(ref reader);
                last = (found, value, (int)reader.TokenStartIndex);
            }
        }
        catch (JsonException)
        {
            // The gate has already refused malformed JSON; keep what was found.
        }
        return last;
    }

    private static (string, string?) Describe(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.StartObject => ("an object", null),
        JsonTokenType.StartArray => ("an array", null),
        JsonTokenType.String => ("a string", reader.GetString()),
        JsonTokenType.Number => ("a number", Encoding.UTF8.GetString(reader.ValueSpan)),
        JsonTokenType.True => ("true or false", "true"),
        JsonTokenType.False => ("true or false", "false"),
        JsonTokenType.Null => ("null", "null"),
        JsonTokenType.PropertyName => ("a property name", reader.GetString()),
        _ => ("a value of another type", null),
    };
}
