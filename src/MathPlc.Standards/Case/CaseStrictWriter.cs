using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace MathPlc.Standards.Case;

/// <summary>
/// Turns a package the tolerant reader accepted into strict CASE 1.0, noting each change with the JSON path it was
/// made at: the package is written as CASE 1.0 JSON, that JSON is rewritten where CASE 1.0 asks for more than the
/// package holds, and the result is read back strictly, which must be clean.
/// </summary>
/// <remarks>Rules from 1EdTech CASE 1.0 (<c>case-v1p0-cfpackage-schema.json</c>); the choices are decision record 0054.</remarks>
internal sealed class CaseStrictWriter
{
    // RFC 9562 §6.6: the URL namespace, under which every non-UUID identifier gets its name-based (version 5) UUID.
    private static readonly byte[] UrlNamespace = [0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8];

    private readonly string _file;
    private readonly List<DataDiagnostic> _notes = [];
    private readonly Dictionary<string, string> _identifiers = new(StringComparer.Ordinal);
    private string? _fallbackTime;

    private CaseStrictWriter(string file) => _file = file;

    public static CaseNormalisation Normalise(CasePackage package, string file)
    {
        var writer = new CaseStrictWriter(file);
        using var written = new MemoryStream();
        using (var json = new Utf8JsonWriter(written))
            CaseWriter.Write(json, package);
        using var document = JsonDocument.Parse(written.ToArray());
        byte[] strict = writer.Rewrite(document.RootElement, package);
        var back = CaseJson.Read(new MemoryStream(strict), file, CaseReadMode.Strict);
        return new CaseNormalisation(back.GetValueOrThrow(), [.. writer._notes]);
    }

    /// <summary>The name-based UUID (RFC 9562 version 5, SHA-1) of <paramref name="name"/> in <paramref name="namespaceId"/> (16 bytes, network order).</summary>
    internal static string Version5(ReadOnlySpan<byte> namespaceId, string name)
    {
        byte[] input = [.. namespaceId, .. Encoding.UTF8.GetBytes(name)];
#pragma warning disable CA5350 // RFC 9562 defines version 5 UUIDs with SHA-1; the hash names, it does not protect.
        byte[] hash = SHA1.HashData(input);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        string hex = Convert.ToHexStringLower(hash, 0, 16);
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
    }

