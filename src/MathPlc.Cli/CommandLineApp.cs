using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using MathPlc.Cli.Assessments;
using MathPlc.Cli.Calendar;
using MathPlc.Cli.Cycle;
using MathPlc.Cli.Grading;
using MathPlc.Cli.Interventions;
using MathPlc.Cli.Shell;
using MathPlc.Cli.Standards;
using MathPlc.Cli.Teams;

namespace MathPlc.Cli;

/// <summary>
/// The <c>mathplc</c> command line: builds the command tree and runs one command line against the given
/// standard output and standard error. <see cref="Program"/> calls it with the console; tests call it with
/// string writers. The tool has no public API: its contract is the command line itself (<c>docs/cli.md</c>), so
/// every type is internal and the tests see them through <c>InternalsVisibleTo</c>.
/// </summary>
/// <remarks>
/// Parse errors (an unknown option, a missing or malformed value) are reported here, on standard error only,
/// with exit code 2; System.CommandLine's own error action (exit code 1, help on standard output) is never run.
/// </remarks>
internal static class CommandLineApp
{
    /// <summary>The command's name, as typed in a shell.</summary>
    public const string ToolName = "mathplc";

    /// <summary>Runs one command line and returns the process exit code (see <see cref="ExitCode"/>).</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <param name="stdin">Opens standard input, read by an input given as <c>-</c>; the console's when null.</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<Stream>? stdin = null)
    {
        using var input = InputFile.UseStandardInput(stdin ?? Console.OpenStandardInput);
        var parseResult = CreateRoot().Parse(args);
        if (parseResult.Action is ParseErrorAction)
            return (int)ErrorReport.Usage(stderr, CommandRunner.CommandPath(parseResult), parseResult.Errors.Select(error => error.Message));

        try
        {
            return parseResult.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
#pragma warning disable CA1031 // Help and version writers failing (a closed pipe) is still exit code 1 with a message.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return (int)ErrorReport.Unexpected(stderr, CommandRunner.CommandPath(parseResult), e);
        }
    }

    /// <summary>The root command with every subcommand, <c>--help</c> (with examples) and <c>--version</c>.</summary>
    public static Command CreateRoot()
    {
        var root = new Command(ToolName,
            "MathPlc for mathematics teacher teams in a Professional Learning Community: files in, files out.\n" +
            "Exit codes: 0 done, 1 unexpected error, 2 usage error, 3 bad data (file, line and column on standard error).");
        var help = new HelpOption { Recursive = true };
        help.Action = new HelpWithExamplesAction((HelpAction)help.Action!);
        root.Add(help);
        root.Add(new VersionOption { Action = new VersionAction() });

        root.Add(CycleCommand.Create());
        root.Add(CalendarCommand.Create());
        root.Add(ProficiencyCommand.Create());
        root.Add(MathPlc.Cli.ReportCards.ReportCardCommand.Create());
        root.Add(StandardsCommand.Create());
        root.Add(PacingCommand.Create());
        root.Add(StageCommand.Create());
        root.Add(RunChartCommand.Create());
        root.Add(AgreementCommand.Create());
        root.Add(ItemsCommand.Create());
        root.Add(SchoolsCommand.Create());
        root.Add(TiersCommand.Create());
        root.Add(ProgressCommand.Create());
        root.Add(Goals.GoalsCommand.Create());
        root.Add(Commitments.CommitmentsCommand.Create());
        root.Add(Agenda.AgendaCommand.Create());
        root.Add(ObservationsCommand.Create());
        foreach (var command in root.Subcommands)
            if (command.Options.OfType<FormatOption>().Any(format => format.Accepts(OutputFormat.Csv)))
                command.Add(Text.CsvText.RawOption()); // every command that writes CSV: formulas neutralised unless --csv-raw
        return root;
    }
}
