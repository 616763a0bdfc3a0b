using System.Text.Json;
using MathPlc.Grading.Json;
using MathPlc.Tests;

namespace MathPlc.Grading.Tests.Json;

/// <summary>The contracts and mappers of target conditions, conjunctive rules and rule sets, report-card rules and marks (decisions 0093, 0140).</summary>
public class ReportCardRuleJsonTests
{
    [Fact] public void Conditions_round_trip() => MapperChecks.RoundTrips<TargetCondition, TargetConditionContract, TargetConditionJsonMapper>(GradingGenerators.Condition, 200);

    [Fact] public void Conjunctive_rules_round_trip() => MapperChecks.RoundTrips<ConjunctiveRule, ConjunctiveRuleContract, ConjunctiveRuleJsonMapper>(GradingGenerators.ConjunctiveRule, 100);

    [Fact] public void Rule_sets_round_trip() => MapperChecks.RoundTrips<ConjunctiveRuleSet, ConjunctiveRuleSetContract, ConjunctiveRuleSetJsonMapper>(GradingGenerators.RuleSet, 100);

    [Fact] public void Report_card_rules_round_trip() => MapperChecks.RoundTrips<ReportCardRule, ReportCardRuleContract, ReportCardRuleJsonMapper>(GradingGenerators.ReportCardRule, 100);

    [Fact] public void Marks_round_trip() => MapperChecks.RoundTrips<ReportCardMark, ReportCardMarkContract, ReportCardMarkJsonMapper>(GradingGenerators.Mark, 100);

    [Fact] // majadirks/sbgrader2, README, and myebrexperience.com (reference/grading.md §10.2): the published rule sets read back as written.
    public void The_published_rule_sets_read_back_equal_and_in_order()
    {
        foreach (var set in ConjunctiveRuleSet.Presets)
        {
            string json = JsonSerializer.Serialize(ConjunctiveRuleSetJsonMapper.ToContract(set), ConjunctiveRuleSetJsonMapper.Contract);
            var (back, problems) = MapperChecks.Map<ConjunctiveRuleSet, ConjunctiveRuleSetContract, ConjunctiveRuleSetJsonMapper>(json);
            Assert.False(problems.Any);
            Assert.Equal(set, back);
            Assert.Equal(set.Rules.Select(r => r.Letter), back!.Rules.Select(r => r.Letter));
        }
    }

    [Theory]
    [InlineData("""{"kind":"countBelow","score":2}""", "{\"kind\":\"countBelow\",\"score\":2,\"atLeast\":0}")] // atLeast defaults to 0 and is always written
    [InlineData("""{"kind":"meanAtLeast","minimum":2.5}""", "{\"kind\":\"meanAtLeast\",\"minimum\":2.5}")]
    public void A_condition_is_tagged_by_its_kind(string json, string written)
    {
        var (condition, problems) = MapperChecks.Map<TargetCondition, TargetConditionContract, TargetConditionJsonMapper>(json);
        Assert.False(problems.Any);
        Assert.Equal(written, JsonSerializer.Serialize(TargetConditionJsonMapper.ToContract(condition!), TargetConditionJsonMapper.Contract));
    }

    [Theory]
    [InlineData("""{"score":3}""", "missing-property", "$", null)]
    [InlineData("""{"kind":"allAbove","score":3}""", "invalid-condition", "$.kind", "allAbove")]
    [InlineData("""{"kind":"meanAtLeast","minimum":2,"share":0.5}""", "invalid-condition", "$.share", null)]
    [InlineData("""{"kind":"shareAtOrAbove","score":3}""", "missing-property", "$", null)]
    [InlineData("""{"kind":"shareAtOrAbove","score":3,"share":1.5}""", "invalid-condition", "$.share", "1.5")]
    [InlineData("""{"kind":"countBelow","score":3,"atLeast":2,"atMost":1}""", "invalid-condition", "$.atMost", "1")]
    [InlineData("""{"kind":"countAtOrAbove","score":3,"atLeast":-1}""", "invalid-condition", "$.atLeast", "-1")]
    public void A_bad_condition_is_one_problem_at_its_member(string json, string code, string path, string? value)
    {
        var (condition, problems) = MapperChecks.Map<TargetCondition, TargetConditionContract, TargetConditionJsonMapper>(json);
        Assert.Null(condition);
        var only = Assert.Single(problems.Found);
        Assert.Equal((code, path, value), (only.Code, only.Field, only.Value));
    }