    private byte[] Rewrite(JsonElement root, CasePackage package)
    {
        CollectIdentifiers(root, "$", inNodeLink: false);
        _fallbackTime = FallbackTime(root);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, CaseJson.WriterOptions))
        {
            json.WriteStartObject();
            foreach (var property in root.EnumerateObject())
            {
                string path = "$." + property.Name;
                json.WritePropertyName(property.Name);
                switch (property.Name)
                {
                    case "CFDocument": Node(json, property.Value, path, ["uri", "creator", "lastChangeDateTime"]); break;
                    case "CFItems": Items(json, property.Value, path, package); break;
                    case "CFAssociations":
                        json.WriteStartArray();
                        int i = 0;
                        foreach (var association in property.Value.EnumerateArray()) Node(json, association, Index(path, i++), ["uri", "lastChangeDateTime"]);
                        json.WriteEndArray();
                        break;
                    default: Value(json, property.Value, path); break;
                }
            }
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    // CFItems in outline order (children after their parent, by sequenceNumber), so a consumer that reads the array in
    // order sees the framework's tree as its sequence numbers give it.
    private void Items(Utf8JsonWriter json, JsonElement items, string path, CasePackage package)
    {
        var framework = package.Framework;
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < framework.Items.Length; i++) position[framework.Items[i].Id.Value] = i;
        int[] order = [.. framework.OutlineOrder().Select(item => position[item.Id.Value])];
        if (!order.SequenceEqual(Enumerable.Range(0, order.Length)))
            Note("outline-order", path, null, "items written in outline order: each after its parent, siblings by sequenceNumber, top-level items by the sequenceNumber of their isChildOf to the document.");
        var elements = items.EnumerateArray().ToArray();
        json.WriteStartArray();
        foreach (int i in order) Node(json, elements[i], Index(path, i), ["uri", "lastChangeDateTime"]);
        json.WriteEndArray();
    }

    // A CFDocument, CFItem or CFAssociation: its properties rewritten, then what CASE 1.0 requires and it lacks.
    private void Node(Utf8JsonWriter json, JsonElement node, string path, string[] required)
    {
        json.WriteStartObject();
        foreach (var property in node.EnumerateObject())
        {
            string at = path + "." + property.Name;
            if (property.Name == "associationType" && property.Value.GetString() is { } type && !Standards.AssociationTypes.Case10.Contains(type))
            {
                Note("unknown-association-type", at, type, $"\"{type}\" is not a CASE 1.0 association type; written as {Standards.AssociationTypes.IsRelatedTo}, CASE 1.0's general relation.");
                json.WriteString(property.Name, Standards.AssociationTypes.IsRelatedTo);
                continue;
            }
            Property(json, property, at);
        }
        foreach (string name in required)
        {
            if (node.TryGetProperty(name, out _)) continue;
            string at = path + "." + name;
            string value = name switch
            {
                "uri" => "urn:uuid:" + Mapped(node.GetProperty("identifier").GetString()!),
                "creator" when node.TryGetProperty("publisher", out var publisher) => publisher.GetString()!,
                "lastChangeDateTime" when _fallbackTime is not null => _fallbackTime,
                _ => throw new DataFileException([new DataDiagnostic("missing-property",
                    $"{name} is required by CASE 1.0 and the package has nothing to take it from; add it to the file.", _file, Field: at)]),
            };
            Note("missing-property", at, value, $"{name} is required by CASE 1.0; written as {DiagnosticText.Quote(value)}" + name switch
            {
                "uri" => " (the identifier as a URN).",
                "creator" => " (the publisher).",
                _ => " (the package's latest lastChangeDateTime).",
            });
            json.WriteString(name, value);
        }
        json.WriteEndObject();
    }

    private void Property(Utf8JsonWriter json, JsonProperty property, string path)
    {
        if (property.Value.ValueKind == JsonValueKind.Null)
        {
            Note("null-value", path, "null", "CASE 1.0 has no null values; the property is left out.");
            return;
        }
        json.WritePropertyName(property.Name);
        if (property.Name == "identifier" && property.Value.ValueKind == JsonValueKind.String)
            json.WriteStringValue(Mapped(property.Value.GetString()!));
        else if (property.Name == "lastChangeDateTime" && property.Value.ValueKind == JsonValueKind.String)
            json.WriteStringValue(Timestamp(property.Value.GetString()!, path, report: true));
        else
            Value(json, property.Value, path);
    }

    private void Value(Utf8JsonWriter json, JsonElement value, string path)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                json.WriteStartObject();
                foreach (var property in value.EnumerateObject()) Property(json, property, path + "." + property.Name);
                json.WriteEndObject();
                break;
            case JsonValueKind.Array:
                json.WriteStartArray();
                int i = 0;
                foreach (var entry in value.EnumerateArray()) Value(json, entry, Index(path, i++));
                json.WriteEndArray();
                break;
            default:
                value.WriteTo(json);
                break;
        }
    }

    // Every identifier that is not a CASE 1.0 UUID gets one; the ends of an association (which may name any node,
    // inside the package or not) follow only when they name an identifier replaced here.
    private void CollectIdentifiers(JsonElement element, string path, bool inNodeLink)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            int i = 0;
            foreach (var entry in element.EnumerateArray()) CollectIdentifiers(entry, Index(path, i++), inNodeLink);
            return;
        }
        if (element.ValueKind != JsonValueKind.Object) return;
        foreach (var property in element.EnumerateObject())
        {
            string at = path + "." + property.Name;
            if (property.Name == "identifier" && property.Value.ValueKind == JsonValueKind.String && !inNodeLink)
            {
                string identifier = property.Value.GetString()!;
                if (CaseReader.Uuid10().IsMatch(identifier) || _identifiers.ContainsKey(identifier)) continue;
                string uuid = Guid.TryParse(identifier, out var parsed) && CaseReader.Uuid10().IsMatch(parsed.ToString("D"))
                    ? parsed.ToString("D") : Version5(UrlNamespace, identifier);
                _identifiers[identifier] = uuid;
                Note("not-a-uuid", at, identifier, $"CASE 1.0 identifiers are lower-case UUIDs (version 1–5); written as {uuid}, and every reference to it follows.");
            }
            else
            {
                CollectIdentifiers(property.Value, at, property.Name is "originNodeURI" or "destinationNodeURI");
            }
        }
    }

    private string Mapped(string identifier) => _identifiers.GetValueOrDefault(identifier, identifier);

    // The CFDocument's lastChangeDateTime, else the latest of the items' and associations' (all read as UTC when they
    // have no zone): what a node without one is given.
    private string? FallbackTime(JsonElement root)
    {
        if (root.TryGetProperty("CFDocument", out var document) && document.TryGetProperty("lastChangeDateTime", out var time) && time.GetString() is { } own)
            return Timestamp(own, "", report: false);
        string? latest = null;
        foreach (string array in (string[])["CFItems", "CFAssociations"])
            if (root.TryGetProperty(array, out var nodes))
                foreach (var node in nodes.EnumerateArray())
                    if (node.TryGetProperty("lastChangeDateTime", out var changed) && changed.GetString() is { } text
                        && DateTimeOffset.TryParse(Timestamp(text, "", report: false), CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
                        && (latest is null || at > DateTimeOffset.Parse(latest, CultureInfo.InvariantCulture)))
                        latest = Timestamp(text, "", report: false);
        return latest;
    }

    private string Timestamp(string text, string path, bool report)
    {
        if (!text.Contains('T', StringComparison.Ordinal) || CaseReader.WithTimeZone().IsMatch(text)) return text;
        string zoned = text + "+00:00";
        if (report) Note("no-time-zone", path, text, $"a CASE 1.0 date-time needs a time zone; read as UTC and written as {zoned}.");
        return zoned;
    }

    private void Note(string code, string path, string? value, string message) =>
        _notes.Add(new DataDiagnostic(code, message, _file, Field: path, Value: value));

    private static string Index(string path, int i) => string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");
}
