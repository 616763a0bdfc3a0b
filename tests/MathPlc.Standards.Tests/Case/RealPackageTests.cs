using MathPlc.Core;
using MathPlc.Standards.Case;
using MathPlc.Standards;

namespace MathPlc.Standards.Tests.Case;

// Expected counts were taken from the files with a separate Python script (json.load and collections.Counter),
// not from this reader.
public class RealPackageTests
{
    public static TheoryData<string, int, int> Packages => new()
    {
        { "ccss-math-6rp-7rp-opensalt.json", 16, 39 },
        { "opensalt-SequenceNumberFramework.json", 2, 2 },
        { "opensalt-SmartLevelFramework.json", 14, 14 },
        { "opensalt-Utf8TestFramework.json", 1, 1 },
    };

    [Fact]
    public void Every_package_in_the_folder_is_listed_here() =>
        Assert.Equal(Packages.Select(row => (string)row[0]).Order(StringComparer.Ordinal), CaseFiles.All.Select(Path.GetFileName));

    [Theory]
    [MemberData(nameof(Packages))]
    public void Both_modes_keep_every_item_and_association(string file, int items, int associations)
    {
        foreach (var mode in new[] { CaseReadMode.Strict, CaseReadMode.Tolerant })
        {
            var framework = CaseFiles.Read(Path.Combine(CaseFiles.Folder, file), mode).Value.Framework;
            Assert.Equal(items, framework.Items.Length);
            Assert.Equal(associations, framework.Associations.Length);
        }
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void Both_modes_read_the_same_framework(string file, int items, int associations)
    {
        _ = (items, associations);
        string path = Path.Combine(CaseFiles.Folder, file);
        Assert.Equal(CaseFiles.Read(path, CaseReadMode.Strict).Value, CaseFiles.Read(path, CaseReadMode.Tolerant).Value);
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void Writing_and_reading_back_loses_nothing_and_is_clean_CASE_1_0_apart_from_kept_values(string file, int items, int associations)
    {
        _ = (items, associations);
        var package = CaseFiles.Read(Path.Combine(CaseFiles.Folder, file)).Value;
        var back = CaseFiles.RoundTrip(package, CaseReadMode.Tolerant);
        Assert.Equal(package, back.Value);
        // What the writer cannot change without losing data: timestamps without a time zone are kept as written.
        Assert.All(back.Notes, d => Assert.Equal("no-time-zone", d.Code));
    }

    [Fact]
    public void The_CCSS_package_has_its_associations_by_type()
    {
        var framework = CaseFiles.Read(CaseFiles.Ccss).Value.Framework;
        var byType = framework.Associations.GroupBy(a => a.AssociationType).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<string, int> { ["exactMatchOf"] = 16, ["isChildOf"] = 16, ["precedes"] = 3, ["exemplar"] = 2, ["isRelatedTo"] = 2 }, byType);
        var byKind = framework.Items.GroupBy(i => i.Kind).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<FrameworkItemKind, int> { [FrameworkItemKind.Cluster] = 2, [FrameworkItemKind.Standard] = 6, [FrameworkItemKind.Component] = 8 }, byKind);
    }

    [Fact] // 6.RP.A.2 precedes the CCSS node that 7.RP.A.1 is an exact match of; 6.RP.A.3 precedes 7.RP.A.3 directly.
    public void The_grade_6_to_grade_7_progressions_are_found_through_exact_matches()
    {
        var framework = CaseFiles.Read(CaseFiles.Ccss).Value.Framework;
        string Code(TargetId id) => framework[id].Code!;
        var pairs = framework.Progressions.Select(p => (Code(p.From), Code(p.To))).ToArray();
        Assert.Equal(
            [
                ("CCSS.Math.Content.6.RP.A.2", "CCSS.Math.Content.7.RP.A.1"),
                ("CCSS.Math.Content.6.RP.A.1", "CCSS.Math.Content.6.RP.A.2"),
                ("CCSS.Math.Content.6.RP.A.3", "CCSS.Math.Content.7.RP.A.3"),
            ], pairs);
        var crossGrade = framework.Progressions.Where(p => framework[p.From].Grades.Contains("06") && framework[p.To].Grades.Contains("07")).ToArray();
        Assert.Equal(2, crossGrade.Length);
    }

    [Fact]
    public void The_CCSS_hierarchy_and_grades_are_read()
    {
        var framework = CaseFiles.Read(CaseFiles.Ccss).Value.Framework;
        var standard = framework.FindByCode("CCSS.Math.Content.6.RP.A.3")!;
        Assert.Equal(["06"], standard.Grades.ToArray());
        Assert.Equal("CCSS.Math.Content.6.RP.A", framework.ParentOf(standard.Id)!.Code);
        Assert.Equal(["a.", "b.", "c.", "d."], framework.ChildrenOf(standard.Id).Select(c => c.ListEnumeration));
        Assert.Equal(8, framework.ItemsForGrade("6").Length);
        Assert.Equal(16, framework.ItemsInDomain("RP").Length);
        Assert.Equal(["CCSS.Math.Content.6.RP.A", "CCSS.Math.Content.7.RP.A"], framework.TopLevelItems().Select(i => i.Code));
    }

