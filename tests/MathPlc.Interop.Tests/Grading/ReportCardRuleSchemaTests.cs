using System.Text.Json;
using Json.Schema;
using MathPlc.Grading;
using MathPlc.Interop;
using MathPlc.Interop.Json;

namespace MathPlc.Tests.Grading;

/// <summary>
/// docs/schemas/report-card-rule.schema.json (issue 13) against examples: the shipped example rules and what
/// <see cref="MathPlcJson"/> writes are valid and read back through <see cref="GradingFilesJson.ReadReportCardRule(string)"/>;
/// rules the reader refuses for their shape are invalid against the schema too.
/// </summary>
public sealed class ReportCardRuleSchemaTests : IDisposable
{
    private static readonly string Root = SharedData.RepositoryRoot;
    private static readonly JsonSchema Schema = MathPlc.Tests.Json.SchemaFiles.Load("report-card-rule.schema.json");
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static bool Valid(string json) => Schema.Evaluate(JsonDocument.Parse(json).RootElement).IsValid;

    public static TheoryData<string> Rules => new()
    {
        File.ReadAllText(Path.Combine(Root, "docs", "examples", "canvas", "letters-0-5.json")),
        MathPlcJson.Serialize<ReportCardRule>(new MeanOfTargets(LetterGradeTable.Marzano2010, new ScoreRounding(2))),
        MathPlcJson.Serialize<ReportCardRule>(new MeanOfTargets(rounding: new ScoreRounding(1, RoundingMode.Ruby))),
        MathPlcJson.Serialize<ReportCardRule>(new MeanOfTargets()),
        MathPlcJson.Serialize<ReportCardRule>(new LowestTarget(LetterGradeTable.Marzano2010)),
        MathPlcJson.Serialize<ReportCardRule>(new ConjunctiveRules(ConjunctiveRuleSet.Sbgrader2)),
        MathPlcJson.Serialize<ReportCardRule>(new ConjunctiveRules(ConjunctiveRuleSet.Ebr)),
        """{"kind":"meanOfTargets","letters":null,"rounding":{"digits":0}}""",
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Rules_the_library_writes_and_reads_are_valid(string json)
    {
        Assert.True(Valid(json), json);
        Assert.NotNull(GradingFilesJson.ReadReportCardRule(_folder.Write("rules.json", json)));
    }

    [Fact]
    public void The_schema_holds_every_kind_the_library_has() =>
        Assert.Equal(["conjunctiveRules", "lowestTarget", "meanOfTargets"],
            JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "docs", "schemas", "report-card-rule.schema.json"))).RootElement.GetProperty("oneOf").EnumerateArray()
                .Select(k => k.GetProperty("properties").GetProperty("kind").GetProperty("const").GetString()!).Order(StringComparer.Ordinal).ToArray());

    [Theory]
    [InlineData("""{"kind":"median"}""")]
    [InlineData("""{"letters":null}""")]
    [InlineData("""{"kind":"lowestTarget","rounding":{"digits":2}}""")]
    [InlineData("""{"kind":"conjunctiveRules"}""")]
    [InlineData("""{"kind":"meanOfTargets","rounding":{"digits":11}}""")]
    [InlineData("""{"kind":"meanOfTargets","rounding":{"digits":2,"mode":"up"}}""")]
    [InlineData("""{"kind":"meanOfTargets","letters":{"name":"t","source":"s","bands":[{"letter":"A","low":0}]}}""")]
    [InlineData("""{"kind":"meanOfTargets","letters":{"name":"t","bands":[{"letter":"A","low":0,"high":4}]}}""")]
    [InlineData("""{"kind":"conjunctiveRules","ruleSet":{"name":"r","source":"s","rules":[{"letter":"A","conditions":[{"kind":"shareAtOrAbove","score":3,"share":1.5}]},{"letter":"B"}]}}""")]
    [InlineData("""{"kind":"conjunctiveRules","ruleSet":{"name":"r","source":"s","rules":[{"letter":"A","conditions":[{"kind":"meanAbove","minimum":3}]},{"letter":"B"}]}}""")]
    [InlineData("""{"kind":"conjunctiveRules","ruleSet":{"name":"r","source":"s","rules":[{"letter":"A","conditions":[{"kind":"countAtOrAbove","score":3}]},{"letter":"B"}]}}""")]
    [InlineData("""{"kind":"meanOfTargets","letters":null,"extra":1}""")]
    public void Rules_the_reader_refuses_are_invalid(string json)
    {
        Assert.False(Valid(json), json);
        Assert.Throws<DataFileException>(() => GradingFilesJson.ReadReportCardRule(_folder.Write("rules.json", json)));
    }
}
