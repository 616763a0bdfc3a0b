using System.CommandLine;

namespace MathPlc.Cli.Shell;

/// <summary>
/// A <c>mathplc</c> command that carries worked examples (and, where it needs them, further sections) for its
/// <c>--help</c>; the root help lists the first example of every command.
/// </summary>
internal sealed class ExampleCommand(string name, string description, params string[] examples) : Command(name, description)
{
    /// <summary>Complete command lines a user can copy, the most common first.</summary>
    public IReadOnlyList<string> Examples { get; } = examples;

    /// <summary>
    /// Further sections of the command's <c>--help</c>, printed before the examples, each a title and its lines
    /// (e.g. the presets a command knows and what each reproduces).
    /// </summary>
    public IList<(string Title, IReadOnlyList<string> Lines)> HelpSections { get; } = [];
}
