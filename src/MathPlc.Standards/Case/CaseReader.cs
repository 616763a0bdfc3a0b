using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using MathPlc.Core;
using MathPlc.Standards;

namespace MathPlc.Standards.Case;

/// <summary>
/// Reads one CFPackage document into a <see cref="CasePackage"/>, collecting departures from CASE 1.0 (strict) or the
/// normalisations made (tolerant), and throwing <see cref="DataFileException"/> for what no mode can read.
/// </summary>
/// <remarks>Rules from 1EdTech CASE 1.0 (<c>case-v1p0-cfpackage-schema.json</c>) and interop.md §1.5 (tolerant-reader notes).</remarks>
internal sealed partial class CaseReader
{
    private const string Root = "$";
    private readonly string _file;
    private readonly CaseReadMode _mode;
    private readonly List<DataDiagnostic> _notes = [];
    private readonly List<DataDiagnostic> _errors = [];

    public CaseReader(string file, CaseReadMode mode) => (_file, _mode) = (file, mode);

    [GeneratedRegex("^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", RegexOptions.CultureInvariant)]
    internal static partial Regex Uuid10();

    [GeneratedRegex(@"T\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex WithTimeZone();

    public CaseReadResult Read(Stream utf8Json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(JsonInput.Read(utf8Json, _file), new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (JsonException e)
        {
            throw new DataFileException([new DataDiagnostic("bad-json", "the file is not well-formed JSON: " + WithoutPosition(e.Message), _file,
                e.LineNumber is { } line ? (int)line + 1 : null, e.BytePositionInLine is { } column ? (int)column + 1 : null, e.Path)], e);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                Fail("wrong-type", Root, Kind(root), "a CASE package is a JSON object with a CFDocument.");
            else
                return ReadPackage(root);
            throw new DataFileException(_errors);
        }
    }

    private CaseReadResult ReadPackage(JsonElement root)
    {
        FrameworkDocument? frameworkDocument = null;
        var items = new List<(FrameworkItem Item, string Path)>();
        var associations = new List<(FrameworkAssociation Association, string Path)>();
        string? definitions = null, rubrics = null;
        foreach (var property in root.EnumerateObject())
        {
            string path = $"{Root}.{property.Name}";
            switch (property.Name)
            {
                case "CFDocument": frameworkDocument = ReadDocument(property.Value, path); break;
                case "CFItems": items.AddRange(ReadArray(property.Value, path, ReadItem)); break;
                case "CFAssociations": associations.AddRange(ReadArray(property.Value, path, ReadAssociation)); break;
                case "CFDefinitions": definitions = Compact(property.Value, path, JsonValueKind.Object); CheckDefinitions(property.Value, path); break;
                case "CFRubrics": rubrics = Compact(property.Value, path, JsonValueKind.Array); break;
                default: UnknownProperty(property, path); break;
            }
        }
        if (frameworkDocument is null && _errors.Count == 0)
            Fail("missing-property", $"{Root}.CFDocument", null, "a CASE package must have a CFDocument.");

        var itemIds = new Dictionary<TargetId, string>();
        foreach (var (item, path) in items)
        {
            if (!itemIds.TryAdd(item.Id, path))
                Fail("duplicate-identifier", $"{path}.identifier", item.Id.Value, $"another item ({itemIds[item.Id]}) has the same identifier.");
            else if (frameworkDocument is not null && item.Id.Value == frameworkDocument.Identifier)
                Fail("duplicate-identifier", $"{path}.identifier", item.Id.Value, "the CFDocument has the same identifier.");
        }
        var associationIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (association, path) in associations)
            if (!associationIds.TryAdd(association.Identifier, path))
                Fail("duplicate-identifier", $"{path}.identifier", association.Identifier, $"another association ({associationIds[association.Identifier]}) has the same identifier.");
        if (_errors.Count > 0) throw new DataFileException(_errors);

        var itemList = items.Select(i => i.Item).ToList();
        var associationList = associations.Select(a => a.Association).ToList();
        foreach (string type in (string[])[AssociationTypes.IsChildOf, AssociationTypes.Precedes])
        {
            int cycle = StandardsFramework.FindCycle(itemList, associationList, type);
            if (cycle >= 0)
                Fail("cycle", associations[cycle].Path, associationList[cycle].Identifier,
                    $"this {type} association closes a cycle ({associationList[cycle].Origin.Identifier} → {associationList[cycle].Destination.Identifier}), so no order can put one item before the other.");
        }
        if (_errors.Count > 0) throw new DataFileException(_errors);

        var framework = new StandardsFramework(frameworkDocument!, itemList, associationList);
        var dangling = framework.DanglingAssociations().Select(a => a.Identifier).ToHashSet(StringComparer.Ordinal);
        foreach (var (association, path) in associations)
            if (dangling.Contains(association.Identifier))
                _notes.Add(new DataDiagnostic("dangling-association",
                    "an end of this association is neither in the package nor an external resource with an absolute URI; it is kept but links nothing.",
                    _file, Field: path, Value: association.Identifier));
        return new CaseReadResult(new CasePackage(framework, definitions, rubrics), [.. _notes], _mode);
    }

    private FrameworkDocument? ReadDocument(JsonElement element, string path)
    {
        if (!IsObject(element, path, "the CFDocument")) return null;
        string? identifier = null, title = null;
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        ImmutableArray<string> subjects = [];
        ImmutableArray<FrameworkLink> subjectLinks = [];
        FrameworkLink? license = null, package = null;
        foreach (var property in element.EnumerateObject())
        {
            var at = new Place(path, property.Name);
            switch (property.Name)
            {
                case "identifier": identifier = Identifier(property.Value, at); break;
                case "title": title = Text(property.Value, at); break;
                case "lastChangeDateTime": fields[property.Name] = Timestamp(property.Value, at); break;
                case "uri" or "creator" or "officialSourceURL" or "publisher" or "description" or "language" or "version" or "adoptionStatus"
                    or "statusStartDate" or "statusEndDate" or "notes":
                    fields[property.Name] = Text(property.Value, at); break;
                case "subject": subjects = Texts(property.Value, at, splitCommas: false, reportString: false); break; // CASE 1.0 allows one string
                case "subjectURI": subjectLinks = Links(property.Value, at); break;
                case "licenseURI": license = Link(property.Value, at); break;
                case "CFPackageURI": package = Link(property.Value, at); break;
                default: UnknownProperty(property, at); break;
            }
        }
        if (identifier is null) { Fail("missing-property", $"{path}.identifier", null, "the CFDocument needs an identifier."); return null; }
        Require(element, path, "uri", "creator", "title", "lastChangeDateTime");
        return new FrameworkDocument(identifier, title ?? "")
        {
            Uri = fields.GetValueOrDefault("uri"), Creator = fields.GetValueOrDefault("creator"), LastChangeDateTime = fields.GetValueOrDefault("lastChangeDateTime"),
            OfficialSourceUrl = fields.GetValueOrDefault("officialSourceURL"), Publisher = fields.GetValueOrDefault("publisher"),
            Description = fields.GetValueOrDefault("description"), Subjects = subjects, SubjectLinks = subjectLinks,
            Language = fields.GetValueOrDefault("language"), Version = fields.GetValueOrDefault("version"),
            AdoptionStatus = fields.GetValueOrDefault("adoptionStatus"), StatusStartDate = fields.GetValueOrDefault("statusStartDate"),
            StatusEndDate = fields.GetValueOrDefault("statusEndDate"), LicenseLink = license, Notes = fields.GetValueOrDefault("notes"), PackageLink = package,
        };
    }

    private (FrameworkItem, string)? ReadItem(JsonElement element, string path)
    {
        if (!IsObject(element, path, "a CFItem")) return null;
        string? identifier = null, statement = null;
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        var links = new Dictionary<string, FrameworkLink?>(StringComparer.Ordinal);
        ImmutableArray<string> grades = [], keywords = [];
        bool hasGrades = false;
        foreach (var property in element.EnumerateObject())
        {
            var at = new Place(path, property.Name);
            switch (property.Name)
            {
                case "identifier": identifier = Identifier(property.Value, at); break;
                case "fullStatement": statement = Text(property.Value, at); break;
                case "lastChangeDateTime": fields[property.Name] = Timestamp(property.Value, at); break;
                case "uri" or "alternativeLabel" or "CFItemType" or "humanCodingScheme" or "listEnumeration" or "abbreviatedStatement"
                    or "notes" or "language" or "statusStartDate" or "statusEndDate":
                    fields[property.Name] = Text(property.Value, at); break;
                case "educationLevel":
                    if (property.Value.ValueKind == JsonValueKind.String)
                        Departure("string-for-array", at, property.Value.GetString(), "educationLevel must be an array of strings in CASE 1.0.", "educationLevel written as one string; read as an array.");
                    grades = Texts(property.Value, at, splitCommas: true, reportString: false);
                    hasGrades = true;
                    break;
                case "educationalLevel":
                    Departure("legacy-property", at, property.Value.ToString(), "educationalLevel is not a CASE 1.0 property (CASE 1.0 has educationLevel[]).",
                        "educationalLevel read as educationLevel[].");
                    if (!hasGrades) grades = Texts(property.Value, at, splitCommas: true, reportString: false);
                    break;
                case "conceptKeywords": keywords = Texts(property.Value, at, splitCommas: false); break;
                case "conceptKeywordsURI" or "CFItemTypeURI" or "licenseURI" or "CFDocumentURI": links[property.Name] = Link(property.Value, at); break;
                default: UnknownProperty(property, at); break;
            }
        }
        if (identifier is null) { Fail("missing-property", $"{path}.identifier", null, "a CFItem needs an identifier."); return null; }
        Require(element, path, "fullStatement", "uri", "lastChangeDateTime");
        if (statement is null && _mode == CaseReadMode.Tolerant)
            _notes.Add(new DataDiagnostic("missing-property", "no fullStatement; read as an empty statement.", _file, Field: $"{path}.fullStatement"));
        var item = new FrameworkItem(new TargetId(identifier), statement ?? "")
        {
            Uri = fields.GetValueOrDefault("uri"), LastChangeDateTime = fields.GetValueOrDefault("lastChangeDateTime"),
            AlternativeLabel = fields.GetValueOrDefault("alternativeLabel"), ItemType = fields.GetValueOrDefault("CFItemType"),
            Code = fields.GetValueOrDefault("humanCodingScheme"), ListEnumeration = fields.GetValueOrDefault("listEnumeration"),
            AbbreviatedStatement = fields.GetValueOrDefault("abbreviatedStatement"), Notes = fields.GetValueOrDefault("notes"),
            Language = fields.GetValueOrDefault("language"), StatusStartDate = fields.GetValueOrDefault("statusStartDate"),
            StatusEndDate = fields.GetValueOrDefault("statusEndDate"), Grades = grades, ConceptKeywords = keywords,
            ConceptKeywordsLink = links.GetValueOrDefault("conceptKeywordsURI"), ItemTypeLink = links.GetValueOrDefault("CFItemTypeURI"),
            LicenseLink = links.GetValueOrDefault("licenseURI"), DocumentLink = links.GetValueOrDefault("CFDocumentURI"),
        };
        return (item, path);
    }

    private (FrameworkAssociation, string)? ReadAssociation(JsonElement element, string path)
    {
        if (!IsObject(element, path, "a CFAssociation")) return null;
        string? identifier = null, type = null, uri = null, changed = null;
        FrameworkLink? origin = null, destination = null, grouping = null, documentLink = null;
        int? sequence = null;
        foreach (var property in element.EnumerateObject())
        {
            var at = new Place(path, property.Name);
            switch (property.Name)
            {
                case "identifier": identifier = Identifier(property.Value, at); break;
                case "associationType":
                    type = Text(property.Value, at);
                    if (type is not null && !AssociationTypes.Case10.Contains(type))
                        Departure("unknown-association-type", at, type, $"\"{type}\" is not a CASE 1.0 association type ({string.Join(", ", AssociationTypes.Case10)}).", null);
                    break;
                case "uri": uri = Text(property.Value, at); break;
                case "lastChangeDateTime": changed = Timestamp(property.Value, at); break;
                case "originNodeURI": origin = Link(property.Value, at, generic: true); break;
                case "destinationNodeURI": destination = Link(property.Value, at, generic: true); break;
                case "sequenceNumber": sequence = SequenceNumber(property.Value, at); break;
                case "CFAssociationGroupingURI": grouping = Link(property.Value, at); break;
                case "CFDocumentURI": documentLink = Link(property.Value, at); break;
                default: UnknownProperty(property, at); break;
            }
        }
        if (identifier is null) { Fail("missing-property", $"{path}.identifier", null, "a CFAssociation needs an identifier."); return null; }
        foreach (var (value, name) in new[] { (type, "associationType"), (origin?.Identifier, "originNodeURI"), (destination?.Identifier, "destinationNodeURI") })
            if (string.IsNullOrWhiteSpace(value)) Fail("missing-property", $"{path}.{name}", null, $"a CFAssociation needs its {name}.");
        if (string.IsNullOrWhiteSpace(type) || origin is null || destination is null || string.IsNullOrWhiteSpace(origin.Identifier) || string.IsNullOrWhiteSpace(destination.Identifier)) return null;
        Require(element, path, "uri", "lastChangeDateTime");
        return (new FrameworkAssociation(identifier, type, origin, destination)
        {
            Uri = uri, LastChangeDateTime = changed, SequenceNumber = sequence, GroupingLink = grouping, DocumentLink = documentLink,
        }, path);
    }

    private IEnumerable<T> ReadArray<T>(JsonElement element, string path, Func<JsonElement, string, T?> read) where T : struct
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            Departure("null-value", path, "null", "CASE 1.0 has an array here, not null.", "null read as an empty array.");
            yield break;
        }
        if (element.ValueKind != JsonValueKind.Array) { Fail("wrong-type", path, Kind(element), "this must be an array."); yield break; }
        int i = 0;
        foreach (var entry in element.EnumerateArray())
            if (read(entry, string.Create(CultureInfo.InvariantCulture, $"{path}[{i++}]")) is { } value) yield return value;
    }

