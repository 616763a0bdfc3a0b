using System.Globalization;
using System.Text.Json;
using MathPlc.Core;
using MathPlc.Standards;

namespace MathPlc.Interop.Json.Standards;

/// <summary>
/// Unit-plan files: a team's units in order, as the JSON <c>mathplc pacing --units</c> reads, with a
/// <see cref="DataDiagnostic"/> naming the JSON path for anything wrong.
/// </summary>
/// <remarks>
/// <para>The format (property names case-sensitive; unknown properties refused):</para>
/// <code>
/// {
///   "units": [
///     { "name": "Unit 1: Ratios", "teachingDays": 10, "assessmentDays": 1, "flexDays": 2,
///       "targets": [ { "id": "6.RP.A.1", "code": "6.RP.A.1", "statement": "I can describe a ratio relationship.",
///                      "dok": 2, "demand": "proceduresWithConnections", "aspects": ["conceptualUnderstanding"],
///                      "scale": { "simpler": "…", "target": "…", "moreComplex": "…" } } ] }
///   ]
/// }
/// </code>
/// <para><c>name</c> and <c>teachingDays</c> are required; <c>assessmentDays</c> defaults to 1, <c>flexDays</c> to 0,
/// <c>targets</c> to none. A target needs <c>id</c> and <c>statement</c>. <c>demand</c> is one of
/// <c>memorization</c>, <c>proceduresWithoutConnections</c>, <c>proceduresWithConnections</c>, <c>doingMathematics</c>;
/// <c>aspects</c> of <c>conceptualUnderstanding</c>, <c>proceduralSkillAndFluency</c>, <c>application</c> (both read
/// ignoring case). Comments and trailing commas are accepted, since teams write these files by hand.</para>
/// <para>Diagnostic codes: <c>bad-json</c>, <c>wrong-type</c>, <c>missing-property</c>, <c>unknown-property</c>,
/// <c>bad-number</c>, <c>unknown-name</c>, <c>invalid-unit</c> (a value breaks a rule of <see cref="UnitPlan"/>).</para>
/// </remarks>
public static class UnitPlanJson
{
    /// <summary>Reads unit plans from UTF-8 JSON.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFileException">The JSON is not a valid list of unit plans; every problem found is listed.</exception>
    public static ImmutableArray<UnitPlan> Read(Stream utf8Json, string fileName)
    {
        Guard.Against.Null(utf8Json);
        Guard.Against.Null(fileName);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(JsonInput.Read(utf8Json, fileName), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new DataFileException([new DataDiagnostic("bad-json", "the file is not well-formed JSON.", fileName,
                e.LineNumber is { } line ? (int)line + 1 : null, e.BytePositionInLine is { } column ? (int)column + 1 : null, e.Path)], e);
        }
        using (document)
        {
            var reader = new Reader(fileName);
            var units = reader.Units(document.RootElement);
            if (reader.Errors.Count > 0) throw new DataFileException(reader.Errors);
            return units;
        }
    }

