using System.Globalization;
using System.Text.Json;

namespace MathPlc.Core.Json;

/// <summary>
/// The line on which each value of a JSON document starts, by JSON path (<c>$.assessment.items[3].targets[0]</c>), so a
/// problem found after parsing (a target the assessment does not cover) can name its line as well as its path.
/// </summary>
public sealed class JsonLineIndex
{
    private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);

    /// <summary>Indexes <paramref name="utf8"/>; a document that is not well-formed is indexed up to the first error.</summary>
    public JsonLineIndex(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var path = new List<(bool IsArray, string Segment, int Next)>();
        int lineStart = 0, line = 1;
        string? pendingProperty = null;
        try
        {
            while (reader.Read())
            {
                int at = checked((int)reader.TokenStartIndex);
                for (; lineStart < at; lineStart++)
                    if (utf8[lineStart] == (byte)'\n') line++;
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    pendingProperty = reader.GetString();
                    continue;
                }
                if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    path.RemoveAt(path.Count - 1);
                    continue;
                }
                string segment = "";
                if (path.Count > 0)
                {
                    var parent = path[^1];
                    if (parent.IsArray)
                    {
                        segment = string.Create(CultureInfo.InvariantCulture, $"[{parent.Next}]");
                        path[^1] = parent with { Next = parent.Next + 1 };
                    }
                    else segment = "." + pendingProperty;
                }
                string full = (path.Count == 0 ? "$" : path[^1].Segment) + segment;
                _lines.TryAdd(full, line);
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    path.Add((reader.TokenType == JsonTokenType.StartArray, full, 0));
            }
        }
        catch (JsonException)
        {
            // Not well-formed: the parser reports that with its own line; what was indexed so far stays usable.
        }
    }

    /// <summary>The line of the value at <paramref name="path"/>, or of its nearest enclosing value; null when none is known.</summary>
    public int? LineOf(string? path)
    {
        for (string? p = path; !string.IsNullOrEmpty(p); p = Parent(p))
            if (_lines.TryGetValue(p, out int line)) return line;
        return null;
    }

    /// <summary>Gives a diagnostic without a line the line of its JSON path (its <see cref="DataDiagnostic.Field"/>).</summary>
    public DataDiagnostic WithLine(DataDiagnostic diagnostic) =>
        diagnostic.Line is null && LineOf(diagnostic.Field) is { } line ? diagnostic with { Line = line } : diagnostic;

    private static string? Parent(string path)
    {
        int cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? (path == "$" ? null : "$") : path[..cut];
    }
}
