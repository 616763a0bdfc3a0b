using System.Text;
using MathPlc.Core;
using MathPlc.Interop;
using MathPlc.Interop.Json;
using MathPlc.Interventions;

namespace MathPlc.Interop.Tests.Interventions;

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
    public void Null_arguments_are_refused()
    {
        Assert.Throws<ArgumentNullException>("utf8Json", () => TierRulesJson.Read(null!, "f"));
        Assert.Throws<ArgumentNullException>("rules", () => TierRulesJson.Write(null!));
    }
}
