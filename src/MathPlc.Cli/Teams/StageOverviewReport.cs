using MathPlc.Cli.Shell;
using MathPlc.Core;
using NodaTime;
using MathPlc.Cli.Text;
using MathPlc.Reports;
using MathPlc.Teams;

namespace MathPlc.Cli.Teams;

/// <summary>
/// The site and district overview <c>mathplc stage --overview</c> writes: how many teams are at each of the seven stages
/// (a bar chart in html), on each part of the continuum, who moved forward or back between two occasions, one view per
/// school, and each team's stage history — the feedback on team stages the leadership commitments ask for.
/// </summary>
/// <remarks>
/// <c>json</c>: an object <c>{scope, from, to, countByStage[7], continuum{cooperation, coordination, collaboration},
/// moves[{team, school, from, to, steps, on}], schools[{school, countByStage, continuum, moves}], teams[{team, school,
/// history[{observedOn, stage}]}]}</c>; the top-level <c>from</c>/<c>to</c> are null when each team's first diagnosis is
/// compared with its latest; <c>from</c> in a move is null for a team new since the earlier occasion.
/// </remarks>
internal static class StageOverviewReport
{
    private static readonly string[] StageLabels = [.. Enum.GetValues<TeamStage>().Select(s => $"{(int)s} {StageReport.StageName(s).Replace('-', ' ')}")];

    /// <summary>The overview of <paramref name="diagnoses"/> between two occasions, or (null) from each team's first diagnosis to its latest.</summary>
    public static string Write(string scope, ImmutableArray<StageDiagnosis> diagnoses, (LocalDate From, LocalDate To)? occasions, OutputFormat format)
    {
        bool bySchool = diagnoses.Any(d => d.School is not null);
        var whole = occasions is { } o ? StageOverview.Between(scope, diagnoses, o.From, o.To) : StageOverview.FirstToLatest(scope, diagnoses);
        var schools = !bySchool ? ImmutableSortedDictionary<SchoolId, StageOverview>.Empty
            : occasions is { } p ? StageOverview.ForDistrict(scope, diagnoses, p.From, p.To).Schools : StageOverview.ForDistrictFirstToLatest(scope, diagnoses).Schools;
        var from = occasions?.From ?? diagnoses.Min(d => d.ObservedOn);
        var to = occasions?.To ?? diagnoses.Max(d => d.ObservedOn);
        string since = occasions is null ? "each team's first diagnosis" : IsoDate.Format(from);
        var schoolOf = diagnoses.Where(d => d.School is not null).GroupBy(d => d.Team).ToDictionary(g => g.Key, g => g.MaxBy(d => d.ObservedOn)!.School!.Value.Value);
        var histories = diagnoses.GroupBy(d => d.Team).OrderBy(g => g.Key).Select(g => new StageHistory(g)).ToImmutableArray();
        return format switch
        {
            OutputFormat.Json => Json(whole, schools, schoolOf, histories, occasions),
            OutputFormat.Html => HtmlReport.Render(Document(whole, schools, schoolOf, histories, from, to, since)),
            _ => MarkdownReport.Render(Document(whole, schools, schoolOf, histories, from, to, since)),
        };
    }

    private static ReportDocument Document(StageOverview whole, ImmutableSortedDictionary<SchoolId, StageOverview> schools,
        Dictionary<TeamId, string> schoolOf, ImmutableArray<StageHistory> histories, LocalDate from, LocalDate to, string since)
    {
        var sections = new List<ReportSection> { Section(whole.Scope, whole, schoolOf, to, since) };
        sections.AddRange(schools.Select(s => Section($"School {s.Key.Value}", s.Value, schoolOf, to, since)));
        sections.Add(new ReportSection("Stage history by team", [new ReportTable(["Team", "School", "Stages over time", "Net steps"],
            histories.Select(h => (IEnumerable<string>)[h.Team.Value, schoolOf.GetValueOrDefault(h.Team, ""),
                string.Join(" → ", h.Diagnoses.Select(d => $"{(int)d.Stage} ({IsoDate.Format(d.ObservedOn)})")), MarkdownText.Number(h.NetSteps)]))]));
        return new ReportDocument($"Team stages: {whole.Scope}", sections, $"Seven stages of collaborative teams (Graham & Ferriter), {IsoDate.Format(from)} to {IsoDate.Format(to)}");
    }

    private static ReportSection Section(string heading, StageOverview view, Dictionary<TeamId, string> schoolOf, LocalDate to, string since) => new(heading,
    [
        new CountBarChart($"Teams at each stage on {IsoDate.Format(to)}", $"How many of the {view.Moves.Length} teams are at each of the seven stages.",
            view.CountByStage.Select((count, i) => new ChartBar(StageLabels[i], count, (int)StageModel.LevelOf((TeamStage)(i + 1)))), "Teams"),
        new ReportParagraph($"Cooperation (stages 1–2): {view.CountAt(CollaborationLevel.Cooperation)}; coordination (stage 3): {view.CountAt(CollaborationLevel.Coordination)}; collaboration (stages 4–7): {view.CountAt(CollaborationLevel.Collaboration)}. "
            + $"Since {since}: {view.MovedForward.Length} moved forward, {view.MovedBack.Length} moved back, {view.Unchanged.Length} unchanged, {view.New.Length} new."),
        new ReportTable(["Team", "School", "From", "To", "Steps", "On"], view.Moves.Select(m => (IEnumerable<string>)[m.Team.Value, schoolOf.GetValueOrDefault(m.Team, ""),
            m.From is { } f ? MarkdownText.Number((int)f) : "new", MarkdownText.Number((int)m.To), MarkdownText.Number(m.Steps), IsoDate.Format(m.On)]), "Each team's move"),
    ]);

    private static string Json(StageOverview whole, ImmutableSortedDictionary<SchoolId, StageOverview> schools, Dictionary<TeamId, string> schoolOf,
        ImmutableArray<StageHistory> histories, (LocalDate From, LocalDate To)? occasions) =>
        CliJson.Text(StageOverviewOutput.Of(whole, schools, schoolOf, histories, occasions), json => json.StageOverviewOutput);
}