    private void CheckDefinitions(JsonElement definitions, string path)
    {
        if (definitions.ValueKind != JsonValueKind.Object || !definitions.TryGetProperty("CFItemTypes", out var types) || types.ValueKind != JsonValueKind.Array) return;
        int i = 0;
        foreach (var type in types.EnumerateArray())
        {
            if (type.ValueKind == JsonValueKind.Object && type.TryGetProperty("description", out var description) && description.ValueKind == JsonValueKind.Null)
                Departure("null-value", string.Create(CultureInfo.InvariantCulture, $"{path}.CFItemTypes[{i}].description"), "null",
                    "CASE 1.0 has a string here or no property, not null.", null);
            i++;
        }
    }

    private string? Compact(JsonElement element, Place path, JsonValueKind kind)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            Departure("null-value", path, "null", "CASE 1.0 has no null here; leave the property out.", "null read as absent.");
            return null;
        }
        if (element.ValueKind != kind) { Fail("wrong-type", path, Kind(element), $"this must be a JSON {kind.ToString().ToLowerInvariant()}."); return null; }
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            element.WriteTo(writer);
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private string? Identifier(JsonElement element, Place path)
    {
        string? identifier = Text(element, path);
        if (string.IsNullOrWhiteSpace(identifier)) { if (identifier is not null) Fail("empty-id", path, identifier, "an identifier must not be empty."); return null; }
        if (!Uuid10().IsMatch(identifier))
            Departure("not-a-uuid", path, identifier, "CASE 1.0 identifiers are lower-case UUIDs (version 1–5).", null);
        return identifier;
    }

    private string? Timestamp(JsonElement element, Place path)
    {
        string? text = Text(element, path);
        if (text is not null && text.Contains('T', StringComparison.Ordinal) && !WithTimeZone().IsMatch(text))
            Departure("no-time-zone", path, text, "a CASE 1.0 date-time needs a time zone (Z or ±hh:mm).", "date-time without a time zone; kept as written.");
        return text;
    }

    private string? Text(JsonElement element, Place path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String: return element.GetString();
            case JsonValueKind.Null:
                Departure("null-value", path, "null", "CASE 1.0 has a string here or no property, not null.", "null read as absent.");
                return null;
            default:
                Fail("wrong-type", path, element.ToString(), $"this must be a string, not {Kind(element)}.");
                return null;
        }
    }

    private ImmutableArray<string> Texts(JsonElement element, Place path, bool splitCommas, bool reportString = true)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                var list = ImmutableArray.CreateBuilder<string>();
                int i = 0;
                foreach (var entry in element.EnumerateArray())
                    if (Text(entry, path.Element(i++)) is { } text) list.Add(text);
                return list.ToImmutable();
            case JsonValueKind.String:
                string value = element.GetString()!;
                if (reportString)
                    Departure("string-for-array", path, value, "CASE 1.0 has an array of strings here.", "one string read as an array.");
                return splitCommas ? [.. value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)] : [value];
            default:
                Text(element, path);
                return [];
        }
    }

    private ImmutableArray<FrameworkLink> Links(JsonElement element, Place path)
    {
        if (element.ValueKind != JsonValueKind.Array) return Link(element, path) is { } one ? [one] : [];
        var list = ImmutableArray.CreateBuilder<FrameworkLink>();
        int i = 0;
        foreach (var entry in element.EnumerateArray())
            if (Link(entry, path.Element(i++)) is { } link) list.Add(link);
        return list.ToImmutable();
    }

    private FrameworkLink? Link(JsonElement element, Place path, bool generic = false)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                string? title = null, identifier = null, uri = null;
                foreach (var property in element.EnumerateObject())
                {
                    var at = path.Property(property.Name);
                    switch (property.Name)
                    {
                        case "title": title = Text(property.Value, at); break;
                        case "identifier": identifier = Text(property.Value, at); break;
                        case "uri": uri = Text(property.Value, at); break;
                        default: UnknownProperty(property, at); break;
                    }
                }
                Require(element, path, "title", "identifier", "uri");
                if (!generic && identifier is not null && !Uuid10().IsMatch(identifier))
                    Departure("not-a-uuid", path.Property("identifier"), identifier, "a CASE 1.0 LinkURI identifier is a lower-case UUID.", null);
                return new FrameworkLink(title ?? "", identifier ?? "", uri ?? "");
            case JsonValueKind.String:
                string text = element.GetString()!;
                Departure("string-link", path, text, "CASE 1.0 has a link object {title, identifier, uri} here, not a string.",
                    "link written as a URI string; read as a link whose identifier is the URI's last segment.");
                return new FrameworkLink("", LastSegment(text), text);
            case JsonValueKind.Null:
                Departure("null-value", path, "null", "CASE 1.0 has a link object here or no property, not null.", "null read as absent.");
                return null;
            default:
                Fail("wrong-type", path, element.ToString(), $"a link must be an object {{title, identifier, uri}}, not {Kind(element)}.");
                return null;
        }
    }

    private int? SequenceNumber(JsonElement element, Place path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Number when element.TryGetInt32(out int number): return number;
            case JsonValueKind.String when int.TryParse(element.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int number):
                Departure("string-number", path, element.GetString(), "sequenceNumber is an integer in CASE 1.0, not a string.", "numeric string read as an integer.");
                return number;
            case JsonValueKind.Null:
                Departure("null-value", path, "null", "CASE 1.0 has an integer here or no property, not null.", "null read as absent.");
                return null;
            default:
                Fail("bad-number", path, element.ToString(), "sequenceNumber must be a whole number.");
                return null;
        }
    }

    private void Require(JsonElement element, Place path, params string[] names)
    {
        foreach (string name in names)
            if (!element.TryGetProperty(name, out _))
                Departure("missing-property", path.Property(name), null, $"{name} is required by CASE 1.0.", null);
    }

    private void UnknownProperty(JsonProperty property, Place path) =>
        Departure("unknown-property", path, null, $"{property.Name} is not a CASE 1.0 property here.",
            property.Name.StartsWith("CFItemAssociationURI", StringComparison.Ordinal) || property.Name.StartsWith("ls", StringComparison.Ordinal)
                ? "pre-CASE property ignored." : "unknown property ignored.");

    private bool IsObject(JsonElement element, Place path, string what)
    {
        if (element.ValueKind == JsonValueKind.Object) return true;
        Fail("wrong-type", path, Kind(element), $"{what} must be a JSON object.");
        return false;
    }

    // A departure from CASE 1.0: strict reports it; tolerant records the normalisation, or nothing when it accepts the value as is.
    private void Departure(string code, Place path, string? value, string strict, string? tolerant)
    {
        if (_mode == CaseReadMode.Strict) _notes.Add(new DataDiagnostic(code, strict, _file, Field: path.ToString(), Value: value));
        else if (tolerant is not null) _notes.Add(new DataDiagnostic(code, tolerant, _file, Field: path.ToString(), Value: value));
    }

    private void Fail(string code, Place path, string? value, string message) => _errors.Add(new DataDiagnostic(code, message, _file, Field: path.ToString(), Value: value));

    private static string Kind(JsonElement element) => element.ValueKind.ToString().ToLowerInvariant();

    private static string LastSegment(string uri)
    {
        string trimmed = uri.TrimEnd('/');
        int slash = trimmed.LastIndexOf('/');
        return slash >= 0 && slash < trimmed.Length - 1 ? trimmed[(slash + 1)..] : trimmed;
    }

    private static string WithoutPosition(string message)
    {
        int at = message.IndexOf(" Path:", StringComparison.Ordinal);
        return at > 0 ? message[..at] : message;
    }

    /// <summary>
    /// A JSON path (<c>$.CFItems[3].CFItemTypeURI.identifier</c>) kept in parts and joined only when a diagnostic needs
    /// it, so reading a large package does not build a path string for every value it reads.
    /// </summary>
    private readonly struct Place
    {
        private readonly string _parent;
        private readonly string? _name;
        private readonly int _index;
        private readonly string? _child;

        public Place(string parent, string? name = null, int index = -1, string? child = null) => (_parent, _name, _index, _child) = (parent, name, index, child);

        public static implicit operator Place(string path) => new(path);

        public Place Property(string name) =>
            _name is null ? new Place(_parent, name) : _child is null ? new Place(_parent, _name, _index, name) : new Place(ToString(), name);

        public Place Element(int index) =>
            _name is not null && _index < 0 && _child is null ? new Place(_parent, _name, index) : new Place(string.Create(CultureInfo.InvariantCulture, $"{this}[{index}]"));

        public override string ToString()
        {
            string path = _name is null ? _parent : _parent + "." + _name;
            if (_index >= 0) path += string.Create(CultureInfo.InvariantCulture, $"[{_index}]");
            return _child is null ? path : path + "." + _child;
        }
    }
}
