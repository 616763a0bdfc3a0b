using MathPlc.Cli.Shell;
using MathPlc.Cli.Text;
using MathPlc.Teams;

namespace MathPlc.Cli.Teams;

/// <summary>
/// Stage diagnoses as <c>mathplc stage</c> writes them: <c>md</c>, one section per team; <c>json</c>, an array of
/// objects with <c>team, observedOn, stage, stageName, continuum, indicatorsMet, indicatorsMissed, metBeyondStage,
/// selfRatings{count, lowest, highest, membersDisagree, selfViewDiffers}, nextActions{team, leaders}, reasons[code, message]</c>
/// and (issue 16) <c>school</c> (null when not given), <c>partialIndicators</c>, <c>profile[{stage, indicators, met, partial,
/// attainment}]</c>, <c>gaps[{indicator, stage, partial, action}]</c> and <c>nextSteps</c> (the gaps that matter now, lowest stage first).
/// </summary>
internal static class StageReport
{
    /// <summary>The diagnoses in <paramref name="format"/>.</summary>
    public static string Write(ImmutableArray<StageDiagnosis> diagnoses, OutputFormat format) => format switch
    {
        OutputFormat.Md => Markdown(diagnoses),
        OutputFormat.Json => Json(diagnoses),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "The stage command writes md or json."),
    };

    /// <summary>The stage's name as written: <c>planning-planning-planning</c>.</summary>
    public static string StageName(TeamStage stage) => KebabCase.Of(stage.ToString());

    /// <summary>An indicator as the outputs spell it: camelCase (normsAndAgendas).</summary>
    public static string Indicator(StageIndicator indicator) => char.ToLowerInvariant(indicator.ToString()[0]) + indicator.ToString()[1..];

    private static string Markdown(ImmutableArray<StageDiagnosis> diagnoses)
    {
        var report = new MarkdownText();
        foreach (var d in diagnoses)
        {
            report.Heading(1, $"Team {d.Team.Value}, {IsoDate.Format(d.ObservedOn)}")
                .Line($"- Stage: {(int)d.Stage}, {StageName(d.Stage).Replace('-', ' ')}")
                .Line($"- Continuum: {d.Continuum.ToString().ToLowerInvariant()}");
            if (d.School is { } school) report.Line($"- School: {school.Value}");
            if (d.LowestSelfRating is { } low && d.HighestSelfRating is { } high)
                report.Line($"- Members' self-ratings: stage {(int)low} to stage {(int)high} ({MarkdownText.Number(d.Evidence.SelfRatings.Length)} members){(d.MembersDisagree ? "; members see the team differently" : "")}{(d.SelfViewDiffers ? "; the self-view differs from the evidence" : "")}");
            report.BlankLine().Heading(2, $"Profile across the stages")
                .Table(["Stage", "Indicators", "Met", "In part", "Attainment"], [true, true, true, true, true],
                    d.Profile.Select(p => (IReadOnlyList<string>)[MarkdownText.Number((int)p.Stage), MarkdownText.Number(p.Indicators), MarkdownText.Number(p.Met),
                        MarkdownText.Number(p.Partial), p.Attainment.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)]))
                .BlankLine().Heading(2, $"Indicators")
                .Table(["Stage", "Indicator", "Met"], [true, false, false],
                    StageModel.IndicatorsThrough(TeamStage.ReflectingOnInstruction)
                        .Select(i => (IReadOnlyList<string>)[MarkdownText.Number((int)StageModel.StageOf(i)), StageModel.Describe(i),
                            d.Missed.Contains(i) ? "no" : d.Evidence.IndicatorsPartial.Contains(i) ? "in part" : "yes"]))
                .BlankLine().Heading(2, $"Next steps");
            foreach (var step in d.NextSteps)
                report.Line($"- Stage {(int)step.Stage}, {StageModel.Describe(step.Indicator)}{(step.Partial ? " (in part so far)" : "")}: {step.Action}");
            report.Line($"- Team: {d.NextTeamAction}")
                .Line($"- Leaders: {d.NextLeaderAction}")
                .BlankLine().Heading(2, $"Why");
            foreach (var reason in d.Reasons) report.Line($"- {reason.Message}");
            report.BlankLine();
        }
        return report.ToString();
    }

    private static string Json(ImmutableArray<StageDiagnosis> diagnoses) => CliJson.Text(StageOutput.Of(diagnoses), json => json.IReadOnlyListStageOutput);
}
