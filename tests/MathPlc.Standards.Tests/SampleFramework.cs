using MathPlc.Core;
using MathPlc.Standards;

namespace MathPlc.Standards.Tests;

/// <summary>
/// A small grade 6–7 ratios framework shaped like the CCSS (6.RP.A.1–3, 7.RP.A.1 and 7.RP.A.3 under their clusters),
/// with the progressions of the OpenSALT CCSS export: 6.RP.A.1 → 6.RP.A.2 → 7.RP.A.1 and 6.RP.A.3 → 7.RP.A.3.
/// </summary>
internal static class SampleFramework
{
    public static readonly TargetId Cluster6 = new("k6"), Cluster7 = new("k7"), A1 = new("a1"), A2 = new("a2"), A3 = new("a3"), B1 = new("b1"), B3 = new("b3");

    public static StandardsFramework Create()
    {
        var document = new FrameworkDocument("doc", "Ratios 6–7");
        FrameworkItem Item(TargetId id, string code, string grade, string type) =>
            new(id, $"Statement of {code}") { Code = $"CCSS.Math.Content.{code}", Grades = [grade], ItemType = type };
        var items = new[]
        {
            Item(Cluster6, "6.RP.A", "06", "Cluster"), Item(A1, "6.RP.A.1", "06", "Standard"), Item(A2, "6.RP.A.2", "06", "Standard"),
            Item(A3, "6.RP.A.3", "06", "Standard"), Item(Cluster7, "7.RP.A", "07", "Cluster"), Item(B1, "7.RP.A.1", "07", "Standard"),
            Item(B3, "7.RP.A.3", "07", "Standard"),
        };
        int n = 0;
        FrameworkAssociation Link(string type, string from, string to, int? sequence = null) =>
            new($"as{n++}", type, new FrameworkLink("", from, ""), new FrameworkLink("", to, "")) { SequenceNumber = sequence };
        var associations = new[]
        {
            Link(AssociationTypes.IsChildOf, "k6", "doc", 1), Link(AssociationTypes.IsChildOf, "k7", "doc", 2),
            Link(AssociationTypes.IsChildOf, "a3", "k6", 3), Link(AssociationTypes.IsChildOf, "a1", "k6", 1), Link(AssociationTypes.IsChildOf, "a2", "k6", 2),
            Link(AssociationTypes.IsChildOf, "b1", "k7"), Link(AssociationTypes.IsChildOf, "b3", "k7"),
            Link(AssociationTypes.Precedes, "a1", "a2"), Link(AssociationTypes.Precedes, "a2", "ccss-7-rp-a-1"), Link(AssociationTypes.Precedes, "a3", "b3"),
            Link(AssociationTypes.ExactMatchOf, "b1", "ccss-7-rp-a-1"),
        };
        return new StandardsFramework(document, items, associations);
    }
}
