using System.Globalization;
using System.Text;
using MathPlc.Core;
using MathPlc.Standards.Case;
using MathPlc.Standards;

namespace MathPlc.Benchmarks;

/// <summary>
/// A generated CASE 1.0 package the size of a state's whole K–12 mathematics framework: 10,000 items (13 grades ×
/// domains × clusters × standards × components) and 30,000 associations (10,000 isChildOf, 15,000 precedes from an
/// earlier item to a later one, 5,000 exactMatchOf crosswalks to external nodes). Seeded, so every run reads the same file.
/// </summary>
internal static class CasePackages
{
    public static byte[] Generate(int items = 10_000, int associations = 30_000, int seed = 20261122)
    {
        var random = new Random(seed);
        string Uuid(int kind, int n) => string.Create(CultureInfo.InvariantCulture, $"{kind:x8}-0000-4000-8000-{n:x12}");
        var document = new FrameworkDocument(Uuid(0xd, 0), "Generated K–12 mathematics")
        {
            Uri = "https://case.example.org/CFDocuments/" + Uuid(0xd, 0), Creator = "Benchmark", LastChangeDateTime = "2026-11-22T00:00:00Z",
        };
        string[] grades = ["KG", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"];
        var list = new FrameworkItem[items];
        for (int i = 0; i < items; i++)
        {
            string grade = grades[i * grades.Length / items];
            list[i] = new FrameworkItem(new TargetId(Uuid(0xa, i)), $"Statement {i}: reason about ratios, rates and équivalences with 𝑑 = r·t.")
            {
                Code = string.Create(CultureInfo.InvariantCulture, $"GEN.{grade}.D{i % 7}.C{i % 11}.{i}"), ItemType = (i % 4) switch { 0 => "Cluster", 1 or 2 => "Standard", _ => "Component" },
                Grades = [grade], Uri = "https://case.example.org/CFItems/" + Uuid(0xa, i), LastChangeDateTime = "2026-11-22T00:00:00Z", Language = "en",
            };
        }
        FrameworkLink Node(int i) => i < 0 ? new FrameworkLink(document.Title, document.Identifier, document.Uri!) : new FrameworkLink(list[i].Code!, list[i].Id.Value, list[i].Uri!);
        var links = new List<FrameworkAssociation>(associations);
        int n = 0;
        FrameworkAssociation Make(string type, FrameworkLink from, FrameworkLink to) =>
            new(Uuid(0xc, n), type, from, to) { Uri = "https://case.example.org/CFAssociations/" + Uuid(0xc, n++), LastChangeDateTime = "2026-11-22T00:00:00Z" };
        for (int i = 0; i < items; i++) links.Add(Make(AssociationTypes.IsChildOf, Node(i), Node(i < 100 ? -1 : random.Next(i))) with { SequenceNumber = i });
        int precedes = associations / 2, matches = associations - items - precedes;
        for (int k = 0; k < precedes; k++)
        {
            int a = random.Next(items - 1), b = a + 1 + random.Next(Math.Min(400, items - a - 1));
            links.Add(Make(AssociationTypes.Precedes, Node(a), Node(b)));
        }
        for (int k = 0; k < matches; k++)
            links.Add(Make(AssociationTypes.ExactMatchOf, Node(k % items), new FrameworkLink("CCSS", Uuid(0xe, k), "https://casenetwork.example.org/" + Uuid(0xe, k))));
        using var buffer = new MemoryStream();
        CaseJson.Write(buffer, new StandardsFramework(document, list, links));
        return buffer.ToArray();
    }
}
