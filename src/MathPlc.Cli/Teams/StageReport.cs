using MathPlc.Cli.Shell;
using MathPlc.Cli.Text;
using MathPlc.Teams;

namespace MathPlc.Cli.Teams;

/// <summary>
/// Stage diagnoses as <c>mathplc stage</c> writes them: <c>md</c>, one section per team; <c>json</c>, an array of
/// objects with <c>team, observedOn, stage, stageName, continuum, indicatorsMet, indicatorsMissed, metBeyondStage,
/// selfRatings{count, lowest, highest, membersDisagree, selfViewDiffers}, nextActions{team, leaders}, reasons[code, message]</c>.
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

    private static string Indicator(StageIndicator indicator) => char.ToLowerInvariant(indicator.ToString()[0]) + indicator.ToString()[1..];

    private static string Markdown(ImmutableArray<StageDiagnosis> diagnoses)
    {
        var report = new MarkdownText();
        foreach (var d in diagnoses)
        {
            report.Heading(1, $"Team {MarkdownText.Escape(d.Team.Value)}, {IsoDate.Format(d.ObservedOn)}")
                .Line($"- Stage: {(int)d.Stage}, {StageName(d.Stage).Replace('-', ' ')}")
                .Line($"- Continuum: {d.Continuum.ToString().ToLowerInvariant()}");
            if (d.LowestSelfRating is { } low && d.HighestSelfRating is { } high)
                report.Line($"- Members' self-ratings: stage {(int)low} to stage {(int)high} ({MarkdownText.Number(d.Evidence.SelfRatings.Length)} members)"
                    + (d.MembersDisagree ? "; members see the team differently" : "") + (d.SelfViewDiffers ? "; the self-view differs from the evidence" : ""));
            report.BlankLine().Heading(2, "Indicators")
                .Table(["Stage", "Indicator", "Met"], [true, false, false],
                    d.PlacedBy.Concat(d.MetBeyondStage).Concat(d.Missed).OrderBy(StageModel.StageOf).ThenBy(i => i)
                        .Select(i => (IReadOnlyList<string>)[MarkdownText.Number((int)StageModel.StageOf(i)), StageModel.Describe(i), d.Missed.Contains(i) ? "no" : "yes"]))
                .BlankLine().Heading(2, "Next actions")
                .Line($"- Team: {d.NextTeamAction}")
                .Line($"- Leaders: {d.NextLeaderAction}")
                .BlankLine().Heading(2, "Why");
            foreach (var reason in d.Reasons) report.Line($"- {MarkdownText.Escape(reason.Message)}");
            report.BlankLine();
        }
        return report.ToString();
    }

    private static string Json(ImmutableArray<StageDiagnosis> diagnoses) => JsonText.Write(json =>
    {
        json.WriteStartArray();
        foreach (var d in diagnoses)
        {
            json.WriteStartObject();
            json.WriteString("team", d.Team.Value);
            json.WriteString("observedOn", IsoDate.Format(d.ObservedOn));
            json.WriteNumber("stage", (int)d.Stage);
            json.WriteString("stageName", StageName(d.Stage));
            json.WriteString("continuum", d.Continuum.ToString().ToLowerInvariant());
            WriteIndicators(json, "indicatorsMet", d.PlacedBy.Concat(d.MetBeyondStage).Order());
            WriteIndicators(json, "indicatorsMissed", d.Missed);
            WriteIndicators(json, "metBeyondStage", d.MetBeyondStage);
            json.WriteStartObject("selfRatings");
            json.WriteNumber("count", d.Evidence.SelfRatings.Length);
            if (d.LowestSelfRating is { } low) json.WriteNumber("lowest", (int)low);
            else json.WriteNull("lowest");
            if (d.HighestSelfRating is { } high) json.WriteNumber("highest", (int)high);
            else json.WriteNull("highest");
            json.WriteBoolean("membersDisagree", d.MembersDisagree);
            json.WriteBoolean("selfViewDiffers", d.SelfViewDiffers);
            json.WriteEndObject();
            json.WriteStartObject("nextActions");
            json.WriteString("team", d.NextTeamAction);
            json.WriteString("leaders", d.NextLeaderAction);
            json.WriteEndObject();
            json.WriteObjects("reasons", d.Reasons, static (json, reason) =>
            {
                json.WriteString("code", reason.Code);
                json.WriteString("message", reason.Message);
            });
            json.WriteEndObject();
        }
        json.WriteEndArray();
    });

    private static void WriteIndicators(System.Text.Json.Utf8JsonWriter json, string name, IEnumerable<StageIndicator> indicators)
    {
        json.WriteStartArray(name);
        foreach (var indicator in indicators) json.WriteStringValue(Indicator(indicator));
        json.WriteEndArray();
    }
}
