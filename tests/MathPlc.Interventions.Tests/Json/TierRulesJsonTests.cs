using System.Text;
using MathPlc.Core;
using MathPlc.Interventions.Json;
using MathPlc.Interventions;

namespace MathPlc.Interventions.Tests.Json;

/// <summary>The tier-rules JSON contract: round trip, defaults, and diagnostics with path and line.</summary>
public sealed class TierRulesJsonTests
{
    private static TierRules Read(string json) => TierRulesJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "rules.json");

    private static DataDiagnostic Refused(string json) => Assert.Single(Assert.Throws<DataFileException>(() => Read(json)).Diagnostics);

    [Fact]
    public void Rules_round_trip_to_equal_rules()
    {
        var rules = new TierRules(2.5, [new TargetId("A"), new TargetId("B")], [new(new TargetId("B"), 3)], 1.0, null, new ScreeningBands(45, 30, 12), false, true);
        Assert.Equal(rules, Read(TierRulesJson.Write(rules)));
        Assert.Equal(TierRules.Default, Read(TierRulesJson.Write(TierRules.Default)));
    }

    [Fact]
    public void An_empty_object_is_the_default_rules_and_comments_are_allowed() =>
        Assert.Equal(TierRules.Default, Read("{ // defaults\n }"));

    [Fact]
    public void An_unknown_property_is_refused_with_its_path()
    {
        var d = Refused("{\n  \"proficentCut\": 3\n}");
        Assert.Equal(("unknown-property", "$.proficentCut"), (d.Code, d.Field));
        Assert.Equal(2, d.Line);
    }

    [Fact]
    public void Screening_cuts_out_of_order_are_invalid_rules()
    {
        var d = Refused("{ \"screening\": { \"coreFrom\": 20, \"watchFrom\": 25 } }");
        Assert.Equal(("invalid-rules", "$.screening.watchFrom"), (d.Code, d.Field));
    }

    [Fact]
    public void A_cut_for_a_target_that_is_not_essential_is_invalid_rules() =>
        Assert.Equal("invalid-rules", Refused("{ \"essentialTargets\": [\"A\"], \"targetCuts\": { \"B\": 2 } }").Code);

    [Fact]
    public void A_string_where_a_number_belongs_is_the_wrong_type() =>
        Assert.Equal("wrong-type", Refused("{ \"proficientCut\": \"3\" }").Code);

    [Fact]
    public void An_absent_tier3_count_is_the_default_and_null_is_never()
    {
        Assert.Equal(TierRules.Default.Tier3WhenUnmetAtLeast, Read("{ }").Tier3WhenUnmetAtLeast);
        Assert.Null(Read("""{ "tier3WhenUnmetAtLeast": null }""").Tier3WhenUnmetAtLeast);
        Assert.Equal(4, Read("""{ "tier3WhenUnmetAtLeast": 4 }""").Tier3WhenUnmetAtLeast);
    }

    [Theory]
    [InlineData("""{ "tier3WhenUnmetAtLeast": "three" }""", "wrong-type", "expected a whole number, found a string (\"three\").")]
    [InlineData("""{ "tier3WhenUnmetAtLeast": 2.5 }""", "not-a-number", "2.5 is not a whole number from -2147483648 to 2147483647.")]
    [InlineData("""{ "farBelowCut": 1e400 }""", "not-a-number", "1e400 is too large for a number of MathPlc (a finite double).")]
    public void A_value_that_is_not_the_number_it_should_be_is_named(string json, string code, string message)
    {
        var d = Refused(json);
        Assert.Equal((code, message, 1), (d.Code, d.Message, d.Line));
    }

    [Fact]
    public void Every_problem_of_the_file_is_listed_with_line_and_column()
    {
        var e = Assert.Throws<DataFileException>(() => Read("{\n  \"essentialTargets\": [\"A\", \" \"],\n  \"screening\": { \"coreFrom\": 40, \"watchfrom\": 25 },\n  \"tier3WhenUnmetAtLeast\": \"x\"\n}"));
        Assert.Equal(
        [
            ("empty-id", "$.essentialTargets[1]", 2, 29),
            ("wrong-type", "$.tier3WhenUnmetAtLeast", 4, 28),
            ("unknown-property", "$.screening.watchfrom", 3, 47),
        ], e.Diagnostics.Select(d => (d.Code, d.Field!, d.Line ?? 0, d.Column ?? 0)).ToArray());
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        Assert.Throws<ArgumentNullException>("utf8Json", () => TierRulesJson.Read(null!, "f"));
        Assert.Throws<ArgumentNullException>("rules", () => TierRulesJson.Write(null!));
    }
}