    [Fact]
    public void The_message_for_a_member_of_another_kind_names_the_kind_and_its_members()
    {
        var (_, problems) = MapperChecks.Map<TargetCondition, TargetConditionContract, TargetConditionJsonMapper>("""{"kind":"countAtOrAbove","score":3,"atLeast":1,"minimum":2}""");
        Assert.Equal("\"minimum\" is not a property of countAtOrAbove, whose properties are \"score\", \"atLeast\".", problems.Found.Single().Message);
        var (_, unknown) = MapperChecks.Map<ReportCardRule, ReportCardRuleContract, ReportCardRuleJsonMapper>("""{"kind":"median"}""");
        Assert.Equal("\"median\" is not a kind here; use one of \"meanOfTargets\", \"lowestTarget\", \"conjunctiveRules\".", unknown.Found.Single().Message);
    }

    [Fact]
    public void Every_problem_of_a_rule_set_is_listed_with_its_line()
    {
        var (set, problems) = MapperChecks.Map<ConjunctiveRuleSet, ConjunctiveRuleSetContract, ConjunctiveRuleSetJsonMapper>("""
            {
              "name": "r",
              "rules": [
                { "letter": "A", "conditions": [ { "kind": "shareAtOrAbove", "score": 3, "share": -1 } ] },
                { "conditions": [] },
                { "letter": "F", "when": [] }
              ]
            }
            """);
        Assert.Null(set);
        Assert.Equal(
        [
            ("invalid-condition", "$.rules[0].conditions[0].share", 4),
            ("missing-property", "$.rules[1]", 5),
            ("unknown-property", "$.rules[2].when", 6),
            ("missing-property", "$", 1),
        ], problems.Found.Select(d => (d.Code, d.Field!, d.Line!.Value)));
    }

    [Theory]
    [InlineData("""{"name":"r","source":"s","rules":[{"letter":"A","conditions":[{"kind":"meanAtLeast","minimum":3}]}]}""", "invalid-rule-set", "$.rules")] // no "otherwise"
    [InlineData("""{"kind":"lowestTarget","rounding":{"digits":1}}""", "invalid-report-card-rule", "$.rounding")]
    [InlineData("""{"kind":"conjunctiveRules"}""", "missing-property", "$")]
    [InlineData("""{"kind":"meanOfTargets","letters":{"name":"t","source":"s","bands":[]}}""", "invalid-table", "$.letters.bands")]
    public void A_bad_rule_is_one_problem_at_its_member(string json, string code, string path)
    {
        var found = json.StartsWith("{\"kind\"", StringComparison.Ordinal)
            ? MapperChecks.Map<ReportCardRule, ReportCardRuleContract, ReportCardRuleJsonMapper>(json).Problems
            : MapperChecks.Map<ConjunctiveRuleSet, ConjunctiveRuleSetContract, ConjunctiveRuleSetJsonMapper>(json).Problems;
        var only = Assert.Single(found.Found);
        Assert.Equal((code, path), (only.Code, only.Field));
    }

    [Fact]
    public void A_mark_lists_its_problems_and_refuses_a_broken_invariant_at_its_member()
    {
        var (mark, problems) = MapperChecks.Map<ReportCardMark, ReportCardMarkContract, ReportCardMarkJsonMapper>("""
            {"studentId":"","course":"Math 6","period":{"name":"Q1","start":"2026-09-01","end":"2026-09-31"},"rule":"r","status":"done","description":"d"}
            """);
        Assert.Null(mark);
        Assert.Equal(["empty-id", "bad-date", "unknown-mark-status"], problems.Found.Select(d => d.Code));
        var (incomplete, invalid) = MapperChecks.Map<ReportCardMark, ReportCardMarkContract, ReportCardMarkJsonMapper>(
            """{"studentId":"S-1","course":"Math 6","period":{"name":"Q1","start":"2026-09-01","end":"2026-10-31"},"rule":"r","status":"incomplete","description":"d"}""");
        Assert.Null(incomplete);
        Assert.Equal(("invalid-mark", "$.reasons"), (invalid.Found.Single().Code, invalid.Found.Single().Field));
    }

    [Fact]
    public void The_mappers_guard_their_arguments()
    {
        MapperChecks.Guards<TargetCondition, TargetConditionContract, TargetConditionJsonMapper>(new());
        MapperChecks.Guards<ConjunctiveRule, ConjunctiveRuleContract, ConjunctiveRuleJsonMapper>(new());
        MapperChecks.Guards<ConjunctiveRuleSet, ConjunctiveRuleSetContract, ConjunctiveRuleSetJsonMapper>(new());
        MapperChecks.Guards<ReportCardRule, ReportCardRuleContract, ReportCardRuleJsonMapper>(new());
        MapperChecks.Guards<ReportCardMark, ReportCardMarkContract, ReportCardMarkJsonMapper>(new());
    }
}
