using MathPlc.Grading.Json;
using MathPlc.Tests;

namespace MathPlc.Grading.Tests.Json;

/// <summary>The rounding rule's contract and mapper (decision 0093).</summary>
public class ScoreRoundingJsonTests
{
    [Fact] public void Rounding_rules_round_trip() => MapperChecks.RoundTrips<ScoreRounding, ScoreRoundingContract, ScoreRoundingJsonMapper>(GradingGenerators.Rounding, 100);

    [Fact]
    public void The_mode_defaults_to_away_from_zero()
    {
        var (rounding, problems) = MapperChecks.Map<ScoreRounding, ScoreRoundingContract, ScoreRoundingJsonMapper>("""{"digits":2}""");
        Assert.False(problems.Any);
        Assert.Equal(new ScoreRounding(2, RoundingMode.AwayFromZero), rounding);
    }

    [Theory]
    [InlineData("""{"digits":2,"mode":"up"}""", "unknown-rounding-mode", "$.mode")]
    [InlineData("""{"mode":"toEven"}""", "missing-property", "$")]
    [InlineData("""{"digits":-1}""", "invalid-rounding", "$.digits")]
    public void A_bad_rule_is_one_problem_at_its_member(string json, string code, string path)
    {
        var (rounding, problems) = MapperChecks.Map<ScoreRounding, ScoreRoundingContract, ScoreRoundingJsonMapper>(json);
        Assert.Null(rounding);
        Assert.Equal((code, path), Assert.Single(problems.Found) is var d ? (d.Code, d.Field) : default);
    }

    [Fact]
    public void The_mapper_guards_its_arguments()
    {
        MapperChecks.Guards<ScoreRounding, ScoreRoundingContract, ScoreRoundingJsonMapper>(new());
    }
}
