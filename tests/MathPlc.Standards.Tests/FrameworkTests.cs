using MathPlc.Core;
using MathPlc.Standards;
using static MathPlc.Standards.Tests.SampleFramework;

namespace MathPlc.Standards.Tests;

public class FrameworkTests
{
    private static readonly StandardsFramework Framework = Create();

    [Fact]
    public void Look_ups_by_code_grade_and_domain()
    {
        Assert.Equal(A3, Framework.FindByCode("ccss.math.content.6.RP.A.3")!.Id);
        Assert.Null(Framework.FindByCode("6.NS.A.1"));
        Assert.Equal([Cluster6, A1, A2, A3], Framework.ItemsForGrade("6").Select(i => i.Id));
        Assert.Equal([Cluster7, B1, B3], Framework.ItemsForGrade("07").Select(i => i.Id));
        Assert.Equal(7, Framework.ItemsInDomain("RP").Length);
        Assert.Empty(Framework.ItemsInDomain("NS"));
        Assert.Equal(FrameworkItemKind.Standard, Framework[A1].Kind);
    }

    [Fact]
    public void The_hierarchy_orders_children_by_sequence_number()
    {
        Assert.Equal([A1, A2, A3], Framework.ChildrenOf(Cluster6).Select(i => i.Id));
        Assert.Equal(Cluster6, Framework.ParentOf(A3)!.Id);
        Assert.Null(Framework.ParentOf(Cluster6));
        Assert.Equal([Cluster6, Cluster7], Framework.TopLevelItems().Select(i => i.Id));
    }

    [Fact] // the clusters swap places when their sequence numbers under the document do; an item without a parent link comes last
    public void Top_level_items_follow_their_sequence_numbers_under_the_document_and_the_outline_visits_the_tree()
    {
        var framework = Create();
        var swapped = new StandardsFramework(framework.Document, framework.Items, framework.Associations.Select(a =>
            a.AssociationType == AssociationTypes.IsChildOf && a.Destination.Identifier == "doc" ? a with { SequenceNumber = 3 - a.SequenceNumber } : a));
        Assert.Equal([Cluster7, Cluster6], swapped.TopLevelItems().Select(i => i.Id));
        Assert.Equal([Cluster7, B1, B3, Cluster6, A1, A2, A3], swapped.OutlineOrder().Select(i => i.Id));
        Assert.Equal([Cluster6, A1, A2, A3, Cluster7, B1, B3], framework.OutlineOrder().Select(i => i.Id));
        var orphan = new StandardsFramework(framework.Document, [new FrameworkItem(new TargetId("x"), "loose"), .. framework.Items], framework.Associations);
        Assert.Equal([Cluster6, Cluster7, new TargetId("x")], orphan.TopLevelItems().Select(i => i.Id));
    }

    [Fact] // a2 precedes the external CCSS node that b1 exactly matches: the progression reaches b1.
    public void Prerequisites_follow_progressions_through_exact_matches()
    {
        Assert.Equal([A2], Framework.PrerequisitesOf(B1).ToArray());
        Assert.Equal([A1, A2], Framework.AllPrerequisitesOf(B1).ToArray());
        Assert.Equal([A3], Framework.PrerequisitesOf(B3).ToArray());
        Assert.Empty(Framework.PrerequisitesOf(A1).ToArray());
        Assert.Equal([B1], Framework.SuccessorsOf(A2).ToArray());
        Assert.Equal(3, Framework.Progressions.Length);
    }

    [Fact] // Worked by hand: ties keep the order given (b3, b1, a3, a2, a1), but a3 must precede b3 and a1 → a2 → b1.
    public void The_topological_order_puts_prerequisites_first_and_keeps_the_given_order_otherwise()
    {
        Assert.Equal([A3, B3, A1, A2, B1], Framework.TopologicalOrder([B3, B1, A3, A2, A1]).ToArray());
        Assert.Equal([A1, B1], Framework.TopologicalOrder([B1, A1, B1]).ToArray());
        Assert.Equal([Cluster6, A1, A2, A3, Cluster7, B1, B3], Framework.TopologicalOrder().ToArray());
    }

    [Fact]
    public void Associations_that_reach_nowhere_are_dangling()
    {
        var framework = new StandardsFramework(new FrameworkDocument("doc", "T"), [new FrameworkItem(A1, "s")],
        [
            new FrameworkAssociation("x1", AssociationTypes.Exemplar, new FrameworkLink("", "a1", ""), new FrameworkLink("task", "t", "https://tasks.example.org/1")),
            new FrameworkAssociation("x2", AssociationTypes.Precedes, new FrameworkLink("", "a1", ""), new FrameworkLink("", "gone", "")),
        ]);
        Assert.Equal(["x2"], framework.DanglingAssociations().Select(a => a.Identifier));
    }

    [Fact]
    public void Guards_name_their_parameter()
    {
        var doc = new FrameworkDocument("doc", "T");
        var item = new FrameworkItem(A1, "s");
        Assert.Equal("items", Assert.Throws<ArgumentException>(() => new StandardsFramework(doc, [item, item], [])).ParamName);
        Assert.Equal("items", Assert.Throws<ArgumentException>(() => new StandardsFramework(doc, [new FrameworkItem(new TargetId("doc"), "s")], [])).ParamName);
        var loop = new[]
        {
            new FrameworkAssociation("1", AssociationTypes.Precedes, new FrameworkLink("", "a1", ""), new FrameworkLink("", "a2", "")),
            new FrameworkAssociation("2", AssociationTypes.Precedes, new FrameworkLink("", "a2", ""), new FrameworkLink("", "a1", "")),
        };
        Assert.Equal("associations", Assert.Throws<ArgumentException>(() => new StandardsFramework(doc, [item, new FrameworkItem(A2, "t")], loop)).ParamName);
        Assert.Equal("associations", Assert.Throws<ArgumentException>(() => new StandardsFramework(doc, [item], [loop[0], loop[0]])).ParamName);
        Assert.Equal("document", Assert.Throws<ArgumentNullException>(() => new StandardsFramework(null!, [], [])).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => Framework[new TargetId("zz")]).ParamName);
        Assert.Equal("targets", Assert.Throws<ArgumentException>(() => Framework.TopologicalOrder([new TargetId("zz")])).ParamName);
        Assert.Equal("target", Assert.Throws<ArgumentException>(() => Framework.PrerequisitesOf(default)).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new FrameworkItem(default, "s")).ParamName);
        Assert.Equal("identifier", Assert.Throws<ArgumentException>(() => new FrameworkDocument(" ", "T")).ParamName);
        Assert.Equal("grade", Assert.Throws<ArgumentException>(() => Framework.ItemsForGrade("")).ParamName);
    }

    [Theory]
    [InlineData("KG", 0)]
    [InlineData("K", 0)]
    [InlineData("PK", -1)]
    [InlineData("06", 6)]
    [InlineData("6", 6)]
    [InlineData("12", 12)]
    [InlineData("HS", null)]
    public void Grade_codes_are_ordered(string code, int? order) => Assert.Equal(order, GradeLevels.Order(code));
}
