using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace MathPlc.Cli.Shell;

/// <summary>
/// <c>--help</c>: System.CommandLine's standard help, followed by the command's own further sections (see
/// <see cref="ExampleCommand.HelpSections"/>) and an <c>Examples:</c> section: the command's own examples, or for
/// <c>mathplc --help</c> the first example of each command.
/// </summary>
internal sealed class HelpWithExamplesAction(HelpAction standardHelp) : SynchronousCommandLineAction
{
    /// <summary>Help is shown even when the rest of the line has errors (e.g. a required option is missing).</summary>
    public override bool ClearsParseErrors => true;

    /// <inheritdoc/>
    public override int Invoke(ParseResult parseResult)
    {
        int exitCode = standardHelp.Invoke(parseResult);
        var command = parseResult.CommandResult.Command;
        var examples = command is ExampleCommand own
            ? own.Examples
            : [.. command.Subcommands.OfType<ExampleCommand>().SelectMany(sub => sub.Examples.Take(1))];
        if (examples.Count == 0) return exitCode;

        var output = parseResult.InvocationConfiguration.Output;
        if (command is ExampleCommand { HelpSections: var sections })
            foreach (var (title, lines) in sections)
            {
                output.WriteLine($"{title}:");
                foreach (var line in lines) output.WriteLine($"  {line}");
                output.WriteLine();
            }
        output.WriteLine("Examples:");
        foreach (var example in examples) output.WriteLine($"  {example}");
        output.WriteLine();
        return exitCode;
    }
}
