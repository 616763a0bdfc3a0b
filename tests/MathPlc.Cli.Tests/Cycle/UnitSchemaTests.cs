using Json.Schema;
using MathPlc.Core;
using MathPlc.CriticalQuestions;
using MathPlc.Interop;
using MathPlc.Interop.UnitCycle;
using MathPlc.Interventions;
using MathPlc.Tests;
using NodaTime;

namespace MathPlc.Cli.Tests.Cycle;

/// <summary>
/// The published JSON Schema of unit files (<c>docs/schemas/unit.schema.json</c>) accepts every unit file MathPlc reads and
/// writes — the documented example, the sample team's file with and without a <c>response</c> object — and refuses what the
/// reader refuses, so a district developer can validate a file before running.
/// </summary>
public sealed class UnitSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "docs", "schemas", "unit.schema.json")));

    private static EvaluationResults Evaluate(string json) =>
        Schema.Evaluate(System.Text.Json.JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

    private static string Written(UnitCycleInput input)
    {
        using var stream = new MemoryStream();
        CycleUnitJson.Write(stream, CycleInputs.ToUnitFile(input));
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public static TheoryData<string> Examples => new()
    {
        "docs/examples/unit.json",
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_documented_examples_are_valid_and_read(string path)
    {
        string json = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, path));
        var results = Evaluate(json);
        Assert.True(results.IsValid, string.Join("; ", results.Details?.Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")) ?? []));
        Assert.NotNull(CycleUnitJson.ReadFile(Path.Combine(SharedData.RepositoryRoot, path)).Response);
    }

    [Fact]
    public void Unit_files_MathPlc_writes_are_valid()
    {
        Assert.True(Evaluate(Written(SampleTeam.Default.Input)).IsValid);
        var withResponse = SampleTeam.Default.Input with
        {
            Capacity = new ResponseCapacity([new TeacherId("ms-garcia")], [new InterventionBlock(IsoDayOfWeek.Friday, 45)]),
            Response = new ResponseRules(0.3, 8),
        };
        Assert.True(Evaluate(Written(withResponse)).IsValid);
    }

    [Theory] // What the schema can say, it refuses as the reader does.
    [InlineData("\"wholeClassAtLeast\": 0.25", "\"wholeClassAtLeast\": 0")]
    [InlineData("\"wholeClassAtLeast\": 0.25", "\"wholeClassAtLeast\": 1.5")]
    [InlineData("\"reassessAfterDays\": 10", "\"reassessAfterDays\": 0")]
    [InlineData("\"day\": \"tuesday\"", "\"day\": \"someday\"")]
    [InlineData("\"minutes\": 30", "\"minutes\": 0")]
    [InlineData("\"mr-chen\",", "\"ms-garcia\",")]
    [InlineData("\"wholeClassAtLeast\": 0.25", "\"wholeClassLine\": 0.25")]
    [InlineData("\"team\":", "\"teem\":")]
    public void A_file_the_reader_refuses_the_schema_refuses_too(string old, string replacement)
    {
        string json = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "docs", "examples", "unit.json"));
        Assert.Contains(old, json, StringComparison.Ordinal);
        string bad = json.Replace(old, replacement, StringComparison.Ordinal);
        Assert.False(Evaluate(bad).IsValid);
        Assert.Throws<DataFileException>(() => CycleUnitJson.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(bad)), "unit.json"));
    }
}
