using System.Text.Json.Nodes;
using MathPlc.Core;
using MathPlc.Standards;

namespace MathPlc.Benchmarks;

/// <summary>
/// What a first version would write: parse into a <see cref="JsonNode"/> tree and project with LINQ, trusting every
/// value (no strict or tolerant rules, no diagnostics, no JSON paths); and a layer-by-layer Kahn sort with LINQ.
/// </summary>
internal static class CaseBaseline
{
    public static StandardsFramework Read(byte[] utf8Json)
    {
        var root = JsonNode.Parse(utf8Json)!;
        var doc = root["CFDocument"]!;
        var document = new FrameworkDocument((string)doc["identifier"]!, (string)doc["title"]!)
        {
            Uri = (string?)doc["uri"], Creator = (string?)doc["creator"], LastChangeDateTime = (string?)doc["lastChangeDateTime"],
        };
        static FrameworkLink Link(JsonNode node) => new((string)node["title"]!, (string)node["identifier"]!, (string)node["uri"]!);
        var items = root["CFItems"]!.AsArray().Select(i => new FrameworkItem(new TargetId((string)i!["identifier"]!), (string)i["fullStatement"]!)
        {
            Code = (string?)i["humanCodingScheme"], ItemType = (string?)i["CFItemType"], Uri = (string?)i["uri"],
            LastChangeDateTime = (string?)i["lastChangeDateTime"], Language = (string?)i["language"],
            Grades = [.. (i["educationLevel"]?.AsArray() ?? []).Select(g => (string)g!)],
        });
        var associations = root["CFAssociations"]!.AsArray().Select(a => new FrameworkAssociation((string)a!["identifier"]!, (string)a["associationType"]!,
            Link(a["originNodeURI"]!), Link(a["destinationNodeURI"]!))
        {
            Uri = (string?)a["uri"], LastChangeDateTime = (string?)a["lastChangeDateTime"], SequenceNumber = (int?)a["sequenceNumber"],
        });
        return new StandardsFramework(document, items, associations);
    }

    /// <summary>Kahn by layers: repeatedly take every item whose prerequisites are all placed.</summary>
    public static List<TargetId> TopologicalOrder(StandardsFramework framework)
    {
        var prerequisites = framework.Progressions.ToLookup(p => p.To, p => p.From);
        var placed = new HashSet<TargetId>();
        var order = new List<TargetId>();
        var remaining = framework.Items.Select(i => i.Id).ToList();
        while (remaining.Count > 0)
        {
            var layer = remaining.Where(id => prerequisites[id].All(placed.Contains)).ToList();
            order.AddRange(layer);
            placed.UnionWith(layer);
            remaining = remaining.Where(id => !placed.Contains(id)).ToList();
        }
        return order;
    }
}
