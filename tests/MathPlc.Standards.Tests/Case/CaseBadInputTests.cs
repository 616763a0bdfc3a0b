using MathPlc.Standards.Case;

namespace MathPlc.Standards.Tests.Case;

public class CaseBadInputTests
{
    private const string Doc = """
        "CFDocument": { "identifier": "d1a2b3c4-0000-4000-8000-000000000001", "uri": "https://example.org/d", "creator": "Team", "title": "T", "lastChangeDateTime": "2024-01-01T00:00:00Z" }
        """;

    private static string Item(string id, string code = "X") =>
        $$"""{ "identifier": "{{id}}", "fullStatement": "S {{code}}", "humanCodingScheme": "{{code}}", "uri": "https://example.org/{{id}}", "lastChangeDateTime": "2024-01-01T00:00:00Z" }""";

    private static string Association(string id, string type, string from, string to) =>
        $$"""{ "identifier": "{{id}}", "associationType": "{{type}}", "uri": "https://example.org/{{id}}", "lastChangeDateTime": "2024-01-01T00:00:00Z", "originNodeURI": { "title": "o", "identifier": "{{from}}", "uri": "https://example.org/{{from}}" }, "destinationNodeURI": { "title": "d", "identifier": "{{to}}", "uri": "https://example.org/{{to}}" } }""";

    private const string A = "a0000000-0000-4000-8000-000000000001";
    private const string B = "b0000000-0000-4000-8000-000000000002";

    private static DataFileException Fails(string json, CaseReadMode mode = CaseReadMode.Tolerant) =>
        Assert.Throws<DataFileException>(() => CaseFiles.ReadText(json, mode));

    [Theory]
    [InlineData(CaseReadMode.Strict)]
    [InlineData(CaseReadMode.Tolerant)]
    public void Text_that_is_not_JSON_is_bad_json_with_line_and_column(CaseReadMode mode)
    {
        var d = Assert.Single(Fails("{\n  \"CFDocument\": {,\n}", mode).Diagnostics);
        Assert.Equal(("bad-json", "package.json", 2), (d.Code, d.File, d.Line));
        Assert.NotNull(d.Column);
    }

    [Fact]
    public void A_package_without_CFDocument_is_refused() =>
        Assert.Equal(("missing-property", "$.CFDocument"), Single(Fails("""{ "CFItems": [] }""")));

    [Fact]
    public void A_package_that_is_not_an_object_is_refused() =>
        Assert.Equal(("wrong-type", "$"), Single(Fails("[1, 2]")));

    [Fact]
    public void Duplicate_item_identifiers_are_refused_naming_the_second() =>
        Assert.Equal(("duplicate-identifier", "$.CFItems[1].identifier"), Single(Fails($$"""{ {{Doc}}, "CFItems": [ {{Item(A)}}, {{Item(A, "Y")}} ] }""")));

    [Fact]
    public void Duplicate_association_identifiers_are_refused() =>
        Assert.Equal(("duplicate-identifier", "$.CFAssociations[1].identifier"),
            Single(Fails($$"""{ {{Doc}}, "CFItems": [ {{Item(A)}}, {{Item(B, "Y")}} ], "CFAssociations": [ {{Association("c0000000-0000-4000-8000-000000000003", "isRelatedTo", A, B)}}, {{Association("c0000000-0000-4000-8000-000000000003", "isRelatedTo", B, A)}} ] }""")));

    [Theory]
    [InlineData("isChildOf")]
    [InlineData("precedes")]
    public void A_cycle_is_refused_naming_an_association_on_it(string type)
    {
        var (code, field) = Single(Fails($$"""{ {{Doc}}, "CFItems": [ {{Item(A)}}, {{Item(B, "Y")}} ], "CFAssociations": [ {{Association("c0000000-0000-4000-8000-000000000003", type, A, B)}}, {{Association("c0000000-0000-4000-8000-000000000004", type, B, A)}} ] }"""));
        Assert.Equal("cycle", code);
        Assert.StartsWith("$.CFAssociations[", field, StringComparison.Ordinal);
    }

    [Fact]
    public void A_non_numeric_sequence_number_is_refused() =>
        Assert.Equal(("bad-number", "$.CFAssociations[0].sequenceNumber"),
            Single(Fails($$"""{ {{Doc}}, "CFItems": [ {{Item(A)}} ], "CFAssociations": [ {{Association("c0000000-0000-4000-8000-000000000003", "isChildOf", A, "d1a2b3c4-0000-4000-8000-000000000001").Replace("\"uri\": \"https://example.org/c", "\"sequenceNumber\": \"first\", \"uri\": \"https://example.org/c", StringComparison.Ordinal)}} ] }""")));

    [Fact]
    public void A_number_where_a_statement_belongs_is_wrong_type() =>
        Assert.Equal(("wrong-type", "$.CFItems[0].fullStatement"),
            Single(Fails($$"""{ {{Doc}}, "CFItems": [ { "identifier": "{{A}}", "fullStatement": 3 } ] }""")));

