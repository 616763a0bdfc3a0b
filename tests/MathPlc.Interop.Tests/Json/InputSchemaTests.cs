using System.Text;
using System.Text.Json;
using Json.Schema;
using MathPlc.Interventions.Json;
using MathPlc.Teams.Json;
using MathPlc.Core;
using MathPlc.Grading;
using MathPlc.Interop;
using MathPlc.Interop.Json;
using MathPlc.Standards.Json;
using MathPlc.Interventions;

namespace MathPlc.Tests.Json;

/// <summary>
/// The JSON Schemas in docs/schemas of every JSON file the CLI reads (issue 17): each documented example and template
/// is valid against its schema and read by its reader, what the library writes is valid, and a file the reader refuses
/// for its shape (an unknown property, a wrong name, a missing required property) is invalid against the schema too.
/// </summary>
public sealed class InputSchemaTests
{
    private static readonly string Root = SharedData.RepositoryRoot;

    /// <summary>Each reader of a CLI input, by its schema's file name (unit, scale and policy have their own tests).</summary>
    private static readonly Dictionary<string, Action<Stream>> Readers = new(StringComparer.Ordinal)
    {
        ["calendar.schema.json"] = s => CalendarJson.Read(s, "calendar.json"),
        ["units.schema.json"] = s => UnitPlanJson.Read(s, "units.json"),
        ["tier-rules.schema.json"] = s => TierRulesJson.Read(s, "rules.json"),
        ["report-card-rule.schema.json"] = s => GradingFilesJson.ReadReportCardRule(s, "rules.json"),
        ["team-evidence.schema.json"] = s => TeamEvidenceJson.Read(s, "team-evidence.json"),
        ["goals.schema.json"] = s => SmartGoalJson.Read(s, "goals.json"),
        ["commitments.schema.json"] = s => CommitmentsJson.Read(s, "commitments.json"),
    };

    private static readonly Dictionary<string, JsonSchema> Schemas = Readers.Keys.ToDictionary(name => name, SchemaFiles.Load, StringComparer.Ordinal);

    public static TheoryData<string, string> Examples => new()
    {
        { "calendar.schema.json", "docs/examples/calendar.json" },
        { "units.schema.json", "docs/examples/units.json" },
        { "tier-rules.schema.json", "docs/examples/tier-rules.json" },
        { "report-card-rule.schema.json", "docs/examples/report-card-mean.json" },
        { "report-card-rule.schema.json", "docs/examples/report-card-rules.json" },
        { "team-evidence.schema.json", "docs/examples/team-evidence.json" },
        { "goals.schema.json", "docs/examples/goals.json" },
        { "commitments.schema.json", "docs/templates/commitments.json" },
    };

