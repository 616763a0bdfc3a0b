using FsCheck;
using FsCheck.Fluent;
using MathPlc.Core;
using MathPlc.Standards.Case;
using MathPlc.Standards;
using MathPlc.Tests;

namespace MathPlc.Standards.Tests.Case;

/// <summary>
/// <see cref="CaseJson.ToStrict"/>: the tolerant OpenSALT exports and a strict package become strict CASE 1.0 that the
/// strict reader accepts with nothing to report, keeping every item and association. Expected counts come from the
/// files through a separate Python script (json.load, a walk over every <c>lastChangeDateTime</c>), not from this code.
/// </summary>
public class CaseStrictWriterTests
{
    private static CaseNormalisation Strict(string file) =>
        CaseJson.ToStrict(CaseFiles.Read(Path.Combine(CaseFiles.Folder, file)).Value, file);

    public static TheoryData<string> Packages => [.. CaseFiles.All.Select(f => Path.GetFileName(f)!)];

    [Theory]
    [MemberData(nameof(Packages))]
    public void Every_package_becomes_strict_CASE_keeping_every_item_and_association(string file)
    {
        var original = CaseFiles.Read(Path.Combine(CaseFiles.Folder, file)).Value.Framework;
        var back = CaseFiles.RoundTrip(Strict(file).Package, CaseReadMode.Strict);
        Assert.True(back.IsClean, string.Join("\n", back.Problems));
        var framework = back.Value.Framework;
        Assert.Equal(original.Items.Length, framework.Items.Length);
        Assert.Equal(original.Associations.Length, framework.Associations.Length);
        Assert.Equal(original.Items.Select(i => (i.Code, i.Statement)).Order(), framework.Items.Select(i => (i.Code, i.Statement)).Order());
        Assert.Equal(original.Associations.Select(a => a.AssociationType).Order(StringComparer.Ordinal),
            framework.Associations.Select(a => a.AssociationType).Order(StringComparer.Ordinal));
        Assert.Equal(original.Progressions.Length, framework.Progressions.Length);
        Assert.Equal(original.DanglingAssociations().Length, framework.DanglingAssociations().Length);
        // The tree survives identifier changes: each item keeps its parent (by code) and its children's order.
        foreach (var item in original.Items)
        {
            var same = framework.Items.Single(i => i.Code == item.Code && i.Statement == item.Statement);
            Assert.Equal(original.ParentOf(item.Id)?.Code, framework.ParentOf(same.Id)?.Code);
            Assert.Equal(original.ChildrenOf(item.Id).Select(c => c.Code), framework.ChildrenOf(same.Id).Select(c => c.Code));
        }
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void A_strict_package_goes_through_unchanged_apart_from_order(string file)
    {
        var strict = Strict(file).Package;
        var again = CaseJson.ToStrict(strict, "strict.json");
        Assert.Empty(again.Notes);
        Assert.Equal(strict, again.Package);
    }

    [Fact] // Python: 56 date-times without a zone in the document, items and associations, 3 in CFDefinitions; 3 null descriptions.
    public void The_2017_CCSS_export_has_every_time_zone_and_null_normalised_and_noted()
    {
        var result = Strict("ccss-math-6rp-7rp-opensalt.json");
        var byCode = result.Notes.GroupBy(d => d.Code).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(56 + 3, byCode["no-time-zone"]);
        Assert.Equal(3, byCode["null-value"]);
        Assert.Contains(result.Notes, d => d is { Code: "no-time-zone", Field: "$.CFDocument.lastChangeDateTime", Value: "2017-05-25T18:05:33" }
            && d.Message.Contains("2017-05-25T18:05:33+00:00", StringComparison.Ordinal));
        Assert.Contains(result.Notes, d => d is { Code: "null-value", Field: "$.CFDefinitions.CFItemTypes[0].description" });
        Assert.Equal("2017-05-25T18:05:33+00:00", result.Package.Framework.Document.LastChangeDateTime);
        Assert.DoesNotContain("null", result.Package.Definitions!, StringComparison.Ordinal);
        Assert.All(result.Notes, d => Assert.Equal("ccss-math-6rp-7rp-opensalt.json", d.File));
    }

    [Fact] // Python: 29 identifiers of the SmartLevel test framework are not CASE 1.0 UUIDs (version nibble 0).
    public void Identifiers_that_are_not_UUIDs_get_name_based_UUIDs_and_every_reference_follows()
    {
        var result = Strict("opensalt-SmartLevelFramework.json");
        Assert.Equal(29, result.Notes.Count(d => d.Code == "not-a-uuid"));
        var framework = result.Package.Framework;
        Assert.Empty(framework.DanglingAssociations());
        Assert.All(framework.Associations.Where(a => a.AssociationType == AssociationTypes.IsChildOf), a =>
            Assert.True(framework.Contains(new TargetId(a.Origin.Identifier))));
    }

    [Fact] // RFC 9562 Appendix A.4: version 5 of "www.example.com" in the DNS namespace is 2ed6657d-e927-568b-95e1-2665a8aea6a2.
    public void Name_based_UUIDs_follow_the_RFC_9562_example()
    {
        byte[] dns = Convert.FromHexString("6ba7b8109dad11d180b400c04fd430c8");
        Assert.Equal("2ed6657d-e927-568b-95e1-2665a8aea6a2", CaseStrictWriter.Version5(dns, "www.example.com"));
    }

    [Fact] // OpenSALT's sequence-number test: "Second added item, but should be first" has sequenceNumber 1 under the document.
    public void Top_level_items_and_the_written_items_follow_the_sequence_numbers()
    {
        var read = CaseFiles.Read(Path.Combine(CaseFiles.Folder, "opensalt-SequenceNumberFramework.json")).Value;
        Assert.Equal(["SNT.2", "SNT.1"], read.Framework.TopLevelItems().Select(i => i.Code));
        var result = CaseJson.ToStrict(read, "sequence.json");
        Assert.Contains(result.Notes, d => d is { Code: "outline-order", Field: "$.CFItems" });
        Assert.Equal(["SNT.2", "SNT.1"], result.Package.Framework.Items.Select(i => i.Code));
    }

    [Fact]
    public void Missing_uris_and_times_are_filled_in_and_an_extension_association_type_becomes_isRelatedTo()
    {
        const string doc = "d6b2c3a4-1111-4222-8333-944445555666", a = "a6b2c3a4-1111-4222-8333-944445555666", b = "b6b2c3a4-1111-4222-8333-944445555666";
        var package = CaseFiles.ReadText($$$"""
            {"CFDocument": {"identifier": "{{{doc}}}", "title": "T", "publisher": "District", "lastChangeDateTime": "2024-01-02T03:04:05Z"},
             "CFItems": [{"identifier": "{{{a}}}", "fullStatement": "A"}, {"identifier": "{{{b}}}", "fullStatement": "B", "lastChangeDateTime": "2025-01-01T00:00:00Z"}],
             "CFAssociations": [{"identifier": "c6b2c3a4-1111-4222-8333-944445555666", "associationType": "isTaughtWith",
               "originNodeURI": {"title": "A", "identifier": "{{{a}}}", "uri": "x"}, "destinationNodeURI": {"title": "B", "identifier": "{{{b}}}", "uri": "y"}}]}
            """).Value;
        var result = CaseJson.ToStrict(package, "hand.json");
        var framework = result.Package.Framework;
        Assert.Equal("urn:uuid:" + a, framework.Items[0].Uri);
        Assert.Equal("2024-01-02T03:04:05Z", framework.Items[0].LastChangeDateTime);
        Assert.Equal("District", framework.Document.Creator);
        Assert.Equal(AssociationTypes.IsRelatedTo, framework.Associations[0].AssociationType);
        Assert.Contains(result.Notes, d => d is { Code: "unknown-association-type", Field: "$.CFAssociations[0].associationType", Value: "isTaughtWith" });
        Assert.Contains(result.Notes, d => d is { Code: "missing-property", Field: "$.CFDocument.creator", Value: "District" });
        Assert.True(CaseFiles.RoundTrip(result.Package, CaseReadMode.Strict).IsClean);
    }

    [Fact]
    public void A_time_that_nothing_in_the_package_gives_is_bad_data_with_its_path()
    {
        var package = CaseFiles.ReadText("""{"CFDocument": {"identifier": "d6b2c3a4-1111-4222-8333-944445555666", "title": "T", "creator": "C", "uri": "u"}}""").Value;
        var e = Assert.Throws<DataFileException>(() => CaseJson.ToStrict(package, "bare.json"));
        Assert.Contains(e.Diagnostics, d => d is { Code: "missing-property", Field: "$.CFDocument.lastChangeDateTime", File: "bare.json" });
    }

    [Fact]
    public void A_document_without_creator_or_publisher_is_bad_data_with_its_path()
    {
        var package = CaseFiles.ReadText("""{"CFDocument": {"identifier": "d6b2c3a4-1111-4222-8333-944445555666", "title": "T", "uri": "u", "lastChangeDateTime": "2024-01-02T03:04:05Z"}}""").Value;
        var e = Assert.Throws<DataFileException>(() => CaseJson.ToStrict(package, "bare.json"));
        Assert.Contains(e.Diagnostics, d => d is { Code: "missing-property", Field: "$.CFDocument.creator" });
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        Assert.Throws<ArgumentNullException>("package", () => CaseJson.ToStrict(null!, "x"));
        Assert.Throws<ArgumentNullException>("fileName", () => CaseJson.ToStrict(new CasePackage(CaseFiles.Read(CaseFiles.Ccss).Value.Framework), null!));
    }

    [Fact]
    public void Any_generated_framework_stays_itself_up_to_outline_order_and_reads_back_clean() =>
        Prop.ForAll(FrameworkGenerators.Framework.ToArbitrary(), framework =>
        {
            var result = CaseJson.ToStrict(new CasePackage(framework), "generated.json");
            var written = result.Package.Framework;
            return CaseFiles.RoundTrip(result.Package, CaseReadMode.Strict).IsClean
                && written.Items.Select(i => i.Id).SequenceEqual(framework.OutlineOrder().Select(i => i.Id))
                && written.Associations.SequenceEqual(framework.Associations)
                && result.Notes.All(n => n.Code == "outline-order");
        }).Check(100);
}