    [Theory]
    [InlineData(CaseReadMode.Strict)]
    [InlineData(CaseReadMode.Tolerant)]
    public void A_dangling_association_is_kept_and_reported_not_a_crash(CaseReadMode mode)
    {
        string json = $$"""{ {{Doc}}, "CFItems": [ {{Item(A)}} ], "CFAssociations": [ { "identifier": "c0000000-0000-4000-8000-000000000003", "associationType": "precedes", "uri": "https://example.org/c", "lastChangeDateTime": "2024-01-01T00:00:00Z", "originNodeURI": { "title": "o", "identifier": "{{A}}", "uri": "https://example.org/a" }, "destinationNodeURI": { "title": "gone", "identifier": "nowhere", "uri": "" } } ] }""";
        var result = CaseFiles.ReadText(json, mode);
        Assert.Single(result.Value.Framework.Associations);
        // Strict: a problem (GetValueOrThrow refuses the package); tolerant: a note, the package is usable.
        var (reported, other) = mode == CaseReadMode.Strict ? (result.Problems, result.Notes) : (result.Notes, result.Problems);
        var d = Assert.Single(reported, d => d.Code == "dangling-association");
        Assert.Equal("$.CFAssociations[0]", d.Field);
        Assert.Empty(other);
        Assert.Equal(mode == CaseReadMode.Strict, result.HasErrors);
    }

    [Fact]
    public void A_read_result_needs_a_package_and_findings_without_nulls()
    {
        var package = CaseFiles.ReadText($$"""{ {{Doc}}, "CFItems": [ {{Item(A)}} ] }""", CaseReadMode.Tolerant).Value;
        Assert.Throws<ArgumentNullException>("package", () => new CaseReadResult(null!, [], CaseReadMode.Strict));
        Assert.Throws<ArgumentNullException>("findings", () => new CaseReadResult(package, null!, CaseReadMode.Tolerant));
        Assert.Throws<ArgumentException>("findings", () => new CaseReadResult(package, [null!], CaseReadMode.Strict));
    }

    [Fact]
    public void A_clean_CASE_1_0_package_has_nothing_to_report_in_strict_mode()
    {
        var result = CaseFiles.ReadText($$"""{ {{Doc}}, "CFItems": [ {{Item(A)}}, {{Item(B, "Y")}} ], "CFAssociations": [ {{Association("c0000000-0000-4000-8000-000000000003", "precedes", A, B)}} ] }""", CaseReadMode.Strict);
        Assert.True(result.IsClean, string.Join("\n", result.Problems));
        Assert.Equal([A], result.Value.Framework.PrerequisitesOf(new Core.TargetId(B)).Select(t => t.Value));
    }

    [Fact]
    public void Strict_mode_reports_a_missing_required_property_and_an_unknown_one()
    {
        var result = CaseFiles.ReadText($$"""{ {{Doc}}, "CFItems": [ { "identifier": "{{A}}", "fullStatement": "S", "colour": "red" } ] }""", CaseReadMode.Strict);
        Assert.Contains(result.Problems, d => (d.Code, d.Field) == ("missing-property", "$.CFItems[0].uri"));
        Assert.Contains(result.Problems, d => (d.Code, d.Field) == ("missing-property", "$.CFItems[0].lastChangeDateTime"));
        Assert.Contains(result.Problems, d => (d.Code, d.Field) == ("unknown-property", "$.CFItems[0].colour"));
    }

    [Fact]
    public void Paths_reach_inside_links_and_arrays()
    {
        var result = CaseFiles.ReadText($$"""{ {{Doc}}, "CFItems": [ { "identifier": "{{A}}", "fullStatement": "S", "uri": "u", "lastChangeDateTime": "2024-01-01T00:00:00Z", "CFDocumentURI": { "title": "d", "identifier": "not-a-uuid" } } ] }""", CaseReadMode.Strict);
        Assert.Contains(result.Problems, d => (d.Code, d.Field) == ("missing-property", "$.CFItems[0].CFDocumentURI.uri"));
        Assert.Contains(result.Problems, d => (d.Code, d.Field) == ("not-a-uuid", "$.CFItems[0].CFDocumentURI.identifier"));
        Assert.Equal(("wrong-type", "$.CFItems[0].educationLevel[1]"),
            Single(Fails($$"""{ {{Doc}}, "CFItems": [ { "identifier": "{{A}}", "fullStatement": "S", "educationLevel": ["06", 7] } ] }""")));
    }

    [Fact]
    public void Guards_name_their_parameter()
    {
        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => CaseJson.Read(null!, "f")).ParamName);
        Assert.Equal("fileName", Assert.Throws<ArgumentNullException>(() => CaseJson.Read(new MemoryStream(), null!)).ParamName);
        Assert.Equal("package", Assert.Throws<ArgumentNullException>(() => CaseJson.Write(new MemoryStream(), (CasePackage)null!)).ParamName);
    }

    private static (string Code, string? Field) Single(DataFileException e)
    {
        var d = Assert.Single(e.Diagnostics);
        Assert.Equal("package.json", d.File);
        return (d.Code, d.Field);
    }
}
