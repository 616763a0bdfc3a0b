using System.Text.Json;
using MathPlc.Assessments;
using MathPlc.Core;
using MathPlc.Interop.Json;

namespace MathPlc.Interop.Tests.Json.Assessments;

public class AssessmentsContractTests
{
    private const string Blueprint = """
        {"name":"Unit 3 common assessment","items":[
          {"id":"q1","points":1,"targets":["6.RP.1"],"dok":1,"demand":"memorization","format":"selectedResponse","expectedMinutes":2},
          {"id":"q2","points":4,"targets":["6.RP.1","6.RP.3"],"dok":3,"demand":"doingMathematics","format":"performanceTask","expectedMinutes":15,"hasScoringRubric":true}
        ]}
        """;

    [Fact]
    public void A_blueprint_reads_and_round_trips()
    {
        var blueprint = MathPlcJson.Deserialize<AssessmentBlueprint>(Blueprint);
        Assert.Equal(2, blueprint.Items.Length);
        Assert.Equal(DokLevel.StrategicThinking, blueprint.Items[1].Dok);
        Assert.Equal(CognitiveDemand.DoingMathematics, blueprint.Items[1].Demand);
        Assert.True(blueprint.Items[1].HasScoringRubric);
        Assert.False(blueprint.Items[0].HasScoringRubric);
        Assert.Equal(blueprint, MathPlcJson.Deserialize<AssessmentBlueprint>(MathPlcJson.Serialize(blueprint)));
    }

    [Fact]
    public void A_scoring_rule_round_trips()
    {
        var rule = new TargetScoringRule(ProficiencyScale.Marzano, [new PercentCut(0, 1), new PercentCut(70, 3)], MissingResponse.Exclude);
        string json = MathPlcJson.Serialize(rule);
        Assert.Contains("\"missing\":\"exclude\"", json, StringComparison.Ordinal);
        Assert.Equal(rule, MathPlcJson.Deserialize<TargetScoringRule>(json));
    }

    [Fact]
    public void An_unknown_property_is_refused_with_its_path()
    {
        var e = Assert.Throws<JsonException>(() => MathPlcJson.Deserialize<AssessmentBlueprint>(
            """{"name":"x","items":[{"id":"q1","points":1,"targets":["t"],"dok":1,"demand":"memorization","format":"selectedResponse","expectedMinutes":2,"rubric":true}]}"""));
        Assert.Contains("$.items[0]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_invariant_names_the_item()
    {
        var e = Assert.Throws<JsonException>(() => MathPlcJson.Deserialize<AssessmentBlueprint>(
            """{"name":"x","items":[{"id":"q1","points":0,"targets":["t"],"dok":1,"demand":"memorization","format":"selectedResponse","expectedMinutes":2}]}"""));
        Assert.Contains("$.items[0]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_format_lists_the_names() =>
        Assert.Contains("constructedResponse", Assert.Throws<JsonException>(() => MathPlcJson.Deserialize<BlueprintItem>(
            """{"id":"q1","points":1,"targets":["t"],"dok":1,"demand":"memorization","format":"essay","expectedMinutes":2}""")).Message, StringComparison.Ordinal);

    [Fact]
    public void Core_contracts_still_resolve_through_the_joined_table() =>
        Assert.Equal(new Reason("c", "m"), MathPlcJson.Deserialize<Reason>("""{"code":"c","message":"m"}"""));
}
