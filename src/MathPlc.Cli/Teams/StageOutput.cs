using MathPlc.Cli.Text;
using MathPlc.Teams;

namespace MathPlc.Cli.Teams;

/// <summary>One team's diagnosis in the JSON of <c>mathplc stage</c> (docs/cli.md; the output is an array of these, one per team and date).</summary>
/// <param name="Team">The team.</param>
/// <param name="ObservedOn">The date the evidence was gathered, yyyy-MM-dd.</param>
/// <param name="Stage">The stage, 1 to 7.</param>
/// <param name="StageName">The stage's name, kebab case.</param>
/// <param name="Continuum">cooperation, coordination or collaboration.</param>
/// <param name="IndicatorsMet">Indicators met, camelCase names.</param>
/// <param name="IndicatorsMissed">Indicators not met up to the stage.</param>
/// <param name="MetBeyondStage">Indicators met beyond the stage.</param>
/// <param name="School">The team's school; null when the evidence names none.</param>
/// <param name="PartialIndicators">Indicators met in part.</param>
/// <param name="Profile">Attainment per stage.</param>
/// <param name="Gaps">The gaps, with their actions.</param>
/// <param name="NextSteps">The next steps, with their actions.</param>
/// <param name="SelfRatings">What the members' self-ratings say.</param>
/// <param name="NextActions">The next action for the team and for leaders.</param>
/// <param name="Reasons">Why, <c>{code, message}</c>.</param>
internal sealed record StageOutput(string Team, string ObservedOn, int Stage, string StageName, string Continuum,
    IReadOnlyList<string> IndicatorsMet, IReadOnlyList<string> IndicatorsMissed, IReadOnlyList<string> MetBeyondStage, string? School,
    IReadOnlyList<string> PartialIndicators, IReadOnlyList<StageProfileOutput> Profile, IReadOnlyList<StageGapOutput> Gaps, IReadOnlyList<StageGapOutput> NextSteps,
    StageSelfRatingsOutput SelfRatings, StageNextActionsOutput NextActions, IReadOnlyList<ReasonOutput> Reasons)
{
    /// <summary>The outputs of <paramref name="diagnoses"/>, in order.</summary>
    public static IReadOnlyList<StageOutput> Of(IEnumerable<StageDiagnosis> diagnoses) => [.. diagnoses.Select(d => new StageOutput(
        d.Team.Value, IsoDate.Format(d.ObservedOn), (int)d.Stage, StageReport.StageName(d.Stage), d.Continuum.ToString().ToLowerInvariant(),
        [.. d.Evidence.IndicatorsMet.Select(StageReport.Indicator)], [.. d.Missed.Select(StageReport.Indicator)], [.. d.MetBeyondStage.Select(StageReport.Indicator)],
        d.School?.Value, [.. d.Evidence.IndicatorsPartial.Select(StageReport.Indicator)],
        [.. d.Profile.Select(p => new StageProfileOutput((int)p.Stage, p.Indicators, p.Met, p.Partial, p.Attainment))],
        [.. d.Gaps.Select(Gap)], [.. d.NextSteps.Select(Gap)],
        new StageSelfRatingsOutput(d.Evidence.SelfRatings.Length, (int?)d.LowestSelfRating, (int?)d.HighestSelfRating, d.MembersDisagree, d.SelfViewDiffers),
        new StageNextActionsOutput(d.NextTeamAction, d.NextLeaderAction), ReasonOutput.Of(d.Reasons)))];

    private static StageGapOutput Gap(StageGap gap) => new(StageReport.Indicator(gap.Indicator), (int)gap.Stage, gap.Partial, gap.Action);
}

/// <summary>A stage's attainment.</summary>
/// <param name="Stage">The stage, 1 to 7.</param>
/// <param name="Indicators">Its indicators.</param>
/// <param name="Met">Met in full.</param>
/// <param name="Partial">Met in part.</param>
/// <param name="Attainment">The share met, a part counting half.</param>
internal sealed record StageProfileOutput(int Stage, int Indicators, int Met, int Partial, double Attainment);

/// <summary>An indicator still to reach and what to do about it.</summary>
/// <param name="Indicator">The indicator, camelCase.</param>
/// <param name="Stage">Its stage.</param>
/// <param name="Partial">Whether it is met in part so far.</param>
/// <param name="Action">What to do.</param>
internal sealed record StageGapOutput(string Indicator, int Stage, bool Partial, string Action);

/// <summary>The members' self-ratings.</summary>
/// <param name="Count">How many members rated.</param>
/// <param name="Lowest">The lowest stage rated; null without ratings.</param>
/// <param name="Highest">The highest stage rated; null without ratings.</param>
/// <param name="MembersDisagree">Whether members see the team differently.</param>
/// <param name="SelfViewDiffers">Whether the self-view differs from the evidence.</param>
internal sealed record StageSelfRatingsOutput(int Count, int? Lowest, int? Highest, bool MembersDisagree, bool SelfViewDiffers);

/// <summary>The next actions.</summary>
/// <param name="Team">For the team.</param>
/// <param name="Leaders">For leaders.</param>
internal sealed record StageNextActionsOutput(string Team, string Leaders);
