using System.CommandLine;

namespace MathPlc.Cli.Shell;

/// <summary>
/// A <c>mathplc</c> command that carries worked examples for its <c>--help</c>; the root help lists the
/// first example of every command.
/// </summary>
internal sealed class ExampleCommand(string name, string description, params string[] examples) : Command(name, description)
{
    /// <summary>Complete command lines a user can copy, the most common first.</summary>
    public IReadOnlyList<string> Examples { get; } = examples;
}
