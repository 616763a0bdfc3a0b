using System.CommandLine;
using MathPlc.Cli.Shell;
using MathPlc.Teams;

namespace MathPlc.Cli.Teams;

/// <summary>
/// <c>mathplc stage --in team-evidence.json [--format md|json] [--out FILE]</c>: each team's stage among the seven stages
/// of collaborative teams, its place on the cooperation–coordination–collaboration continuum, the indicators met and
/// missed, the members' view, and the next actions for the team and its leaders. Reads through Interop, asks Teams, writes.
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
        var format = new FormatOption(OutputFormat.Md, OutputFormat.Json);
        format.Description += " md: a short report per team; json: an array with one diagnosis per team.";
        var output = CommonOptions.Out();

        var command = new ExampleCommand("stage",
            "A team's stage among the seven stages of collaborative teams (Graham & Ferriter), from observed evidence and members' self-ratings.",
            "mathplc stage --in team-evidence.json",
            "mathplc stage --in site-teams.json --format json --out stages.json")
        {
            input, spread, format, output,
        };

        command.SetAction(parseResult => CommandRunner.Run(parseResult, output, () =>
        {
            int disagreement = parseResult.GetValue(spread) ?? 2;
            if (disagreement > 6) throw new UsageException($"--disagreement-spread {disagreement} is more than the 6 stages a rating can span.");
            var rules = new StageDiagnosisRules(disagreementSpread: disagreement);
            var evidence = TeamEvidenceFile.Read(parseResult.GetRequiredValue(input));
            var diagnoses = evidence.Select(e => TeamStages.Diagnose(e, rules)).ToImmutableArray();
            return StageReport.Write(diagnoses, format.Chosen(parseResult));
        }));
        return command;
    }
}
