using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using MathPlc.Core;
using MathPlc.Standards;

namespace MathPlc.Standards.Tests.Case;

/// <summary>
/// Random CASE 1.0-conformant frameworks: items with UUID identifiers and text with non-ASCII letters, an acyclic
/// isChildOf tree (a parent always comes earlier), acyclic precedes (earlier to later) and crosswalks to external nodes.
/// </summary>
internal static class FrameworkGenerators
{
    private const string Alphabet = "abcxyz ÀéñüΩ√≤½\"\\/\n\t𝑑";

    private static string Uuid(int kind, int n) => string.Create(CultureInfo.InvariantCulture, $"{kind:x8}-0000-4000-8000-{n:x12}");

    private static Gen<string> Text => Gen.ArrayOf(Gen.Elements(SplitAlphabet())).Select(parts => "T" + string.Concat(parts));

    private static string[] SplitAlphabet()
    {
        var list = new List<string>();
        var e = StringInfo.GetTextElementEnumerator(Alphabet);
        while (e.MoveNext()) list.Add(e.GetTextElement());
        return [.. list];
    }

    private static Gen<string?> Maybe(Gen<string> gen) => Gen.OneOf(Gen.Constant<string?>(null), gen.Select(s => (string?)s));

    private static readonly string[] Grades = ["KG", "01", "05", "06", "07", "08", "12"];
    private static readonly string[] Types = ["Domain", "Cluster", "Standard", "Component", "Claim"];

    private static Gen<Func<int, FrameworkItem>> Item =>
        from statement in Text
        from code in Maybe(Text)
        from type in Maybe(Gen.Elements(Types))
        from grades in Gen.SubListOf(Grades)
        from notes in Maybe(Text)
        from keywords in Gen.SubListOf(["ratio", "rate", "ü"])
        from withLink in Gen.Elements(true, false)
        select (Func<int, FrameworkItem>)(n => new FrameworkItem(new TargetId(Uuid(0xa, n)), statement)
        {
            Code = code, ItemType = type, Grades = [.. grades], Notes = notes, ConceptKeywords = [.. keywords],
            Uri = $"https://case.example.org/CFItems/{Uuid(0xa, n)}", LastChangeDateTime = "2024-05-01T12:00:00+00:00",
            DocumentLink = withLink ? new FrameworkLink("Doc", Uuid(0xd, 0), "https://case.example.org/CFDocuments/" + Uuid(0xd, 0)) : null,
        });

    public static Gen<StandardsFramework> Framework =>
        from makers in Gen.ArrayOf(Item)
        from parentSeeds in Gen.ArrayOf(Gen.Choose(0, 1000))
        from edges in Gen.ListOf(Gen.Choose(0, 1000).Two())
        let count = makers.Length
        let items = makers.Select((make, i) => make(i)).ToArray()
        let parents = Enumerable.Range(0, count).Select(i => parentSeeds.Length == 0 ? -1 : parentSeeds[i % parentSeeds.Length] % (i + 1) - 1).ToArray()
        from sequence in Gen.ListOf(Gen.Choose(1, 9))
        from title in Text
        select Build(title, items, parents, [.. edges.Select(e => count == 0 ? e : (e.Item1 % count, e.Item2 % count))], [.. sequence]);

    private static StandardsFramework Build(string title, FrameworkItem[] items, int[] parents, (int, int)[] edges, int[] sequence)
    {
        var document = new FrameworkDocument(Uuid(0xd, 0), title)
        {
            Uri = "https://case.example.org/CFDocuments/" + Uuid(0xd, 0), Creator = "Team ü", LastChangeDateTime = "2024-05-01T12:00:00Z",
            Subjects = ["Mathematics"], Language = "en",
        };
        var associations = new List<FrameworkAssociation>();
        FrameworkLink Node(int i) => i < 0
            ? new FrameworkLink(title, document.Identifier, document.Uri!)
            : new FrameworkLink(items[i].Code ?? "", items[i].Id.Value, items[i].Uri!);
        int n = 0;
        for (int i = 0; i < items.Length; i++)
            associations.Add(new FrameworkAssociation(Uuid(0xc, n++), AssociationTypes.IsChildOf, Node(i), Node(parents[i]))
            {
                SequenceNumber = sequence.Length == 0 ? null : sequence[i % sequence.Length],
                Uri = "https://case.example.org/CFAssociations/" + Uuid(0xc, n), LastChangeDateTime = "2024-05-01T12:00:00Z",
            });
        foreach (var (a, b) in edges.Where(e => e.Item1 != e.Item2 && items.Length > 0))
            associations.Add(new FrameworkAssociation(Uuid(0xc, n++), AssociationTypes.Precedes, Node(Math.Min(a, b)), Node(Math.Max(a, b)))
            {
                Uri = "https://case.example.org/CFAssociations/" + Uuid(0xc, n), LastChangeDateTime = "2024-05-01T12:00:00Z",
            });
        if (items.Length > 0)
            associations.Add(new FrameworkAssociation(Uuid(0xc, n++), AssociationTypes.ExactMatchOf, Node(0),
                new FrameworkLink("CCSS", Uuid(0xe, 1), "https://casenetwork.example.org/" + Uuid(0xe, 1)))
            {
                Uri = "https://case.example.org/CFAssociations/" + Uuid(0xc, n), LastChangeDateTime = "2024-05-01T12:00:00Z",
            });
        return new StandardsFramework(document, items, associations);
    }
}
