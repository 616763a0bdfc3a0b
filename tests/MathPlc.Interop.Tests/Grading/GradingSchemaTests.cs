using System.Text.Json;
using Json.Schema;
using MathPlc.Interop;
using MathPlc.Core;
using MathPlc.Grading;
using MathPlc.Interop.Json;
using NodaTime;

namespace MathPlc.Tests.Grading;

/// <summary>
/// docs/schemas/scale.schema.json and policy.schema.json against examples: the repository's example files and what
/// <see cref="MathPlcJson"/> writes are valid and read back through <see cref="GradingFilesJson"/>; files the readers
/// refuse for their shape are invalid against the schemas too.
/// </summary>
public sealed class GradingSchemaTests : IDisposable
{
    private static readonly string Root = SharedData.RepositoryRoot;
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    // Each schema is parsed once: the library keeps a registry by $id and refuses a second registration.
    private static readonly Dictionary<string, JsonSchema> Loaded = new(StringComparer.Ordinal)
    {
        ["scale.schema.json"] = MathPlc.Tests.Json.SchemaFiles.Load("scale.schema.json"),
        ["policy.schema.json"] = MathPlc.Tests.Json.SchemaFiles.Load("policy.schema.json"),
    };

    private static JsonSchema Schema(string name) => Loaded[name];

    private static bool Valid(JsonSchema schema, string json) => schema.Evaluate(JsonDocument.Parse(json).RootElement).IsValid;

    public static TheoryData<string> Scales => new()
    {
        File.ReadAllText(Path.Combine(Root, "tests", "data", "grading", "canvas-account-mastery-scale.json")),
        MathPlcJson.Serialize(LinearScale.CanvasDefault),
        MathPlcJson.Serialize(LinearScale.Create(0, 6, 3, 0.5)),
        MathPlcJson.Serialize(ProficiencyScale.Marzano),
        MathPlcJson.Serialize(ProficiencyScale.Percent),
    };

    [Theory]
    [MemberData(nameof(Scales))]
    public void Scales_the_library_writes_and_reads_are_valid(string json)
    {
        Assert.True(Valid(Schema("scale.schema.json"), json), json);
        Assert.NotNull(GradingFilesJson.ReadScale(_folder.Write("scale.json", json)));
    }

    public static TheoryData<string> Policies => new()
    {
        File.ReadAllText(Path.Combine(Root, "tests", "data", "grading", "policy.json")),
        "{}",
        MathPlcJson.Serialize(GradingPolicy.Default),
        MathPlcJson.Serialize(new GradingPolicy
        {
            IncludeFormative = true, MinimumEvidence = 3, Recency = RecencyWindow.LastDays(30, new LocalDate(2026, 11, 20)),
            Reassessment = ReassessmentRule.HigherOfFirstAndBlend(0.8), ScoreFloor = 50,
            Overrides = [new TeacherOverride(new StudentId("S-1"), new TargetId("T"), 3, new TeacherId("T-1"), new LocalDate(2026, 11, 14), "Oral reassessment")],
        }),
        MathPlcJson.Serialize(new GradingPolicy { Recency = RecencyWindow.LastPieces(5), Reassessment = ReassessmentRule.KeepHighest }),
    };

    [Theory]
    [MemberData(nameof(Policies))]
    public void Policies_the_library_writes_and_reads_are_valid(string json)
    {
        Assert.True(Valid(Schema("policy.schema.json"), json), json);
        Assert.NotNull(GradingFilesJson.ReadPolicy(_folder.Write("policy.json", json)));
    }

    [Theory]
    [InlineData("""{"reassessment":{"name":"keep-best"}}""")]
    [InlineData("""{"reassessment":{"name":"higher-of-first-and-blend"}}""")]
    [InlineData("""{"reassessment":{"name":"keep-all","alpha":0.5}}""")]
    [InlineData("""{"minimumEvidence":0}""")]
    [InlineData("""{"scoreFloor":120}""")]
    [InlineData("""{"recency":{"days":30}}""")]
    [InlineData("""{"overrides":[{"studentId":"S-1","targetId":"T","score":3,"teacherId":"T-1","decidedOn":"2026-11-14","why":"  "}]}""")]
    [InlineData("""{"floor":50}""")]
    public void Policies_the_reader_refuses_are_invalid(string json)
    {
        Assert.False(Valid(Schema("policy.schema.json"), json), json);
        Assert.Throws<DataFileException>(() => GradingFilesJson.ReadPolicy(_folder.Write("policy.json", json)));
    }

    [Theory]
    [InlineData("""{"name":"x","minimum":0,"maximum":5,"levels":[],"proficientLevel":"a"}""")]
    [InlineData("""{"name":"x","minimum":0,"maximum":5,"levels":[{"label":"a"}],"proficientLevel":"a"}""")]
    [InlineData("""{"name":"x","minimum":0,"maximum":5,"levels":[{"label":"a","cut":0}]}""")]
    [InlineData("""{"name":"x","minimum":0,"maximum":5,"step":0,"levels":[{"label":"a","cut":0}],"proficientLevel":"a"}""")]
    [InlineData("""{"name":"x","minimum":0,"maximum":5,"levels":[{"label":"a","cut":0}],"proficientLevel":"a","mastery":3}""")]
    public void Scales_the_reader_refuses_are_invalid(string json)
    {
        Assert.False(Valid(Schema("scale.schema.json"), json), json);
        Assert.Throws<DataFileException>(() => GradingFilesJson.ReadScale(_folder.Write("scale.json", json)));
    }
}