    [Fact] // Counts by Python: 56 timestamps without a zone, 16 educationalLevel, 56 string links, 16 CFItemAssociationURI, 2 string sequence numbers, 3 null descriptions.
    public void Strict_mode_reports_every_departure_of_the_2017_export_with_its_path()
    {
        var result = CaseFiles.Read(CaseFiles.Ccss, CaseReadMode.Strict);
        var byCode = result.Problems.GroupBy(d => d.Code).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(56, byCode["no-time-zone"]);
        Assert.Equal(16, byCode["legacy-property"]);
        Assert.Equal(56, byCode["string-link"]);
        Assert.Equal(16, byCode["unknown-property"]);
        Assert.Equal(2, byCode["string-number"]);
        Assert.Equal(3, byCode["null-value"]);
        Assert.Contains(result.Problems, d => d.Code == "legacy-property" && d.Field == "$.CFItems[0].educationalLevel" && d.Value == "06");
        Assert.Contains(result.Problems, d => d.Code == "string-number" && d.Field!.EndsWith(".sequenceNumber", StringComparison.Ordinal) && d.Value == "1");
        Assert.All(result.Problems, d => Assert.StartsWith("$.", d.Field, StringComparison.Ordinal));
    }

    [Fact]
    public void Tolerant_mode_records_what_it_normalised_but_not_what_CASE_1_1_allows()
    {
        var result = CaseFiles.Read(CaseFiles.Ccss, CaseReadMode.Tolerant);
        var codes = result.Notes.Select(d => d.Code).ToHashSet();
        Assert.Superset(new HashSet<string> { "legacy-property", "string-link", "string-number", "no-time-zone" }, codes);
        Assert.DoesNotContain("null-value", codes); // a null description in the definitions is kept as written
        Assert.Contains(result.Notes, d => d.Code == "legacy-property" && d.Message.Contains("read as educationLevel", StringComparison.Ordinal));
        var smartLevel = CaseFiles.Read(Path.Combine(CaseFiles.Folder, "opensalt-SmartLevelFramework.json"), CaseReadMode.Tolerant);
        Assert.True(smartLevel.IsClean);
    }

    [Fact] // Python: 29 identifiers in the SmartLevel test framework do not match the CASE 1.0 UUID pattern (version nibble 0).
    public void Strict_mode_reports_identifiers_that_are_not_CASE_1_0_UUIDs()
    {
        var result = CaseFiles.Read(Path.Combine(CaseFiles.Folder, "opensalt-SmartLevelFramework.json"), CaseReadMode.Strict);
        Assert.Equal(29, result.Problems.Count(d => d.Code == "not-a-uuid"));
    }

    [Fact]
    public void The_sequence_number_test_framework_keeps_integer_sequence_numbers()
    {
        var framework = CaseFiles.Read(Path.Combine(CaseFiles.Folder, "opensalt-SequenceNumberFramework.json"), CaseReadMode.Strict).Value.Framework;
        Assert.Equal([2, 1], framework.Associations.Select(a => a.SequenceNumber!.Value));
        Assert.Equal(["SNT.1", "SNT.2"], framework.Items.Select(i => i.Code));
    }

    [Fact] // U+1D451 MATHEMATICAL ITALIC SMALL D, a character outside the Basic Multilingual Plane.
    public void Non_ASCII_text_stays_intact_through_read_and_write()
    {
        var package = CaseFiles.Read(Path.Combine(CaseFiles.Folder, "opensalt-Utf8TestFramework.json"), CaseReadMode.Strict).Value;
        Assert.Equal("UTF8 \U0001D451 Test", package.Framework.Document.Title);
        Assert.Equal("Item \U0001D451 1", package.Framework.Items[0].Statement);
        // System.Text.Json writes characters outside the BMP as a \u surrogate pair (valid JSON, the same text);
        // accented BMP letters stay as they are.
        string written = CaseFiles.WriteText(package with { Framework = new StandardsFramework(
            package.Framework.Document with { Description = "Équivalences décimales" }, package.Framework.Items, package.Framework.Associations) });
        Assert.Contains("Équivalences décimales", written, StringComparison.Ordinal);
        var back = CaseFiles.ReadText(written).Value;
        Assert.Equal("Item \U0001D451 1", back.Framework.Items[0].Statement);
        Assert.Equal(package, CaseFiles.RoundTrip(package, CaseReadMode.Tolerant).Value);
    }
}