    /// <summary>Reads a unit-plan file.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="DataFileException">The file is not a valid list of unit plans.</exception>
    public static ImmutableArray<UnitPlan> ReadFile(string path)
    {
        Guard.Against.Null(path);
        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    private sealed class Reader(string file)
    {
        public List<DataDiagnostic> Errors { get; } = [];

        public ImmutableArray<UnitPlan> Units(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object) { Fail("wrong-type", "$", "the file must be an object with a \"units\" array."); return []; }
            Known(root, "$", "units");
            if (!root.TryGetProperty("units", out var units)) { Fail("missing-property", "$.units", "the file needs a \"units\" array."); return []; }
            if (units.ValueKind != JsonValueKind.Array) { Fail("wrong-type", "$.units", "\"units\" must be an array."); return []; }
            var list = ImmutableArray.CreateBuilder<UnitPlan>();
            int i = 0;
            foreach (var unit in units.EnumerateArray())
                if (Unit(unit, string.Create(CultureInfo.InvariantCulture, $"$.units[{i++}]")) is { } plan) list.Add(plan);
            return list.ToImmutable();
        }

        private UnitPlan? Unit(JsonElement unit, string path)
        {
            if (unit.ValueKind != JsonValueKind.Object) { Fail("wrong-type", path, "a unit must be an object."); return null; }
            Known(unit, path, "name", "teachingDays", "assessmentDays", "flexDays", "targets");
            string? name = Text(unit, path, "name", required: true);
            int? teaching = Number(unit, path, "teachingDays", required: true);
            int assessment = Number(unit, path, "assessmentDays", required: false) ?? 1;
            int flex = Number(unit, path, "flexDays", required: false) ?? 0;
            var targets = new List<EssentialTarget>();
            if (unit.TryGetProperty("targets", out var list))
            {
                if (list.ValueKind != JsonValueKind.Array) Fail("wrong-type", path + ".targets", "\"targets\" must be an array.");
                else
                {
                    int i = 0;
                    foreach (var target in list.EnumerateArray())
                        if (Target(target, string.Create(CultureInfo.InvariantCulture, $"{path}.targets[{i++}]")) is { } t) targets.Add(t);
                }
            }
            if (name is null || teaching is null) return null;
            try
            {
                return new UnitPlan(name, teaching.Value, targets, assessment, flex);
            }
            catch (ArgumentException e)
            {
                Fail("invalid-unit", path, e.Message);
                return null;
            }
        }

        private EssentialTarget? Target(JsonElement target, string path)
        {
            if (target.ValueKind != JsonValueKind.Object) { Fail("wrong-type", path, "a target must be an object."); return null; }
            Known(target, path, "id", "code", "statement", "dok", "demand", "aspects", "scale");
            string? id = Text(target, path, "id", required: true), statement = Text(target, path, "statement", required: true), code = Text(target, path, "code", required: false);
            int? dok = Number(target, path, "dok", required: false);
            if (dok is < 1 or > 4) { Fail("bad-number", path + ".dok", "a depth-of-knowledge level is 1, 2, 3 or 4."); dok = null; }
            var demand = Name<CognitiveDemand>(target, path, "demand");
            var aspects = new List<RigorAspect>();
            if (target.TryGetProperty("aspects", out var list))
            {
                if (list.ValueKind != JsonValueKind.Array) Fail("wrong-type", path + ".aspects", "\"aspects\" must be an array of names.");
                else
                    foreach (var aspect in list.EnumerateArray())
                        if (aspect.ValueKind == JsonValueKind.String && Enum.TryParse<RigorAspect>(aspect.GetString(), ignoreCase: true, out var a) && Enum.IsDefined(a)) aspects.Add(a);
                        else Fail("unknown-name", path + ".aspects", $"{aspect} is not conceptualUnderstanding, proceduralSkillAndFluency or application.");
            }
            ScaleDescriptors? scale = null;
            if (target.TryGetProperty("scale", out var s))
            {
                string at = path + ".scale";
                if (s.ValueKind != JsonValueKind.Object) Fail("wrong-type", at, "\"scale\" must be an object with simpler, target and moreComplex.");
                else
                {
                    Known(s, at, "simpler", "target", "moreComplex");
                    string? simpler = Text(s, at, "simpler", true), targetText = Text(s, at, "target", true), complex = Text(s, at, "moreComplex", true);
                    if (simpler is not null && targetText is not null && complex is not null)
                        try { scale = new ScaleDescriptors(simpler, targetText, complex); }
                        catch (ArgumentException e) { Fail("invalid-unit", at, e.Message); }
                }
            }
            if (string.IsNullOrWhiteSpace(id) || statement is null) return null;
            return new EssentialTarget(new TargetId(id), code, statement, new RigorTags((DokLevel?)dok, demand, aspects), scale);
        }

        private T? Name<T>(JsonElement parent, string path, string name) where T : struct, Enum
        {
            if (!parent.TryGetProperty(name, out var value)) return null;
            if (value.ValueKind == JsonValueKind.String && Enum.TryParse<T>(value.GetString(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
                && !int.TryParse(value.GetString(), out _))
                return parsed;
            Fail("unknown-name", $"{path}.{name}", $"{value} is not one of {string.Join(", ", Enum.GetNames<T>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]))}.");
            return null;
        }

        private string? Text(JsonElement parent, string path, string name, bool required)
        {
            if (!parent.TryGetProperty(name, out var value))
            {
                if (required) Fail("missing-property", $"{path}.{name}", $"\"{name}\" is required.");
                return null;
            }
            if (value.ValueKind == JsonValueKind.String) return value.GetString();
            Fail("wrong-type", $"{path}.{name}", $"\"{name}\" must be a string.");
            return null;
        }

        private int? Number(JsonElement parent, string path, string name, bool required)
        {
            if (!parent.TryGetProperty(name, out var value))
            {
                if (required) Fail("missing-property", $"{path}.{name}", $"\"{name}\" is required.");
                return null;
            }
            if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int n)) return n;
            Fail("bad-number", $"{path}.{name}", $"\"{name}\" must be a whole number, not {value}.");
            return null;
        }

        private void Known(JsonElement element, string path, params string[] names)
        {
            foreach (var property in element.EnumerateObject())
                if (!names.Contains(property.Name, StringComparer.Ordinal))
                    Fail("unknown-property", $"{path}.{property.Name}", $"\"{property.Name}\" is not a property here; the properties are {string.Join(", ", names)}.");
        }

        private void Fail(string code, string path, string message) => Errors.Add(new DataDiagnostic(code, message, file, Field: path));
    }
}
