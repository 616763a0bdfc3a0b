using FsCheck;
using FsCheck.Fluent;
using MathPlc.Core;
using MathPlc.Grading.Json;

namespace MathPlc.Grading.Tests.Json;

/// <summary>
/// Every value of each enum a Grading contract holds is written as one camelCase token and read back (they moved here
/// from the standalone enum converters of <c>MathPlcJsonContext</c>, decision 0160): the tokens docs/cli.md and the
/// schemas promise, never renamed.
/// </summary>
public class ChoiceTokenTests
{
    private static void RoundTrips<TEnum>(JsonChoice<TEnum> choice)
        where TEnum : struct, Enum =>
        Prop.ForAll(Gen.Elements(Enum.GetValues<TEnum>()).ToArbitrary(), value =>
        {
            var problems = new JsonProblems("f");
            Assert.Equal<TEnum?>(value, choice.Parse(problems, choice.Name(value), JsonPath.Root));
            Assert.False(problems.Any);
        }).QuickCheckThrowOnFailure();

    [Fact] public void Statuses_round_trip() => RoundTrips(ProficiencyResultJsonMapper.Statuses);
    [Fact] public void Rounding_modes_round_trip() => RoundTrips(ScoreRoundingJsonMapper.Modes);
    [Fact] public void Mode_tie_rules_round_trip() => RoundTrips(MethodSettingsJsonMapper.ModeTies);
    [Fact] public void Zero_policies_round_trip() => RoundTrips(MethodSettingsJsonMapper.ZeroPolicies);
    [Fact] public void Error_measures_round_trip() => RoundTrips(MethodSettingsJsonMapper.ErrorMeasures);
    [Fact] public void Level_rules_round_trip() => RoundTrips(ProficiencyOptionsJsonMapper.LevelRules);
    [Fact] public void Mark_statuses_round_trip() => RoundTrips(ReportCardMarkJsonMapper.Statuses);
    [Fact] public void Missing_target_rules_round_trip() => RoundTrips(ReportCardMarkJsonMapper.MissingTargetRules);

    [Fact] // the tokens as docs/cli.md and docs/schemas/ spell them
    public void The_documented_tokens_are_written()
    {
        Assert.Equal("insufficientEvidence", ProficiencyResultJsonMapper.Statuses.Name(ProficiencyStatus.InsufficientEvidence));
        Assert.Equal("teacherJudgement", ProficiencyResultJsonMapper.Statuses.Name(ProficiencyStatus.TeacherJudgement));
        Assert.Equal("awayFromZero", ScoreRoundingJsonMapper.Modes.Name(RoundingMode.AwayFromZero));
        Assert.Equal("mostRecent", MethodSettingsJsonMapper.ModeTies.Name(ModeTieRule.MostRecent));
        Assert.Equal("markScoredTargets", ReportCardMarkJsonMapper.MissingTargetRules.Name(MissingTargets.MarkScoredTargets));
        Assert.Equal("incomplete", ReportCardMarkJsonMapper.Statuses.Name(MarkStatus.Incomplete));
    }
}
