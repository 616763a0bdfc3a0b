using System.Text.Json;

namespace MathPlc.Interop.Json;

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
        MoveTo(ref reader, path, problem.Field ?? path, problem.Code switch
        {
            JsonProblems.UnknownPropertyCode => Stop.Name,
            JsonProblems.MissingPropertyCode => Stop.End,
            _ when problem.Code.StartsWith("invalid-", StringComparison.Ordinal) => Stop.EnclosingEnd,
            _ => Stop.Value,
        });

    /// <summary>Moves <paramref name="reader"/>, standing on the first token of the value at <paramref name="path"/>, to the first token of the value at <paramref name="target"/>.</summary>
    public static void MoveToValue(ref Utf8JsonReader reader, string path, string target) => MoveTo(ref reader, path, target, Stop.Value);

    private static void MoveTo(ref Utf8JsonReader reader, string path, string target, Stop stop)
    {
        var open = new List<(string Path, bool IsArray, int Next)>();
        string? property = null;
        do
        {
            var token = reader.TokenType;
            if (token == JsonTokenType.PropertyName)
            {
                property = reader.GetString();
                if (stop == Stop.Name && JsonPath.Property(open[^1].Path, property!) == target) return;
                continue;
            }
            if (token is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                string closed = open[^1].Path;
                open.RemoveAt(open.Count - 1);
                if (stop == Stop.End && closed == target) return;
                if (stop == Stop.EnclosingEnd && token == JsonTokenType.EndObject && Encloses(closed, target)) return;
                continue;
            }
            string at = open.Count == 0 ? path
                : open[^1].IsArray ? JsonPath.Index(open[^1].Path, open[^1].Next)
                : JsonPath.Property(open[^1].Path, property!);
            if (open.Count > 0 && open[^1].IsArray) open[^1] = open[^1] with { Next = open[^1].Next + 1 };
            if (at == target && (stop == Stop.Value || stop == Stop.End && token is not (JsonTokenType.StartObject or JsonTokenType.StartArray))) return;
            if (token is JsonTokenType.StartObject or JsonTokenType.StartArray) open.Add((at, token == JsonTokenType.StartArray, 0));
        }
        while (open.Count > 0 && reader.Read());
    }

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
