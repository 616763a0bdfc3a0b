using System.CommandLine;
using MathPlc.Cli.Shell;
using MathPlc.Cli.Text;
using MathPlc.Interop;
using MathPlc.Teams;
using NodaTime;

namespace MathPlc.Cli.Teams;

/// <summary>
/// <c>mathplc stage --in team-evidence.json [--overview] [--format md|html|json] [--out FILE]</c>: each team's stage among
/// the seven stages of collaborative teams (a continuum: the profile across the stages, the gaps as next steps, the
/// members' view), or with <c>--overview</c> the site and district view across many teams. Reads through Interop, asks Teams, writes.
/// </summary>
internal static class StageCommand
{
    /// <summary>Builds the command with its options, examples and action.</summary>
    public static Command Create()
    {
        var input = CommonOptions.InputFile("--in", "-i",
            "The team evidence (JSON): team, observedOn, the indicators observed and optional member self-ratings; one team or an array of teams.", "team-evidence.json");
        var spread = CommonOptions.PositiveWholeNumber("--disagreement-spread",
            "Flag members as seeing the team differently when their self-ratings span this many stages or more. Default: 2.");
        var format = new FormatOption(OutputFormat.Md, OutputFormat.Json, OutputFormat.Html);
        format.Description += " md: a short report per team (with --overview: the overview); json: an array with one diagnosis per team and date (with --overview: one overview object); html: only with --overview, the overview with a bar chart per school.";
        var overview = new Option<bool>("--overview")
        {
            Description = "Write the site and district overview instead of one report per team: teams at each stage (a chart in html), on each part of the continuum, moves between --from and --to, one view per school (from each team's \"school\"), and each team's stage history.",
        };
        var scope = new Option<string?>("--scope") { Description = "The overview's name, e.g. the district. Default: District.", HelpName = "NAME" };
        var from = CommonOptions.Date("--from", "With --overview: the earlier occasion; each team's latest diagnosis on or before it is its starting stage. Without --from and --to, each team's first diagnosis is compared with its latest.");
        var to = CommonOptions.Date("--to", "With --overview: the later occasion; each team's latest diagnosis on or before it is its current stage. Default with --from: the latest date in the file.");
        var output = CommonOptions.Out();

        var command = new ExampleCommand("stage",
            "A team's stage among the seven stages of collaborative teams (Graham & Ferriter), from observed evidence and members' self-ratings.",
            "mathplc stage --in team-evidence.json",
            "mathplc stage --in site-teams.json --format json --out stages.json",
            "mathplc stage --in district-teams.json --overview --format html --scope \"Unified\" --out stages.html")
        {
            input, spread, format, overview, scope, from, to, output,
        };

        command.SetAction(parseResult => CommandRunner.Run(parseResult, output, () =>
        {
            int disagreement = parseResult.GetValue(spread) ?? 2;
            if (disagreement > 6) throw new UsageException($"--disagreement-spread {disagreement} is more than the 6 stages a rating can span.");
            var rules = new StageDiagnosisRules(disagreementSpread: disagreement);
            var evidence = TeamEvidenceFile.Read(parseResult.GetRequiredValue(input));
            var diagnoses = evidence.Select(e => TeamStages.Diagnose(e, rules)).ToImmutableArray();
            var chosen = format.Chosen(parseResult);
            if (!parseResult.GetValue(overview))
            {
                if (chosen == OutputFormat.Html) throw new UsageException("--format html needs --overview; one report per team is md or json.");
                return StageReport.Write(diagnoses, chosen);
            }
            if (diagnoses.IsEmpty) throw new UsageException("--overview needs at least one team in the evidence file.");
            LocalDate? earliest = parseResult.GetValue(from), latest = parseResult.GetValue(to);
            if (earliest is null != latest is null)
            {
                earliest ??= diagnoses.Min(d => d.ObservedOn);
                latest ??= diagnoses.Max(d => d.ObservedOn);
            }
            if (latest < earliest) throw new UsageException($"--to {IsoDate.Format(latest!.Value)} is before --from {IsoDate.Format(earliest!.Value)}.");
            bool someSchools = diagnoses.Any(d => d.School is not null);
            var noSchool = diagnoses.FirstOrDefault(d => someSchools && !diagnoses.Any(o => o.Team == d.Team && o.School is not null));
            if (noSchool is not null) throw new DataFileException([new DataDiagnostic("missing-school", $"The team {noSchool.Team} names no school, but others do; give every team its \"school\" for the district overview.", parseResult.GetRequiredValue(input), Field: "school", Value: noSchool.Team.Value)]);
            string name = string.IsNullOrWhiteSpace(parseResult.GetValue(scope)) ? "District" : parseResult.GetValue(scope)!.Trim();
            return StageOverviewReport.Write(name, diagnoses, earliest is { } f && latest is { } t ? (f, t) : null, chosen);
        }));
        return command;
    }
}
