using System.Text.Json;

namespace MathPlc.Core.Json;

/// <summary>
/// Moves a reader back to where a streaming converter would have stood when it found a problem, so that a problem a
/// mapper finds after the whole object is read still gets the line and column MathPlc's converters always gave
/// (decision 0130): an unknown member at its name, a missing member at the end of its object, a broken invariant
/// (<c>invalid-…</c>) at the end of the object being built (the object it names, or the one around the member it names), any other problem at its value.
/// </summary>
internal static class JsonCursor
{
    /// <summary>Moves <paramref name="reader"/>, standing on the first token of the value at <paramref name="path"/>, to the token of <paramref name="problem"/>; to the value's last token when none matches.</summary>
    public static void MoveTo(ref Utf8JsonReader reader, string path, DataDiagnostic problem) =>
        MoveTo(ref reader, path, problem.Field ?? path, StopOf(problem.Code, Stop.EnclosingEnd));

    /// <summary>
    /// The line and column (1-based) where a streaming reader of the whole file <paramref name="utf8Json"/> stood when it
    /// found <paramref name="problem"/>, as <see cref="MoveTo(ref Utf8JsonReader, string, DataDiagnostic)"/> places it;
    /// with <paramref name="invariantAtMember"/>, a broken invariant stands at the member it names instead (a value at its
    /// value, an object or list at its end), where a reader that checks as it goes (the calendar's) found it. Null when
    /// the path is not in the file.
    /// </summary>
    public static (int Line, int Column)? PositionOf(ReadOnlySpan<byte> utf8Json, DataDiagnostic problem, bool invariantAtMember)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 256 });
        if (!reader.Read()) return null;
        if (!MoveTo(ref reader, JsonPath.Root, problem.Field ?? JsonPath.Root, StopOf(problem.Code, invariantAtMember ? Stop.End : Stop.EnclosingEnd))) return null;
        int offset = (int)reader.BytesConsumed;
        var before = utf8Json[..offset];
        return (before.Count((byte)'\n') + 1, offset - (before.LastIndexOf((byte)'\n') + 1) + 1);
    }

    /// <summary>Moves <paramref name="reader"/>, standing on the first token of the value at <paramref name="path"/>, to the first token of the value at <paramref name="target"/>.</summary>
    public static void MoveToValue(ref Utf8JsonReader reader, string path, string target) => MoveTo(ref reader, path, target, Stop.Value);

    private static bool MoveTo(ref Utf8JsonReader reader, string path, string target, Stop stop)
    {
        var open = new List<(string Path, bool IsArray, int Next)>();
        string? property = null;
        do
        {
            var token = reader.TokenType;
            if (token == JsonTokenType.PropertyName)
            {
                property = reader.GetString();
                if (stop == Stop.Name && JsonPath.Property(open[^1].Path, property!) == target) return true;
                continue;
            }
            if (token is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                string closed = open[^1].Path;
                open.RemoveAt(open.Count - 1);
                if (stop == Stop.End && closed == target) return true;
                if (stop == Stop.EnclosingEnd && token == JsonTokenType.EndObject && Encloses(closed, target)) return true;
                continue;
            }
            string at = open.Count == 0 ? path
                : open[^1].IsArray ? JsonPath.Index(open[^1].Path, open[^1].Next)
                : JsonPath.Property(open[^1].Path, property!);
            if (open.Count > 0 && open[^1].IsArray) open[^1] = open[^1] with { Next = open[^1].Next + 1 };
            if (at == target && (stop == Stop.Value || stop == Stop.End && token is not (JsonTokenType.StartObject or JsonTokenType.StartArray))) return true;
            if (token is JsonTokenType.StartObject or JsonTokenType.StartArray) open.Add((at, token == JsonTokenType.StartArray, 0));
        }
        while (open.Count > 0 && reader.Read());
        return false;
    }

    private static Stop StopOf(string code, Stop invariant) => code switch
    {
        JsonProblems.UnknownPropertyCode => Stop.Name,
        JsonProblems.MissingPropertyCode => Stop.End,
        _ when code.StartsWith("invalid-", StringComparison.Ordinal) => invariant,
        _ => Stop.Value,
    };

    // The object whose end a broken invariant is reported at, where the converter that built it stood: the object the
    // problem names, or the nearest object around the member or list it names.
    private static bool Encloses(string closed, string target) =>
        closed == target || target.StartsWith(closed, StringComparison.Ordinal) && target.Length > closed.Length && target[closed.Length] is '.' or '[';

    private enum Stop
    {
        Name,
        Value,
        End,
        EnclosingEnd,
    }
}
