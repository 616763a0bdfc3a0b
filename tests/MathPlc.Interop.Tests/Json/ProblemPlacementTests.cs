using System.Text;
using System.Text.Json;
using MathPlc.Core;
using MathPlc.Interop.Json;

namespace MathPlc.Interop.Tests.Json;

/// <summary>
/// Where a problem a mapper finds after the whole object is read is reported (decisions 0130, 0160): where a streaming
/// converter stood, so a file's line and column do not move — through a file reader and through <see cref="MathPlcJson"/>.
/// </summary>
public class ProblemPlacementTests
{
    private static DataDiagnostic ScaleError(string json) =>
        Assert.Single(Assert.Throws<DataFileException>(() => GradingFilesJson.ReadScale(new MemoryStream(Encoding.UTF8.GetBytes(json)), "scale.json")).Diagnostics);

    private const string Levels = """[{"label":"A","cut":0},{"label":"B","cut":3}]""";

    [Fact]
    public void An_unknown_member_is_reported_at_its_name()
    {
        var d = ScaleError("{\n\"name\":\"S\",\"minimum\":0,\"maximum\":4,\n\"levels\":" + Levels + ",\n  \"colour\": \"red\",\n\"proficientLevel\":\"B\"}");
        Assert.Equal(("unknown-property", "$.colour", 4), (d.Code, d.Field, d.Line));
        Assert.Equal(12, d.Column); // where the reader stands after the name and its colon, as the streaming converter stood
    }

    [Fact]
    public void A_wrong_type_is_reported_at_its_value_with_the_value_as_written()
    {
        var d = ScaleError("{\n\"name\":\"S\",\n\"minimum\":  \"0\",\"maximum\":4,\"levels\":" + Levels + ",\"proficientLevel\":\"B\"}");
        Assert.Equal(("wrong-type", "$.minimum", "0", 3), (d.Code, d.Field, d.Value, d.Line));
        Assert.Equal("expected a number, found a string (\"0\").", d.Message);
    }

    [Fact]
    public void A_missing_member_and_a_broken_invariant_are_reported_at_the_end_of_their_object()
    {
        var missing = ScaleError("{\n\"name\":\"S\",\"minimum\":0,\"maximum\":4,\n\"levels\":[{\"label\":\"A\",\"cut\":0},\n{\"label\":\"B\"\n}],\"proficientLevel\":\"B\"}");
        Assert.Equal(("missing-property", "$.levels[1]", 5), (missing.Code, missing.Field, missing.Line));
        var invalid = ScaleError("{\n\"name\":\"S\",\n\"minimum\":4,\"maximum\":0,\"levels\":" + Levels + ",\"proficientLevel\":\"B\"\n\n}");
        Assert.Equal(("invalid-scale", "$.maximum", 5), (invalid.Code, invalid.Field, invalid.Line));
    }

    [Fact]
    public void A_problem_inside_a_list_names_the_element_and_keeps_the_invariants_exception()
    {
        var e = Assert.Throws<JsonException>(() => MathPlcJson.Deserialize<ImmutableArray<Evidence>>(
            "[{\"studentId\":\"S\",\"targetId\":\"T\",\"assessedOn\":\"2026-09-14\",\"score\":3},\n{\"studentId\":\"S\",\"targetId\":\"T\",\"assessedOn\":\"2026-09-14\",\"score\":3,\"weight\":-1}]"));
        Assert.Equal(("invalid-evidence", "$[1].weight", "-1"), (JsonFailure.DetailsOf(e).Code, JsonFailure.DetailsOf(e).Path, JsonFailure.DetailsOf(e).Value));
        Assert.Equal(1, e.LineNumber);
        Assert.IsType<ArgumentOutOfRangeException>(e.InnerException);
    }

    [Fact]
    public void A_value_that_is_not_an_object_is_the_wrong_type() =>
        Assert.Equal("$.levels[0]: expected an object, found a string (\"A\").",
            Assert.Throws<JsonException>(() => MathPlcJson.Deserialize<ProficiencyScale>("""{"name":"S","minimum":0,"maximum":4,"levels":["A"],"proficientLevel":"A"}""")).Message);
}
