using System.Text.Json;

namespace MathPlc.Core.Json;

/// <summary>
/// The checks every JSON input passes before a reader turns it into values: valid text (<see cref="TextInput"/>),
/// well-formed JSON, no object with the same property twice, and no string holding half a character. Each problem is
/// bad data with its line, column and JSON path.
/// </summary>
/// <remarks>
/// System.Text.Json keeps the last of two equal property names, and each MathPlc reader walks its own way through a
/// file, so the one place that sees every repeated property is this pass over the tokens, before any reader runs.
/// "Last one wins" silently drops a value a person typed (a unit's second <c>"teachingDays"</c>, a rule's second cut);
/// MathPlc refuses to guess which one was meant. Comments and trailing commas are let through here; whether a format
/// allows them is its reader's rule.
/// </remarks>
public static class JsonInput
{
    /// <summary>The diagnostic code of a property given twice in one object.</summary>
    public const string DuplicatePropertyCode = "duplicate-property";

    /// <summary>One problem found by <see cref="Find"/>; line and column count from 1 (the column in bytes, as System.Text.Json counts).</summary>
    public readonly record struct Problem(string Code, string Path, string? Value, string Reason, int Line, int Column);

    /// <summary>Reads <paramref name="utf8Json"/> to its end and checks it; returns its UTF-8 bytes without a byte-order mark.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFileException">The text or the JSON is not valid; the diagnostic says where and why.</exception>
    public static ReadOnlyMemory<byte> Read(Stream utf8Json, string fileName)
    {
        Guard.Against.Null(utf8Json);
        Guard.Against.Null(fileName);
        var bytes = TextInput.ReadUtf8(utf8Json, fileName);
        if (Find(bytes.Span) is { } problem)
            throw new DataFileException([new DataDiagnostic(problem.Code, problem.Reason, fileName, problem.Line, problem.Column, problem.Path, problem.Value)]);
        return bytes;
    }

    /// <summary>The first problem in <paramref name="json"/> (malformed JSON, a repeated property, a lone surrogate in a string), or null.</summary>
    public static Problem? Find(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 256 });
        var scopes = new Stack<Scope>();
        string pending = "";
        try
        {
            while (reader.Read())
            {
                string path = scopes.Count == 0 ? JsonPath.Root
                    : scopes.Peek().Names is null ? JsonPath.Index(scopes.Peek().Path, scopes.Peek().Count)
                    : JsonPath.Property(scopes.Peek().Path, pending);
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        scopes.Push(new Scope(path, new Dictionary<string, int>(StringComparer.Ordinal)));
                        break;
                    case JsonTokenType.StartArray:
                        scopes.Push(new Scope(path, null));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        scopes.Pop();
                        if (scopes.Count > 0) scopes.Peek().Count++;
                        break;
                    case JsonTokenType.PropertyName:
                    {
                        var scope = scopes.Peek();
                        if (!TryString(ref reader, out pending)) return LoneSurrogate(json, reader, JsonPath.Property(scope.Path, "?"));
                        int line = TextInput.BytePosition(json, (int)reader.TokenStartIndex).Line;
                        if (!scope.Names!.TryAdd(pending, line))
                        {
                            var (at, column) = TextInput.BytePosition(json, (int)reader.TokenStartIndex);
                            string name = DiagnosticText.Shorten(pending);
                            return new Problem(DuplicatePropertyCode, JsonPath.Property(scope.Path, pending), pending,
                                $"the property \"{name}\" is given twice in the same object (first on line {scope.Names[pending]}); keep one. MathPlc does not guess which value is meant.",
                                at, column);
                        }
                        break;
                    }
                    case JsonTokenType.String:
                        if (!TryString(ref reader, out _)) return LoneSurrogate(json, reader, path);
                        if (scopes.Count > 0) scopes.Peek().Count++;
                        break;
                    default:
                        if (scopes.Count > 0) scopes.Peek().Count++;
                        break;
                }
            }
        }
        catch (JsonException e)
        {
            return new Problem("bad-json", e.Path ?? JsonPath.Root, null, "the file is not well-formed JSON: " + WithoutPosition(e.Message),
                (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1);
        }
        return null;
    }

    /// <summary>
    /// A System.Text.Json message without the " Path: $.x | LineNumber: 3 | BytePositionInLine: 4." it ends with: a
    /// diagnostic gives the place apart, and users never see the library's internal counting.
    /// </summary>
    public static string WithoutPosition(string message)
    {
        Guard.Against.Null(message);
        foreach (string marker in (ReadOnlySpan<string>)[" Path: ", " LineNumber: ", " | LineNumber"])
        {
            int at = message.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0) message = message[..at];
        }
        return message.TrimEnd();
    }

    private static bool TryString(ref Utf8JsonReader reader, out string text)
    {
        try
        {
            text = reader.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            text = "";
            return false;
        }
    }

    private static Problem LoneSurrogate(ReadOnlySpan<byte> json, Utf8JsonReader reader, string path)
    {
        var (line, column) = TextInput.BytePosition(json, (int)reader.TokenStartIndex);
        return new Problem(TextInput.BadEncodingCode, path, null,
            "the string holds a \\u escape for half of a character (a lone surrogate), which is not text.", line, column);
    }

    private sealed class Scope(string path, Dictionary<string, int>? names)
    {
        public string Path { get; } = path;

        public Dictionary<string, int>? Names { get; } = names;

        public int Count { get; set; }
    }
}