    private static JsonElement Parse(string json) =>
        JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }).RootElement;

    private static EvaluationResults Evaluate(string schema, string json) =>
        Schemas[schema].Evaluate(Parse(json), new EvaluationOptions { OutputFormat = OutputFormat.List });

    private static string Errors(EvaluationResults results) =>
        string.Join("; ", results.Details?.Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")) ?? []);

    private static bool Reads(string schema, string json)
    {
        try
        {
            Readers[schema](new MemoryStream(Encoding.UTF8.GetBytes(json)));
            return true;
        }
        catch (DataFileException)
        {
            return false;
        }
    }

    [Fact]
    public void Every_schema_in_docs_has_an_example_here_or_its_own_test()
    {
        string[] ownTests = ["unit.schema.json", "scale.schema.json", "policy.schema.json"];
        var covered = Examples.Select(row => (string)row[0]).Concat(ownTests).ToHashSet(StringComparer.Ordinal);
        Assert.All(Directory.EnumerateFiles(Path.Combine(Root, "docs", "schemas")), file => Assert.Contains(Path.GetFileName(file), covered));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_documented_example_is_valid_and_read(string schema, string example)
    {
        string json = File.ReadAllText(Path.Combine(Root, example));
        var results = Evaluate(schema, json);
        Assert.True(results.IsValid, Errors(results));
        Assert.True(Reads(schema, json));
    }

    [Fact]
    public void What_the_library_writes_is_valid()
    {
        foreach (var rules in new[] { TierRules.Default, new TierRules(2.5, [new TargetId("6.RP.A.1")], [new(new TargetId("6.RP.A.1"), 3)], 1, null, null, false, true) })
            Assert.True(Evaluate("tier-rules.schema.json", TierRulesJson.Write(rules)).IsValid);
        foreach (ReportCardRule rule in new ReportCardRule[]
                 {
                     new MeanOfTargets(), new MeanOfTargets(LetterGradeTable.Marzano2010, new ScoreRounding(2, RoundingMode.Ruby)),
                     new LowestTarget(LetterGradeTable.Marzano2010), new ConjunctiveRules(ConjunctiveRuleSet.Sbgrader2), new ConjunctiveRules(ConjunctiveRuleSet.Ebr),
                 })
        {
            string json = MathPlcJson.Serialize(rule);
            Assert.True(Evaluate("report-card-rule.schema.json", json).IsValid, json);
        }
    }

    [Theory] // What the schema can say, it refuses as the reader does.
    [InlineData("calendar.schema.json", "docs/examples/calendar.json", "\"gradingPeriods\"", "\"gradingPeriod\"")]
    [InlineData("calendar.schema.json", "docs/examples/calendar.json", "\"kind\": \"holiday\"", "\"kind\": \"vacation\"")]
    [InlineData("calendar.schema.json", "docs/examples/calendar.json", "\"firstDay\"", "\"startDay\"")]
    [InlineData("units.schema.json", "docs/examples/units.json", "\"teachingDays\": 12", "\"teachingDay\": 12")]
    [InlineData("units.schema.json", "docs/examples/units.json", "\"demand\": \"doingMathematics\"", "\"demand\": \"hard\"")]
    [InlineData("tier-rules.schema.json", "docs/examples/tier-rules.json", "\"farBelowCut\"", "\"farBelow\"")]
    [InlineData("tier-rules.schema.json", "docs/examples/tier-rules.json", "\"proficientCut\": 3", "\"proficientCut\": \"3\"")]
    [InlineData("report-card-rule.schema.json", "docs/examples/report-card-rules.json", "\"kind\": \"conjunctiveRules\"", "\"kind\": \"median\"")]
    [InlineData("report-card-rule.schema.json", "docs/examples/report-card-rules.json", "\"kind\": \"conjunctiveRules\"", "\"kind\": \"meanOfTargets\"")]
    [InlineData("report-card-rule.schema.json", "docs/examples/report-card-mean.json", "\"low\": 0,", "")]
    [InlineData("team-evidence.schema.json", "docs/examples/team-evidence.json", "\"practicesShared\",", "\"practisesShared\",")]
    [InlineData("team-evidence.schema.json", "docs/examples/team-evidence.json", "\"observedOn\"", "\"observed\"")]
    [InlineData("goals.schema.json", "docs/examples/goals.json", "\"type\": \"process\"", "\"type\": \"outcome\"")]
    [InlineData("goals.schema.json", "docs/examples/goals.json", "\"horizon\": \"unit\"", "\"horizon\": \"decade\"")]
    [InlineData("goals.schema.json", "docs/examples/goals.json", "{ \"date\": \"2026-09-22\", \"value\": 52 }", "{ \"date\": \"2026-09-22\" }")]
    [InlineData("commitments.schema.json", "docs/templates/commitments.json", "\"commitments\":", "\"commitment\":")]
    public void A_file_the_reader_refuses_the_schema_refuses_too(string schema, string example, string old, string replacement)
    {
        string json = File.ReadAllText(Path.Combine(Root, example));
        Assert.Contains(old, json, StringComparison.Ordinal);
        string bad = json.Replace(old, replacement, StringComparison.Ordinal);
        Assert.False(Evaluate(schema, bad).IsValid);
        Assert.False(Reads(schema, bad));
    }
}
