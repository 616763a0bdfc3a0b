using System.Text;
using FsCheck;
using FsCheck.Fluent;
using MathPlc.Assessments.Json;
using MathPlc.Assessments.Tests.Blueprints;
using MathPlc.Core;
using MathPlc.Tests;

namespace MathPlc.Assessments.Tests.Json;

/// <summary>
/// The blueprint and scoring-rule files on their contracts (decision 0146): every problem listed with line and column,
/// the codes and words of the converters they replace, and a writer that reads back equal. The example blueprint is
/// the ratios unit of <see cref="UnitThreeBlueprint"/>; demand levels after Smith and Stein (1998), depth after Webb (1997).
/// </summary>
public class AssessmentsJsonTests
{
    private const string Blueprint = """
        {"name":"Unit 3 common assessment","items":[
          {"id":"q1","points":1,"targets":["6.RP.1"],"dok":1,"demand":"memorization","format":"selectedResponse","expectedMinutes":2},
          {"id":"q2","points":4,"targets":["6.RP.1","6.RP.3"],"dok":3,"demand":"doingMathematics","format":"performanceTask","expectedMinutes":15,"hasScoringRubric":true}
        ]}
        """;

    private static T Read<T>(Func<Stream, string, T> read, string json) => read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "a.json");

    private static string Written<T>(Action<Stream, T> write, T value)
    {
        using var stream = new MemoryStream();
        write(stream, value);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static IReadOnlyList<DataDiagnostic> Problems<T>(Func<Stream, string, T> read, string json) =>
        Assert.Throws<DataFileException>(() => Read(read, json)).Diagnostics;

    [Fact]
    public void A_blueprint_reads_with_its_defaults()
    {
        var blueprint = Read(AssessmentBlueprintJson.Read, Blueprint);
        Assert.Equal("Unit 3 common assessment", blueprint.Name);
        Assert.Equal(DokLevel.StrategicThinking, blueprint.Items[1].Dok);
        Assert.Equal(CognitiveDemand.DoingMathematics, blueprint.Items[1].Demand);
        Assert.Equal([new TargetId("6.RP.1"), new TargetId("6.RP.3")], blueprint.Items[1].Targets);
        Assert.False(blueprint.Items[0].HasScoringRubric);
        Assert.True(blueprint.Items[1].HasScoringRubric);
    }

    [Fact]
    public void A_blueprint_is_written_in_the_format_it_has_always_had() =>
        Assert.Equal(
            """{"name":"x","items":[{"id":"q1","points":1,"targets":["6.RP.1"],"dok":2,"demand":"memorization","format":"selectedResponse","expectedMinutes":2,"hasScoringRubric":false}]}""",
            Written(AssessmentBlueprintJson.Write, new AssessmentBlueprint("x",
                [UnitThreeBlueprint.Item("q1", 1, CognitiveDemand.Memorization, ItemFormat.SelectedResponse, 2, false, UnitThreeBlueprint.Rp1)])));

    [Fact]
    public void Every_problem_of_a_blueprint_is_listed_with_line_and_column()
    {
        var problems = Problems(AssessmentBlueprintJson.Read, """
            {"name":"x","items":[
              {"id":"q1","points":1,"targets":["t"],"dok":1,"demand":"memorisation","format":"selectedResponse","expectedMinutes":2},
              {"id":"q2","points":1,"targets":["t"],"dok":1.5,"demand":"memorization","format":"essay","expectedMinutes":2,"rubric":true},
              {"id":"q3","points":0,"targets":["t"],"dok":1,"demand":"memorization","format":"selectedResponse"}
            ]}
            """);
        Assert.Equal(
            [("unknown-cognitive-demand", "$.items[0].demand", 2), ("unknown-property", "$.items[1].rubric", 3), ("bad-number", "$.items[1].dok", 3),
             ("unknown-item-format", "$.items[1].format", 3), ("missing-property", "$.items[2]", 4)],
            problems.Select(p => (p.Code, p.Field!, p.Line!.Value)));
        Assert.All(problems, p => Assert.NotNull(p.Column));
        Assert.Contains("\"constructedResponse\"", problems[3].Message, StringComparison.Ordinal);
        Assert.Contains("\"expectedMinutes\"", problems[4].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_item_invariant_names_the_member()
    {
        var problem = Assert.Single(Problems(AssessmentBlueprintJson.Read,
            """{"name":"x","items":[{"id":"q1","points":0,"targets":["t"],"dok":1,"demand":"memorization","format":"selectedResponse","expectedMinutes":2}]}"""));
        Assert.Equal(("invalid-blueprint-item", "$.items[0].points", "0"), (problem.Code, problem.Field, problem.Value));
    }

    [Fact]
    public void A_dok_outside_one_to_four_is_refused() =>
        Assert.Equal("invalid-blueprint-item", Assert.Single(Problems(AssessmentBlueprintJson.Read,
            """{"name":"x","items":[{"id":"q1","points":1,"targets":["t"],"dok":5,"demand":"memorization","format":"selectedResponse","expectedMinutes":2}]}""")).Code);

    [Fact]
    public void A_null_target_and_an_empty_id_are_each_a_problem()
    {
        var problems = Problems(AssessmentBlueprintJson.Read,
            """{"name":"x","items":[{"id":" ","points":1,"targets":[null],"dok":1,"demand":"memorization","format":"selectedResponse","expectedMinutes":2}]}""");
        Assert.Equal([("empty-id", "$.items[0].id"), ("wrong-type", "$.items[0].targets[0]")], problems.Select(p => (p.Code, p.Field!)));
    }

    [Fact]
    public void A_blueprint_with_an_item_twice_is_invalid() =>
        Assert.Equal("invalid-blueprint", Assert.Single(Problems(AssessmentBlueprintJson.Read, """
            {"name":"x","items":[
              {"id":"q1","points":1,"targets":["t"],"dok":1,"demand":"memorization","format":"selectedResponse","expectedMinutes":2},
              {"id":"q1","points":1,"targets":["t"],"dok":1,"demand":"memorization","format":"selectedResponse","expectedMinutes":2}]}
            """)).Code);

    [Fact]
    public void A_string_where_points_go_is_wrong_type() =>
        Assert.Equal(("wrong-type", "$.items[0].points"), Assert.Single(Problems(AssessmentBlueprintJson.Read,
            """{"name":"x","items":[{"id":"q1","points":"one","targets":["t"],"dok":1,"demand":"memorization","format":"selectedResponse","expectedMinutes":2}]}"""))
            is var p ? (p.Code, p.Field) : default);

    [Fact]
    public void One_item_reads_and_writes_alone()
    {
        var item = UnitThreeBlueprint.Good().Items[2];
        Assert.Equal(item, Read(AssessmentBlueprintJson.ReadItem, Written(AssessmentBlueprintJson.WriteItem, item)));
    }

    [Fact]
    public void A_scoring_rule_reads_with_countAsZero_by_default_and_writes_its_policy()
    {
        string scale = Written(static (s, r) => TargetScoringRuleJson.Write(s, r), new TargetScoringRule(ProficiencyScale.Marzano, [new PercentCut(0, 1)]));
        Assert.Contains("\"missing\":\"countAsZero\"", scale, StringComparison.Ordinal);
        var rule = Read(TargetScoringRuleJson.Read, scale.Replace(",\"missing\":\"countAsZero\"", "", StringComparison.Ordinal));
        Assert.Equal(MissingResponse.CountAsZero, rule.Missing);
        Assert.Equal(ProficiencyScale.Marzano, rule.Scale);
    }

    [Fact]
    public void Every_problem_of_a_scoring_rule_is_listed()
    {
        var problems = Problems(TargetScoringRuleJson.Read, """{"scale":{"name":"s","minimum":0,"maximum":4,"levels":[],"proficientLevel":"p"},"cuts":[{"minimumPercent":0},null],"missing":"skip"}""");
        Assert.Equal(["missing-property", "wrong-type", "unknown-missing-response"], problems.Select(p => p.Code).Where(c => c != "invalid-scale"));
    }

    [Fact]
    public void A_scoring_rule_breaking_its_invariant_is_invalid() =>
        Assert.Equal("invalid-scoring-rule", Assert.Single(Problems(TargetScoringRuleJson.Read,
            Written(TargetScoringRuleJson.Write, new TargetScoringRule(ProficiencyScale.Marzano, [new PercentCut(0, 1)]))
                .Replace("\"score\":1", "\"score\":9", StringComparison.Ordinal))).Code);

    [Fact]
    public void Null_arguments_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => AssessmentBlueprintJson.Read(null!, "a.json"));
        Assert.Throws<ArgumentNullException>(() => AssessmentBlueprintJson.Read(new MemoryStream(), null!));
        Assert.Throws<ArgumentNullException>(() => AssessmentBlueprintJson.Write(null!, UnitThreeBlueprint.Good()));
        Assert.Throws<ArgumentNullException>(() => AssessmentBlueprintJson.Write(new MemoryStream(), null!));
        Assert.Throws<ArgumentNullException>(() => TargetScoringRuleJson.Write(new MemoryStream(), null!));
    }

    private static readonly Arbitrary<AssessmentBlueprint> Blueprints =
        (from count in Gen.Choose(1, 5)
         from items in Gen.ArrayOf(
             from points in Gen.Choose(1, 8)
             from targets in Gen.SubListOf(new[] { "6.RP.1", "6.RP.3", "t \"quoted\" ☺" }).Where(t => t.Count > 0)
             from dok in Gen.Elements(DokLevel.Recall, DokLevel.SkillsAndConcepts, DokLevel.StrategicThinking, DokLevel.ExtendedThinking)
             from demand in Gen.Elements(Enum.GetValues<CognitiveDemand>())
             from format in Gen.Elements(Enum.GetValues<ItemFormat>())
             from minutes in Gen.Choose(0, 40)
             from rubric in Gen.Elements(true, false)
             select (points, targets, dok, demand, format, minutes, rubric), count)
         select new AssessmentBlueprint("Unit \"3\" <b>", items.Select((i, n) => new BlueprintItem(new ItemId($"q{n}"), i.points / 2.0,
             i.targets.Select(t => new TargetId(t)), i.dok, i.demand, i.format, i.minutes / 4.0, i.rubric)))).ToArbitrary();

    [Fact]
    public void Any_blueprint_reads_back_equal_to_what_was_written() =>
        Prop.ForAll(Blueprints, b => Read(AssessmentBlueprintJson.Read, Written(AssessmentBlueprintJson.Write, b)) == b).Check();

    [Fact]
    public void Any_scoring_rule_reads_back_equal_to_what_was_written() =>
        Prop.ForAll(Gen.Elements(MissingResponse.CountAsZero, MissingResponse.Exclude).Zip(Gen.Choose(1, 99)).ToArbitrary(), pair =>
        {
            var rule = new TargetScoringRule(ProficiencyScale.FourLevel, [new PercentCut(0, 1), new PercentCut(pair.Item2 / 1.0, 3)], pair.Item1);
            return Read(TargetScoringRuleJson.Read, Written(TargetScoringRuleJson.Write, rule)) == rule;
        }).Check();
}
