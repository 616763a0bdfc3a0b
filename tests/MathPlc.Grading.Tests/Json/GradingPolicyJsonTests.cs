using MathPlc.Grading.Json;
using MathPlc.Tests;

namespace MathPlc.Grading.Tests.Json;

/// <summary>The grading policy's contracts and mappers (decision 0093): round trips, the defaults, and every problem listed.</summary>
public class GradingPolicyJsonTests
{
    [Fact] public void Policies_round_trip() => MapperChecks.RoundTrips<GradingPolicy, GradingPolicyContract, GradingPolicyJsonMapper>(GradingGenerators.Policy, 100);

    [Fact] public void Overrides_round_trip() => MapperChecks.RoundTrips<TeacherOverride, TeacherOverrideContract, TeacherOverrideJsonMapper>(GradingGenerators.Override, 100);

    [Fact] public void Recency_windows_round_trip() => MapperChecks.RoundTrips<RecencyWindow, RecencyWindowContract, RecencyWindowJsonMapper>(GradingGenerators.Recency, 100);

    [Fact] public void Reassessment_rules_round_trip() => MapperChecks.RoundTrips<ReassessmentRule, ReassessmentRuleContract, ReassessmentRuleJsonMapper>(GradingGenerators.Reassessment, 100);

    [Fact]
    public void An_empty_policy_is_the_default()
    {
        var (policy, problems) = MapperChecks.Map<GradingPolicy, GradingPolicyContract, GradingPolicyJsonMapper>("{}");
        Assert.False(problems.Any);
        Assert.Equal(GradingPolicy.Default, policy);
    }

    [Fact]
    public void Every_problem_of_a_policy_is_listed()
    {
        var (policy, problems) = MapperChecks.Map<GradingPolicy, GradingPolicyContract, GradingPolicyJsonMapper>("""
            {
              "recency": { "pieces": 3, "days": 10 },
              "reassessment": { "name": "keep-best" },
              "overrides": [ { "studentId": "S", "targetId": "T", "score": 3, "teacherId": "X", "decidedOn": "2026-02-30" } ],
              "minimumEvidence": 0
            }
            """);
        Assert.Null(policy);
        Assert.Equal(
        [
            ("invalid-recency", "$.recency.days", 2),
            ("invalid-reassessment", "$.reassessment.name", 3),
            ("bad-date", "$.overrides[0].decidedOn", 4),
            ("missing-property", "$.overrides[0]", 4),
        ], problems.Found.Select(d => (d.Code, d.Field!, d.Line!.Value)));
        Assert.Equal("\"keep-best\" is not a reassessment rule; use one of \"keep-all\", \"replace-earlier\", \"keep-highest\", \"higher-of-first-and-blend\".", problems.Found[1].Message);
    }

    [Theory]
    [InlineData("""{"pieces":0}""", "invalid-recency", "$.pieces", "0")]
    [InlineData("""{"days":10}""", "missing-property", "$", null)]
    [InlineData("""{}""", "missing-property", "$", null)]
    public void A_recency_window_counts_pieces_or_days(string json, string code, string path, string? value)
    {
        var (window, problems) = MapperChecks.Map<RecencyWindow, RecencyWindowContract, RecencyWindowJsonMapper>(json);
        Assert.Null(window);
        var only = Assert.Single(problems.Found);
        Assert.Equal((code, path, value), (only.Code, only.Field, only.Value));
    }

    [Fact]
    public void Alpha_belongs_to_the_blend_only()
    {
        var (rule, problems) = MapperChecks.Map<ReassessmentRule, ReassessmentRuleContract, ReassessmentRuleJsonMapper>("""{"name":"keep-all","alpha":0.5}""");
        Assert.Null(rule);
        Assert.Equal(("invalid-reassessment", "$.alpha"), Assert.Single(problems.Found) is var d ? (d.Code, d.Field) : default);
        var (blend, none) = MapperChecks.Map<ReassessmentRule, ReassessmentRuleContract, ReassessmentRuleJsonMapper>("""{"name":"higher-of-first-and-blend"}""");
        Assert.Null(blend);
        Assert.Equal("the required property \"alpha\" is missing.", Assert.Single(none.Found).Message);
    }

    [Fact]
    public void A_policy_that_breaks_an_invariant_names_the_member()
    {
        var (_, problems) = MapperChecks.Map<GradingPolicy, GradingPolicyContract, GradingPolicyJsonMapper>("""{"minimumEvidence":0}""");
        Assert.Equal(("invalid-policy", "$.minimumEvidence"), Assert.Single(problems.Found) is var d ? (d.Code, d.Field) : default);
    }

    [Fact]
    public void Mappers_guard_their_arguments()
    {
        MapperChecks.Guards<GradingPolicy, GradingPolicyContract, GradingPolicyJsonMapper>(new());
        MapperChecks.Guards<TeacherOverride, TeacherOverrideContract, TeacherOverrideJsonMapper>(new());
        MapperChecks.Guards<RecencyWindow, RecencyWindowContract, RecencyWindowJsonMapper>(new());
        MapperChecks.Guards<ReassessmentRule, ReassessmentRuleContract, ReassessmentRuleJsonMapper>(new());
    }
}
