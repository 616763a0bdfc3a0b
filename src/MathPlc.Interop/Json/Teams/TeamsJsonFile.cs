using System.Text.Json;
using NodaTime.Text;

namespace MathPlc.Interop.Json;

/// <summary>
/// What the Teams JSON files share: one object or an array of them, read with a hand-written <see cref="Utf8JsonReader"/>
/// loop over the bytes <see cref="JsonInput"/> checked (valid UTF-8, a byte-order mark skipped; comments and trailing commas allowed), and a <see cref="DataFileException"/> with file,
/// line, column, path, value and reason for the first problem; plus the identifier and date readers they all use.
/// </summary>
internal static class TeamsJsonFile
{
    /// <summary>Reads one object or an array of objects with <paramref name="readOne"/>.</summary>
    /// <exception cref="DataFileException">The JSON is not valid; its one diagnostic says where and why.</exception>
    public static ImmutableArray<T> Read<T>(Stream utf8Json, string fileName, JsonRead.ItemReader<T> readOne, string emptyMessage)
    {
        Guard.Against.Null(utf8Json);
        Guard.Against.Null(fileName);
        var bytes = JsonInput.Read(utf8Json, fileName).Span;
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (!reader.Read()) throw JsonFailure.Create("bad-json", JsonPath.Root, null, emptyMessage);
            ImmutableArray<T> result = reader.TokenType == JsonTokenType.StartArray
                ? JsonRead.Array(ref reader, JsonPath.Root, readOne)
                : [readOne(ref reader, JsonPath.Root)];
            if (reader.Read()) throw JsonFailure.Create("bad-json", JsonPath.Root, null, "there is more JSON after the content ends.");
            return result;
        }
        catch (JsonException e)
        {
            var (code, path, value, reason) = JsonFailure.DetailsOf(e);
            var (line, column) = e.LineNumber is { } l ? ((int)l + 1, (int)(e.BytePositionInLine ?? 0) + 1) : PositionOf(bytes, (int)reader.TokenStartIndex);
            throw new DataFileException([new DataDiagnostic(code ?? "bad-json", reason ?? e.Message, fileName, line, column, path, value)], e);
        }
    }

    /// <summary>A non-blank identifier string.</summary>
    public static string Id(ref Utf8JsonReader reader, string path)
    {
        string text = JsonRead.String(ref reader, path);
        if (string.IsNullOrWhiteSpace(text)) throw JsonFailure.Create("empty-id", path, text, "the identifier is empty.");
        return text;
    }

    /// <summary>An ISO date <c>yyyy-MM-dd</c>.</summary>
    public static NodaTime.LocalDate Date(ref Utf8JsonReader reader, string path)
    {
        string text = JsonRead.String(ref reader, path);
        var parsed = LocalDatePattern.Iso.Parse(text);
        if (parsed.Success) return parsed.Value;
        throw JsonFailure.Create("bad-date", path, text, $"\"{text}\" is not a date written yyyy-MM-dd, e.g. 2026-10-15.");
    }

    /// <summary>The index of a name among <paramref name="names"/> (any case; dashes ignored, so <c>not-started</c> is <c>notStarted</c>).</summary>
    public static int Choice(ref Utf8JsonReader reader, string path, string[] names, string code, string what)
    {
        string text = JsonRead.String(ref reader, path);
        string key = text.Replace("-", "", StringComparison.Ordinal).Trim();
        int index = Array.FindIndex(names, n => string.Equals(n, key, StringComparison.OrdinalIgnoreCase));
        if (index >= 0) return index;
        throw JsonFailure.Create(code, path, text, $"\"{text}\" is not a {what}; use one of {JsonRead.QuotedList(names)}.");
    }

    private static (int Line, int Column) PositionOf(ReadOnlySpan<byte> bytes, int offset)
    {
        offset = Math.Clamp(offset, 0, bytes.Length);
        var before = bytes[..offset];
        int line = before.Count((byte)'\n') + 1;
        int lastNewline = before.LastIndexOf((byte)'\n');
        return (line, offset - lastNewline);
    }
}
