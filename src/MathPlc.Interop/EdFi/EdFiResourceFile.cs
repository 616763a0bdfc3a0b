using System.Globalization;
using System.Text.Json;
using MathPlc.Interop.Json;
using MathPlc.Interop.UnitCycle;

namespace MathPlc.Interop.EdFi;

/// <summary>
/// One Ed-Fi resource file as read: the JSON array's objects, each with its JSON path and line, and the field readers
/// that turn a missing or mistyped field into a <see cref="DataDiagnostic"/> naming the file, line and JSON path.
/// Fields MathPlc does not use (<c>id</c>, <c>_etag</c>, <c>link</c>, …) are ignored, as the API returns many.
/// </summary>
internal sealed class EdFiResourceFile
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowDuplicateProperties = false, CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false,
    };

    private readonly JsonLineIndex _lines;
    private readonly List<DataDiagnostic> _problems;

    private EdFiResourceFile(string file, JsonLineIndex lines, ImmutableArray<JsonElement> resources, List<DataDiagnostic> problems)
    {
        File = file;
        _lines = lines;
        Resources = resources;
        _problems = problems;
    }

    /// <summary>The file as the caller named it.</summary>
    public string File { get; }

    /// <summary>The resources, in file order (path <c>$[i]</c>).</summary>
    public ImmutableArray<JsonElement> Resources { get; }

    /// <summary>Reads <paramref name="path"/> (named <paramref name="file"/> in diagnostics); null with a diagnostic when it is not a JSON array.</summary>
    public static EdFiResourceFile? Read(string path, string file, List<DataDiagnostic> problems)
    {
        byte[] bytes = InputPath.ReadAllBytes(path);
        var lines = new JsonLineIndex(bytes);
        try
        {
            using var document = JsonDocument.Parse(bytes, Options);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                problems.Add(new DataDiagnostic("not-an-array", "an Ed-Fi resource file is the JSON array the API returns", file, 1, Field: "$"));
                return null;
            }
            return new EdFiResourceFile(file, lines, [.. document.RootElement.EnumerateArray().Select(e => e.Clone())], problems);
        }
        catch (JsonException e)
        {
            int? line = e.LineNumber is { } l ? (int)l + 1 : null;
            int? column = e.BytePositionInLine is { } c ? (int)c + 1 : null;
            problems.Add(new DataDiagnostic("bad-json", e.Message.Split(" Path:")[0].Split(" LineNumber:")[0].Trim(), file, line, column, e.Path));
            return null;
        }
    }

    /// <summary>The path of resource <paramref name="index"/>.</summary>
    public static string PathOf(int index) => JsonPath.Index(JsonPath.Root, index);

    /// <summary>Where resource <paramref name="index"/> is.</summary>
    public EdFiSource Source(int index) => new(File, PathOf(index), _lines.LineOf(PathOf(index)));

    /// <summary>Reports a problem at <paramref name="path"/> (its line looked up).</summary>
    public void Report(string code, string message, string path, string? value = null) =>
        _problems.Add(new DataDiagnostic(code, message, File, _lines.LineOf(path), Field: path, Value: value is null ? null : EdFiSource.Quote(value)));

    /// <summary>
    /// The text of field <paramref name="name"/> of <paramref name="parent"/> (a string, or a number as written):
    /// null when absent or null; a missing required field, an empty one or one of another type is reported.
    /// </summary>
    public string? Text(JsonElement parent, string path, string name, bool required)
    {
        string at = JsonPath.Property(path, name);
        if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required) Report("missing-field", $"{name} is required here.", at);
            return null;
        }
        string? text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!.Trim(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        if (text is null) Report("wrong-type", $"{name} must be a string or a number, not {Kind(value)}.", at, value.GetRawText());
        else if (text.Length == 0)
        {
            Report("empty-id", $"{name} must not be empty.", at);
            return null;
        }
        return text;
    }

    /// <summary>The number in field <paramref name="name"/>, or null when absent; a non-number, negative or not finite value is reported.</summary>
    public double? NonNegative(JsonElement parent, string path, string name, bool required = false)
    {
        string at = JsonPath.Property(path, name);
        if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required) Report("missing-field", $"{name} is required here.", at);
            return null;
        }
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out double number) && double.IsFinite(number) && number >= 0) return number;
        if (value.ValueKind == JsonValueKind.String && double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number)
            && double.IsFinite(number) && number >= 0) return number;
        Report("not-a-number", $"{name} must be a finite number 0 or more.", at, value.GetRawText());
        return null;
    }

    /// <summary>The object in field <paramref name="name"/> (a reference), or null with a report when required and absent.</summary>
    public JsonElement? Object(JsonElement parent, string path, string name, bool required)
    {
        string at = JsonPath.Property(path, name);
        if (parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object) return value;
        if (required || (parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null))
            Report(required ? "missing-field" : "wrong-type", $"{name} must be an object.", at);
        return null;
    }

    /// <summary>The elements of the array in field <paramref name="name"/> with their paths; none when absent.</summary>
    public IEnumerable<(JsonElement Element, string Path)> Array(JsonElement parent, string path, string name)
    {
        string at = JsonPath.Property(path, name);
        if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) yield break;
        if (value.ValueKind != JsonValueKind.Array)
        {
            Report("wrong-type", $"{name} must be an array, not {Kind(value)}.", at);
            yield break;
        }
        int i = 0;
        foreach (var element in value.EnumerateArray()) yield return (element, JsonPath.Index(at, i++));
    }

    /// <summary>The learning standards an item or objective assessment names: <c>learningStandards[].learningStandardReference.learningStandardId</c>.</summary>
    public ImmutableArray<string> LearningStandards(JsonElement parent, string path)
    {
        var ids = new List<string>();
        foreach (var (element, at) in Array(parent, path, "learningStandards"))
            if (Object(element, at, "learningStandardReference", true) is { } reference
                && Text(reference, JsonPath.Property(at, "learningStandardReference"), "learningStandardId", true) is { } id) ids.Add(id);
        return [.. ids];
    }

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        _ => value.ValueKind.ToString().ToLowerInvariant(),
    };
}
