using System.CommandLine;
using MathPlc.Teams.Json;
using MathPlc.Cli.Shell;
using MathPlc.Cli.Text;
using MathPlc.Interop;
using MathPlc.Interop.Csv;
using MathPlc.Interop.Json;
using MathPlc.Reports;
using MathPlc.Teams;

namespace MathPlc.Cli.Commitments;

/// <summary>
/// <c>mathplc commitments --in self-assessment.json [--format md|json|csv] [--out FILE]</c>: each leadership commitment at
/// the district, site and team level — owner, latest status, evidence, next steps, gaps, and the change since the first
/// self-assessment with a calibration caution on every self-rated move — and the professional-learning actions with
/// their current actions and possible next steps. The template is <c>docs/templates/commitments.json</c>.
/// </summary>
internal static class CommitmentsCommand
{
    /// <summary>The CSV columns.</summary>
    public static IReadOnlyList<string> Header { get; } =
        ["commitment_id", "level", "owner", "status", "evidence", "next_steps", "from_status", "steps", "caution", "gaps"];

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var input = CommonOptions.InputFile("--in", "-i",
            "The commitments and self-assessments (JSON, as docs/templates/commitments.json): commitments[{id, title, roles{district, site, team}}], learningActions[{id, action, currentActions, possibleNextSteps}], assessments[{assessedOn, entries[{commitment, level, status, currentActions, nextSteps, evidence}]}].",
            "self-assessment.json");
        var format = new FormatOption(OutputFormat.Md, OutputFormat.Json, OutputFormat.Csv);
        format.Description += " md: a report per commitment with gaps, changes and cautions, then the learning actions; json: {commitments[{id, title, levels[{level, owner, status, evidence[], nextSteps[], change{from, to, steps, evidenceAdded, caution{code, message}}}]}], gaps[{kind, commitment, level, code, message}], learningActions[{id, action, currentActions[], possibleNextSteps[]}]}; csv: "
            + string.Join(", ", Header) + " (status not-started, emerging, developing, sustaining, empty when not assessed; evidence a count; gaps as codes).";
        var output = CommonOptions.Out();
        var command = new ExampleCommand("commitments",
            "Leadership commitments and the professional-learning self-assessment: status, owners, evidence, gaps and changes over time, with a calibration caution on self-rated change.",
            "mathplc commitments --in self-assessment.json",
            "mathplc commitments --in docs/templates/commitments.json --format csv --out commitments.csv")
        {
            input, format, output,
        };
        command.SetAction(parseResult => CommandRunner.Run(parseResult, output, () =>
        {
            var file = InputFile.Read(parseResult.GetRequiredValue(input), CommitmentsJson.Read);
            var gaps = LeadershipCommitments.Gaps(file.Commitments, file.Assessments);
            var changes = CommitmentChange.Between(file.Assessments).ToDictionary(c => (c.CommitmentId, c.Level));
            var latest = file.Assessments.MaxBy(a => a.AssessedOn);
            var rows = file.Commitments.SelectMany(c => Enum.GetValues<LeadershipLevel>().Select(level => new Row(c, level,
                c.Roles.GetValueOrDefault(level), latest?.Entries.FirstOrDefault(e => e.CommitmentId == c.Id && e.Level == level),
                changes.GetValueOrDefault((c.Id, level)), [.. gaps.Where(g => g.CommitmentId == c.Id && g.Level == level)]))).ToImmutableArray();
            return format.Chosen(parseResult) switch
            {
                OutputFormat.Csv => CsvText.Of(Header, rows.Select(r => (IReadOnlyList<string?>)
                [
                    r.Commitment.Id, Name(r.Level), r.Owner, r.Entry is { } e ? KebabCase.Of(e.Status.ToString()) : null,
                    r.Entry?.Evidence.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Entry is { } n ? string.Join("; ", n.NextSteps) : null,
                    r.Change?.From is { } from ? KebabCase.Of(from.ToString()) : null, r.Change?.From is null ? null : r.Change.Steps.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    r.Change?.Caution?.Message, string.Join(" ", r.Gaps.Select(g => g.Why.Code)),
                ])),
                OutputFormat.Json => Json(file, rows, gaps),
                _ => MarkdownReport.Render(Document(file, rows, gaps)),
            };
        }));
        return command;
    }

    /// <summary>A commitment at one leadership level: its owner, the latest entry, the change and the gaps.</summary>
    public sealed record Row(Commitment Commitment, LeadershipLevel Level, string? Owner, CommitmentEntry? Entry, CommitmentChange? Change, ImmutableArray<CommitmentGap> Gaps);

    /// <summary>A leadership level as the outputs spell it: district, site or team.</summary>
    public static string Name(LeadershipLevel level) => level.ToString().ToLowerInvariant();

    /// <summary>A status as the outputs spell it, kebab case; "not assessed" for none.</summary>
    public static string Status(CommitmentStatus? status) => status is { } s ? KebabCase.Of(s.ToString()) : "not assessed";

    private static ReportDocument Document(CommitmentsFile file, ImmutableArray<Row> rows, ImmutableArray<CommitmentGap> gaps)
    {
        var sections = file.Commitments.Select(c => new ReportSection($"Commitment: {c.Title}",
        [
            new ReportTable(["Level", "Owner", "Status", "Evidence", "Next steps", "Change", "Caution"],
                rows.Where(r => r.Commitment.Id == c.Id).Select(r => (IEnumerable<string>)[Name(r.Level), r.Owner ?? "nobody", Status(r.Entry?.Status),
                    r.Entry is { } e ? string.Join("; ", e.Evidence) : "", r.Entry is { } n ? string.Join("; ", n.NextSteps) : "",
                    r.Change?.From is { } from ? $"{Status(from)} → {Status(r.Change.To)}" : "", r.Change?.Caution?.Message ?? ""])),
            gaps.Any(g => g.CommitmentId == c.Id)
                ? new ReportList(gaps.Where(g => g.CommitmentId == c.Id).Select(g => ReportText.Plain(g.Why.Message)))
                : new ReportParagraph("No gaps."),
        ])).ToList();
        if (!file.LearningActions.IsEmpty)
            sections.Add(new ReportSection("Professional-learning actions", [new ReportTable(["Action", "Current actions", "Possible next steps"],
                file.LearningActions.Select(a => (IEnumerable<string>)[a.Action, a.CurrentActions.IsEmpty ? "none yet" : string.Join("; ", a.CurrentActions), string.Join("; ", a.PossibleNextSteps)]))]));
        string subtitle = file.Assessments.IsEmpty ? "No self-assessment yet"
            : $"Self-assessments {string.Join(", ", file.Assessments.Select(a => a.AssessedOn).Order().Select(IsoDate.Format))}; every change is self-rated — read it beside the evidence.";
        return new ReportDocument("Leadership commitments", sections, subtitle);
    }

    private static string Json(CommitmentsFile file, ImmutableArray<Row> rows, ImmutableArray<CommitmentGap> gaps) =>
        CliJson.Text(CommitmentsOutput.Of(file, rows, gaps), json => json.CommitmentsOutput);
}
